import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems, z } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { HostSupportInput, HostSupportRecord, HostSupportSharing } from './host-support.schemas';

const RecordParams = IdParam.extend({
  recordId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'recordId', in: 'path' } }),
});

export const createHostSupportRoute = createRoute({
  method: 'post',
  path: '/v1/hosts/{id}/support-records',
  tags: ['host-support'],
  summary: '受け入れ先の支援を記録（受け入れ先は自分の分を、相談・依頼として）',
  operationId: 'createHostSupportRecord',
  description:
    '職員は受け入れ先への相談・研修・出来事・ふりかえり・開拓を記録します。受け入れ先の利用者は自分の受け入れ先について、支援の依頼として送れます' +
    '（followUpNeeded の既定が true になります）。先の日付は 400。特定の参加者についての記録は participantId でその人につなぎ、' +
    'その人を見られる人だけが記録を見られます。職員の記録は sharedWithHost: true のときだけ受け入れ先に見えます（既定は false）。',
  request: {
    params: IdParam,
    body: jsonBody(HostSupportInput, {
      date: '2026-04-15',
      type: 'consultation',
      summary: '初めての受け入れを前に、声のかけ方と休憩の取り方を相談された。次回の訪問で一緒に確認する',
      followUpNeeded: true,
      participantId: 'par_01kb2c3d4e5f6g7h8j9k0m',
      sharedWithHost: false,
    }),
  },
  responses: { 201: json(HostSupportRecord, '記録'), ...problems(400, 403, 404, 413) },
});

export const listHostSupportRoute = createRoute({
  method: 'get',
  path: '/v1/hosts/{id}/support-records',
  tags: ['host-support'],
  summary: '受け入れ先の支援の記録（新しい順。受け入れ先は自分の分のみ）',
  operationId: 'listHostSupportRecords',
  description:
    'その受け入れ先の支援の記録を新しい順に返します。受け入れ先の利用者が見られるのは、自分の受け入れ先の人が書いた記録と、' +
    '職員が共有（sharedWithHost）にした記録だけです。担当外の参加者につながる記録は、参加支援員には見えません。',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageSchema(HostSupportRecord), '記録'), ...problems(400, 403, 404) },
});

export const getHostSupportRoute = createRoute({
  method: 'get',
  path: '/v1/hosts/{id}/support-records/{recordId}',
  tags: ['host-support'],
  summary: '受け入れ先の支援の記録（1件）',
  operationId: 'getHostSupportRecord',
  description: '一覧と同じ範囲の記録だけを返します。見られない記録は、ないときと同じ 404 です。',
  request: { params: RecordParams },
  responses: { 200: json(HostSupportRecord, '記録'), ...problems(403, 404) },
});

export const shareHostSupportRoute = createRoute({
  method: 'patch',
  path: '/v1/hosts/{id}/support-records/{recordId}',
  tags: ['host-support'],
  summary: '職員の記録を受け入れ先にも見せる（または職員だけに戻す）',
  operationId: 'setHostSupportSharing',
  description:
    '記録を受け入れ先に見せるかどうかを変えます。変えられるのは職員（管理者・多機関協働の担当・参加支援員）で、' +
    '自分が見られる記録だけです（担当外の参加者につながる記録は、ないときと同じ 404）。受け入れ先の利用者は 403。変更は監査記録に残ります。',
  request: { params: RecordParams, body: jsonBody(HostSupportSharing, { sharedWithHost: true }) },
  responses: { 200: json(HostSupportRecord, '変更後の記録'), ...problems(400, 403, 404) },
});
