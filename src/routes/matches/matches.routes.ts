import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { InlineProfile, MatchQuery, MatchResult } from './matches.schemas';

export const participantMatchesRoute = createRoute({
  method: 'get', path: '/v1/participants/{id}/matches', tags: ['matching'],
  summary: '参加者に合う受け入れメニュー（条件に反するものは決して含めず、理由つきで順位づけ）',
  request: { params: IdParam, query: MatchQuery },
  responses: { 200: json(MatchResult, 'マッチング結果'), ...problems(400, 403, 404) },
});

export const inlineMatchesRoute = createRoute({
  method: 'post', path: '/v1/matches', tags: ['matching'],
  summary: '記録を作る前に、その場の条件で試すマッチング（何も保存しません）',
  request: { query: MatchQuery, body: jsonBody(InlineProfile) },
  responses: { 200: json(MatchResult, 'マッチング結果'), ...problems(400, 403, 413) },
});
