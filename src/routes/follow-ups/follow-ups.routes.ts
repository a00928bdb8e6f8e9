import { createRoute } from '@hono/zod-openapi';
import { json, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { FollowUpItem, FollowUpListQuery } from './follow-ups.schemas';

export const listFollowUpsRoute = createRoute({
  method: 'get', path: '/v1/follow-ups', tags: ['follow-up'],
  summary: 'フォローアップの予定（未完了のみ、期限の早い順。支援員は担当の参加者の分）',
  request: { query: PageQuery.extend(FollowUpListQuery.shape) },
  responses: { 200: json(pageSchema(FollowUpItem), 'フォローアップ'), ...problems(400, 403) },
});
