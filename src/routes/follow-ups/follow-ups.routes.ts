import { createRoute } from '@hono/zod-openapi';
import { json, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { FollowUpItem, FollowUpListQuery } from './follow-ups.schemas';

export const listFollowUpsRoute = createRoute({
  method: 'get',
  path: '/v1/follow-ups',
  tags: ['follow-up'],
  summary: 'フォローアップの予定（未完了のみ、期限の早い順。支援員は担当の参加者の分）',
  operationId: 'listFollowUps',
  description:
    '未完了（完了も取りやめもされていない）のフォローアップを、期限の早い順に返します。state で overdue（期限切れ）・due（今日から7日以内）・' +
    'upcoming（それより先、until まで）に絞れます。お試し参加か参加に入った日から、決まった日数ごとに予定されます。参加支援員には担当の参加者の分だけが返ります。',
  request: { query: PageQuery.extend(FollowUpListQuery.shape) },
  responses: { 200: json(pageSchema(FollowUpItem), 'フォローアップ'), ...problems(400, 403) },
});
