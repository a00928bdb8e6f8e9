import { createRoute } from '@hono/zod-openapi';
import { json, jsonBody, problems } from '../../lib/openapi';
import { CreatedUser, Me, UserInput } from './users.schemas';

export const createUserRoute = createRoute({
  method: 'post', path: '/v1/users', tags: ['users'], summary: '利用者を作成（管理者）',
  request: { body: jsonBody(UserInput) },
  responses: { 201: json(CreatedUser, '作成した利用者とトークン'), ...problems(400, 403, 413) },
});

export const meRoute = createRoute({
  method: 'get', path: '/v1/me', tags: ['users'], summary: '自分の利用者情報',
  responses: { 200: json(Me, '呼び出した利用者'), ...problems() },
});
