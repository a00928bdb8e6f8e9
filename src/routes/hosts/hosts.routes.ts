import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { ETagHeader, IfMatchHeader } from '../headers';
import { Host, HostInput, HostList, HostListQuery, HostPatch } from './hosts.schemas';

export const createHostRoute = createRoute({
  method: 'post', path: '/v1/hosts', tags: ['hosts'], summary: '受け入れ先を登録（管理者・調整担当・支援員）',
  request: { body: jsonBody(HostInput) },
  responses: { 201: { ...json(Host, '登録した受け入れ先'), headers: ETagHeader }, ...problems(400, 403, 413) },
});

export const listHostsRoute = createRoute({
  method: 'get', path: '/v1/hosts', tags: ['hosts'], summary: '受け入れ先の一覧（受け入れ先の利用者には自分だけ）',
  request: { query: HostListQuery },
  responses: { 200: json(HostList, '受け入れ先（id 順）'), ...problems(400, 403) },
});

export const getHostRoute = createRoute({
  method: 'get', path: '/v1/hosts/{id}', tags: ['hosts'], summary: '受け入れ先を1件取得',
  request: { params: IdParam },
  responses: { 200: { ...json(Host, '受け入れ先'), headers: ETagHeader }, ...problems(400, 403, 404) },
});

export const patchHostRoute = createRoute({
  method: 'patch', path: '/v1/hosts/{id}', tags: ['hosts'], summary: '受け入れ先を更新（受け入れ先の利用者は自分だけ）',
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(HostPatch) },
  responses: { 200: { ...json(Host, '更新後の受け入れ先'), headers: ETagHeader }, ...problems(400, 403, 404, 412, 413) },
});
