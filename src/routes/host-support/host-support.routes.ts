import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems, z } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { HostSupportInput, HostSupportRecord } from './host-support.schemas';

export const createHostSupportRoute = createRoute({
  method: 'post', path: '/v1/hosts/{id}/support-records', tags: ['host-support'],
  summary: '受け入れ先の支援を記録（受け入れ先は自分の分を、相談・依頼として）',
  request: { params: IdParam, body: jsonBody(HostSupportInput) },
  responses: { 201: json(HostSupportRecord, '記録'), ...problems(400, 403, 404, 413) },
});

export const listHostSupportRoute = createRoute({
  method: 'get', path: '/v1/hosts/{id}/support-records', tags: ['host-support'],
  summary: '受け入れ先の支援の記録（新しい順。受け入れ先は自分の分のみ）',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageSchema(HostSupportRecord), '記録'), ...problems(400, 403, 404) },
});

export const getHostSupportRoute = createRoute({
  method: 'get', path: '/v1/hosts/{id}/support-records/{recordId}', tags: ['host-support'],
  summary: '受け入れ先の支援の記録（1件）',
  request: { params: IdParam.extend({ recordId: z.string().min(1).max(100).openapi({ param: { name: 'recordId', in: 'path' } }) }) },
  responses: { 200: json(HostSupportRecord, '記録'), ...problems(403, 404) },
});
