import { createRoute } from '@hono/zod-openapi';
import { EXAMPLE_HOME_AREA, examplePlace } from '../city-examples';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { InlineProfile, MatchQuery, MatchResult } from './matches.schemas';

export const participantMatchesRoute = createRoute({
  method: 'get',
  path: '/v1/participants/{id}/matches',
  tags: ['matching'],
  summary: '参加者に合う受け入れメニュー（条件に反するものは決して含めず、理由つきで順位づけ）',
  operationId: 'matchParticipant',
  description:
    '募集中・空き・時間帯・移動・年齢・性別・必要な支援・環境・段階のどれか一つでも合わないメニューは、items に決して入りません。' +
    'items は score の高い順で、点数の内訳は reasons に、気をつけることは warnings に日本語で書かれます。' +
    'includeExcluded=true のとき、外したメニューとそのすべての理由（code）を excluded に返します。' +
    'excludedByCode（理由ごとの除外数）・relaxations（その条件だけで除外されている数）・notices（住まいの位置や同意の未登録）は常に返ります。' +
    '座標のない住まいや場所は地域の代表地点から見積もり（警告 travel_estimated）、同行支援は支援員が担えるため除外理由にならず（警告 supporter_accompanies）、' +
    'attendance: all のメニューはすべての時間帯が合うとき、months のあるメニューはその月だけ候補になります。',
  request: { params: IdParam, query: MatchQuery },
  responses: { 200: json(MatchResult, 'マッチング結果'), ...problems(400, 403, 404) },
});

export const inlineMatchesRoute = createRoute({
  method: 'post',
  path: '/v1/matches',
  tags: ['matching'],
  summary: '記録を作る前に、その場の条件で試すマッチング（何も保存しません）',
  operationId: 'matchProfile',
  description:
    '参加者の登録と同じ形のプロフィールで、記録を作らずにマッチングを試します（何も保存しません）。displayName・goals・referredBy は' +
    '送っても無視され、private や知らない項目は 400 です。結果の読み方は参加者のマッチングと同じです。',
  request: {
    query: MatchQuery,
    body: jsonBody(InlineProfile, {
      age: 22,
      gender: 'female',
      home: { ...examplePlace(EXAMPLE_HOME_AREA), lat: null, lng: null },
      travel: { modes: ['walk', 'bus'], maxMinutes: 40 },
      availability: [{ day: 'wed', start: '13:00', end: '16:00' }],
      interests: ['絵', '本の整理'],
      step: 1,
      limits: { maxGroupSize: 'solo', maxConversation: 'none', avoidCustomerFacing: true, avoidPhone: true },
      needs: ['trial_visit', 'quiet_space'],
      preferences: { pay: 'any' },
      circumstances: ['youth'],
      displayName: 'Bさん（相談中）',
      goals: '静かな場所で、まず通ってみる',
      referredBy: '子育て窓口',
    }),
  },
  responses: { 200: json(MatchResult, 'マッチング結果'), ...problems(400, 403, 413) },
});
