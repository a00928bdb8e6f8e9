import { createRoute } from '@hono/zod-openapi';
import { json, problems } from '../../lib/openapi';
import { HsdsCatalog } from './export.schemas';

export const hsdsRoute = createRoute({
  method: 'get',
  path: '/v1/export/hsds',
  tags: ['export'],
  summary: '受け入れ先カタログを Open Referral HSDS 3.0 の JSON で書き出す（公開できる項目のみ。参加者の情報は含みません）',
  operationId: 'exportHsds',
  description:
    'ほかの地域資源の案内（ディレクトリ）が取り込めるよう、公開している受け入れ先とメニューを Open Referral HSDS 3.0 の形で返します。' +
    '参加者、担当者名、電話番号、メールアドレス、番地、職員のメモは含みません。id は書き出しのたびに同じです。',
  responses: {
    200: json(HsdsCatalog, 'HSDS 3.0 の organizations・services・locations・service_at_locations・schedules と tsunagu 分類の attributes'),
    ...problems(403),
  },
});
