import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { HostSupportInput, HostSupportRecord } from './host-support.schemas';

export const createHostSupportRoute = createRoute({
  method: 'post', path: '/v1/hosts/{id}/support-records', tags: ['host-support'],
  summary: '受け入れ先の支援を記録（受け入れ先は自分の分を、相談・依頼として）',
  operationId: 'createHostSupportRecord',
  description: '職員は受け入れ先への相談・研修・出来事・ふりかえり・開拓を記録します。受け入れ先の利用者は自分の受け入れ先について、支援の依頼として送れます'
    + '（followUpNeeded の既定が true になります）。先の日付は 400。',
  request: {
    params: IdParam,
    body: jsonBody(HostSupportInput, {
      date: '2026-04-15', type: 'consultation', summary: '初めての受け入れを前に、声のかけ方と休憩の取り方を相談された。次回の訪問で一緒に確認する',
      followUpNeeded: true,
    }),
  },
  responses: { 201: json(HostSupportRecord, '記録'), ...problems(400, 403, 404, 413) },
});

export const listHostSupportRoute = createRoute({
  method: 'get', path: '/v1/hosts/{id}/support-records', tags: ['host-support'],
  summary: '受け入れ先の支援の記録（新しい順。受け入れ先は自分の分のみ）',
  operationId: 'listHostSupportRecords',
  description: 'その受け入れ先の支援の記録を新しい順に返します。受け入れ先の利用者は自分の受け入れ先の分だけを見られます。',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageSchema(HostSupportRecord), '記録'), ...problems(400, 403, 404) },
});
