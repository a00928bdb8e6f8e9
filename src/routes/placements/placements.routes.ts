import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { IdempotencyHeader } from '../headers';
import { PlacementDetail, PlacementInput, PlacementListItem, PlacementListQuery, TransitionInput } from './placements.schemas';
import { stateMachineTable } from './state-machine';

export const createPlacementRoute = createRoute({
  method: 'post',
  path: '/v1/placements',
  tags: ['placements'],
  summary: 'つなぎを提案（本人の同意と募集中の受け入れメニューが必要）',
  operationId: 'createPlacement',
  description:
    '参加者を受け入れメニューにつなぐ提案をします（状態は proposed、席はまだ使いません）。本人の同意が given でなければ 409 consent_required、' +
    'メニューが募集中でないか受け入れ先が受け入れ中でなければ 409 not_open、同じ参加者と同じメニューのつなぎがすでに進行中なら 409 conflict です。' +
    'Idempotency-Key を付けた再送は、最初の応答を返して何も変えません。',
  request: {
    headers: IdempotencyHeader,
    body: jsonBody(PlacementInput, {
      participantId: 'par_01kb2c3d4e5f6g7h8j9k0p',
      opportunityId: 'opp_01kb2c3d4e5f6g7h8j9k0q',
      note: '見学のとき、支援員が同行します',
    }),
  },
  responses: { 201: json(PlacementDetail, '提案したつなぎ（状態は proposed）'), ...problems(400, 403, 404, 409, 413, 422) },
});

export const listPlacementsRoute = createRoute({
  method: 'get',
  path: '/v1/placements',
  tags: ['placements'],
  summary: 'つなぎの一覧（支援員は担当の参加者の分、受け入れ先は自分の分を最小限の形で）',
  operationId: 'listPlacements',
  description:
    'id 順に、limit 件ずつ。status・participantId・opportunityId・hostId で絞り込めます。受け入れ先の利用者には自分のメニューへのつなぎが' +
    '最小限の形（本人は同意があるあいだ code・displayName・needs・limits、撤回後は code だけ）で返り、participantId では絞り込めません（403）。',
  request: { query: PageQuery.extend(PlacementListQuery.shape) },
  responses: { 200: json(pageSchema(PlacementListItem), 'つなぎ'), ...problems(400, 403) },
});

export const getPlacementRoute = createRoute({
  method: 'get',
  path: '/v1/placements/{id}',
  tags: ['placements'],
  summary: 'つなぎの詳細（経過つき。職員にはフォローアップと気になるサインも）',
  operationId: 'getPlacement',
  description:
    'つなぎと、その状態の移り変わり（history）を返します。職員にはフォローアップの予定と気になるサイン（warnings）も含まれます。' +
    '受け入れ先の利用者には最小限の形で返ります。見る権限のないつなぎは、存在しない場合と同じく 404 です。',
  request: { params: IdParam },
  responses: { 200: json(PlacementDetail, 'つなぎ'), ...problems(403, 404) },
});

export const transitionPlacementRoute = createRoute({
  method: 'post',
  path: '/v1/placements/{id}/transitions',
  tags: ['placements'],
  summary: 'つなぎの状態を進める（受け入れで席を1つ使い、終了・見送り・取りやめで席を戻す）',
  operationId: 'transitionPlacement',
  description: [
    'つなぎを次の状態へ進めます。進められるのは次の表の組み合わせだけで、ほかは 409 invalid_transition です。表にある変化は、遷移の記録・席・フォローアップ・' +
      '監査ログまで一度にすべて起こるか、何も起こらないかのどちらかです（ほかの人が先に変えていれば何も変わりません）。',
    stateMachineTable(),
    'reason が必須の遷移では表の理由から1つ選び、ほかの遷移では送りません（どちらも違えば 400）。' +
      '本人の同意が given でないあいだは、終了・見送り・取りやめ以外には進めません（409 consent_required）。' +
      'accepted に入るとき、メニューが募集中でなければ 409 not_open です。' +
      '受け入れ先の利用者は、表で「可」の遷移だけができます（ほかは 403）。',
  ].join('\n\n'),
  request: {
    params: IdParam,
    headers: IdempotencyHeader,
    body: jsonBody(TransitionInput, {
      to: 'ended',
      at: '2026-04-15T17:00:00+09:00',
      reason: 'moved_on',
      note: '週3日のアルバイトを始めたため、次の段階へ',
    }),
  },
  responses: { 200: json(PlacementDetail, '進めたあとのつなぎ'), ...problems(400, 403, 404, 409, 413, 422) },
});
