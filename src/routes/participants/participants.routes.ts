import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { ETagHeader, IfMatchHeader } from '../headers';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { ConsentInput, Participant, ParticipantInput, ParticipantListQuery, ParticipantPatch } from './participants.schemas';


export const createParticipantRoute = createRoute({
  method: 'post', path: '/v1/participants', tags: ['participants'], summary: '参加者を登録（仮名コードを自動付番）',
  request: { body: jsonBody(ParticipantInput) },
  responses: { 201: { ...json(Participant, '登録した参加者'), headers: ETagHeader }, ...problems(400, 403, 413) },
});

export const listParticipantsRoute = createRoute({
  method: 'get', path: '/v1/participants', tags: ['participants'], summary: '参加者の一覧（支援員は担当分のみ）',
  request: { query: PageQuery.extend(ParticipantListQuery.shape) },
  responses: { 200: json(pageSchema(Participant), '参加者（private は含まない）'), ...problems(400, 403) },
});

export const getParticipantRoute = createRoute({
  method: 'get', path: '/v1/participants/{id}', tags: ['participants'], summary: '参加者の詳細（権限がある場合のみ private を含む）',
  request: { params: IdParam },
  responses: { 200: { ...json(Participant, '参加者'), headers: ETagHeader }, ...problems(403, 404) },
});

export const patchParticipantRoute = createRoute({
  method: 'patch', path: '/v1/participants/{id}', tags: ['participants'], summary: '参加者の情報を変更',
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(ParticipantPatch) },
  responses: { 200: { ...json(Participant, '変更後の参加者'), headers: ETagHeader }, ...problems(400, 403, 404, 412, 413) },
});

export const consentRoute = createRoute({
  method: 'post', path: '/v1/participants/{id}/consent', tags: ['participants'], summary: '同意の記録・撤回（履歴として残ります）',
  request: { params: IdParam, body: jsonBody(ConsentInput) },
  responses: { 200: { ...json(Participant, '同意の履歴を含む参加者'), headers: ETagHeader }, ...problems(400, 403, 404, 412) },
});
