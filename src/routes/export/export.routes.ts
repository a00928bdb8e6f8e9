import { createRoute } from '@hono/zod-openapi';
import { json, problems } from '../../lib/openapi';
import { HsdsCatalog } from './export.schemas';

export const hsdsRoute = createRoute({
  method: 'get', path: '/v1/export/hsds', tags: ['export'],
  summary: '受け入れ先カタログを Open Referral HSDS 3.0 の JSON で書き出す（公開できる項目のみ。参加者の情報は含みません）',
  responses: { 200: json(HsdsCatalog, 'HSDS 3.0 の organizations・services・locations・service_at_locations・schedules と tsunagu 分類の attributes'), ...problems(403) },
});
