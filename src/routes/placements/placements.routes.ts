import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { IdempotencyHeader } from '../headers';
import { PlacementDetail, PlacementInput, PlacementListItem, PlacementListQuery, TransitionInput } from './placements.schemas';

export const createPlacementRoute = createRoute({
  method: 'post', path: '/v1/placements', tags: ['placements'], summary: 'つなぎを提案（本人の同意と募集中の受け入れメニューが必要）',
  request: { headers: IdempotencyHeader, body: jsonBody(PlacementInput) },
  responses: { 201: json(PlacementDetail, '提案したつなぎ（状態は proposed）'), ...problems(400, 403, 404, 409, 413, 422) },
});

export const listPlacementsRoute = createRoute({
  method: 'get', path: '/v1/placements', tags: ['placements'], summary: 'つなぎの一覧（支援員は担当の参加者の分、受け入れ先は自分の分を最小限の形で）',
  request: { query: PageQuery.extend(PlacementListQuery.shape) },
  responses: { 200: json(pageSchema(PlacementListItem), 'つなぎ'), ...problems(400, 403) },
});

export const getPlacementRoute = createRoute({
  method: 'get', path: '/v1/placements/{id}', tags: ['placements'], summary: 'つなぎの詳細（経過つき。職員にはフォローアップと気になるサインも）',
  request: { params: IdParam },
  responses: { 200: json(PlacementDetail, 'つなぎ'), ...problems(403, 404) },
});

export const transitionPlacementRoute = createRoute({
  method: 'post', path: '/v1/placements/{id}/transitions', tags: ['placements'],
  summary: 'つなぎの状態を進める（受け入れで席を1つ使い、終了・見送り・取りやめで席を戻す）',
  request: { params: IdParam, headers: IdempotencyHeader, body: jsonBody(TransitionInput) },
  responses: { 200: json(PlacementDetail, '進めたあとのつなぎ'), ...problems(400, 403, 404, 409, 413, 422) },
});
