import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { CheckIn, CheckInInput } from './check-ins.schemas';
import { IdempotencyHeader } from '../headers';

export const createCheckInRoute = createRoute({
  method: 'post',
  path: '/v1/placements/{id}/check-ins',
  tags: ['follow-up'],
  summary: 'フォローアップ記録をつける（受け入れ先は host_report のみ）',
  operationId: 'createCheckIn',
  description:
    'お試し参加中か参加中のつなぎに、確認した内容を記録します（ほかの状態では 409 conflict）。職員の記録（host_report 以外）は、' +
    '期限が date＋3日までの未完了のフォローアップのうち、いちばん早いものを完了にします。受け入れ先の利用者は channel: host_report で、' +
    'hostVoice か attendance を入れて送ります。先の日付は 400。Idempotency-Key を付けた再送は、最初の応答を返して何も変えません。',
  request: {
    params: IdParam,
    headers: IdempotencyHeader,
    body: jsonBody(CheckInInput, {
      date: '2026-04-15',
      channel: 'visit',
      attendance: { attended: 3, planned: 4 },
      wellbeing: 4,
      participantVoice: '朝起きるのはつらいが、畑に来ると気持ちが落ち着く',
      hostVoice: '作業が丁寧で助かっている。休憩を自分から言えるようになった',
      concerns: ['workload'],
      nextActions: '作業時間を30分短くして様子を見る。2週間後に電話で確認',
    }),
  },
  responses: { 201: json(CheckIn, '記録と、それで完了したフォローアップ'), ...problems(400, 403, 404, 409, 413, 422) },
});

export const listCheckInsRoute = createRoute({
  method: 'get',
  path: '/v1/placements/{id}/check-ins',
  tags: ['follow-up'],
  summary: 'つなぎのフォローアップ記録（日付順。受け入れ先は自分たちが送った報告のみ）',
  operationId: 'listCheckIns',
  description: 'つなぎのフォローアップ記録を日付順に返します。受け入れ先の利用者には、自分たちが送った報告（host_report）だけが返ります。',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageSchema(CheckIn), 'フォローアップ記録'), ...problems(400, 403, 404) },
});
