import { createRoute } from '@hono/zod-openapi';
import { json, jsonBody, problems } from '../../lib/openapi';
import { CreatedUser, Me, SignInLink, UserIdParam, UserInput } from './users.schemas';

export const createUserRoute = createRoute({
  method: 'post', path: '/v1/users', tags: ['users'], summary: '利用者を作成（管理者）',
  request: { body: jsonBody(UserInput) },
  responses: { 201: json(CreatedUser, '作成した利用者とトークン'), ...problems(400, 403, 413) },
});

export const meRoute = createRoute({
  method: 'get', path: '/v1/me', tags: ['users'], summary: '自分の利用者情報',
  responses: { 200: json(Me, '呼び出した利用者'), ...problems() },
});

export const signInLinkRoute = createRoute({
  method: 'post', path: '/v1/users/{id}/sign-in-link', tags: ['users'],
  summary: 'ウェブ画面への一回限りのサインイン用リンク（管理者。多機関協働の担当は支援員・受け入れ先の利用者に）',
  request: { params: UserIdParam },
  responses: { 201: json(SignInLink, '7日間・最初の1回だけ使えるリンク'), ...problems(403, 404) },
});
