import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { CheckIn, CheckInInput } from './check-ins.schemas';
import { IdempotencyHeader } from '../headers';

export const createCheckInRoute = createRoute({
  method: 'post', path: '/v1/placements/{id}/check-ins', tags: ['follow-up'],
  summary: 'フォローアップ記録をつける（受け入れ先は host_report のみ）',
  request: { params: IdParam, headers: IdempotencyHeader, body: jsonBody(CheckInInput) },
  responses: { 201: json(CheckIn, '記録と、それで完了したフォローアップ'), ...problems(400, 403, 404, 409, 413, 422) },
});

export const listCheckInsRoute = createRoute({
  method: 'get', path: '/v1/placements/{id}/check-ins', tags: ['follow-up'],
  summary: 'つなぎのフォローアップ記録（日付順。受け入れ先は自分たちが送った報告のみ）',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageSchema(CheckIn), 'フォローアップ記録'), ...problems(400, 403, 404) },
});
