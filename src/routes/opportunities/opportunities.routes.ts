import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { ETagHeader, IfMatchHeader } from '../headers';
import { Opportunity, OpportunityInput, OpportunityList, OpportunityListQuery, OpportunityPatch } from './opportunities.schemas';

export const createOpportunityRoute = createRoute({
  method: 'post', path: '/v1/opportunities', tags: ['opportunities'], summary: '受け入れメニューを登録',
  request: { body: jsonBody(OpportunityInput) },
  responses: { 201: { ...json(Opportunity, '登録した受け入れメニュー'), headers: ETagHeader }, ...problems(400, 403, 413) },
});

export const listOpportunitiesRoute = createRoute({
  method: 'get', path: '/v1/opportunities', tags: ['opportunities'], summary: '受け入れメニューの一覧（受け入れ先の利用者には自分のものだけ）',
  request: { query: OpportunityListQuery },
  responses: { 200: json(OpportunityList, '受け入れメニュー（id 順）'), ...problems(400, 403) },
});

export const getOpportunityRoute = createRoute({
  method: 'get', path: '/v1/opportunities/{id}', tags: ['opportunities'], summary: '受け入れメニューを1件取得',
  request: { params: IdParam },
  responses: { 200: { ...json(Opportunity, '受け入れメニュー'), headers: ETagHeader }, ...problems(400, 403, 404) },
});

export const patchOpportunityRoute = createRoute({
  method: 'patch', path: '/v1/opportunities/{id}', tags: ['opportunities'], summary: '受け入れメニューを更新',
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(OpportunityPatch) },
  responses: {
    200: { ...json(Opportunity, '更新後の受け入れメニュー'), headers: ETagHeader },
    ...problems(400, 403, 404, 409, 412, 413),
  },
});

export const confirmOpportunityRoute = createRoute({
  method: 'post', path: '/v1/opportunities/{id}/confirm', tags: ['opportunities'],
  summary: '掲載内容がいまも正しいことを確認（受け入れ先・職員）',
  request: { params: IdParam },
  responses: { 200: { ...json(Opportunity, '確認日時（confirmedAt）を記録した受け入れメニュー'), headers: ETagHeader }, ...problems(400, 403, 404) },
});
