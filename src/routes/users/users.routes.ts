import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { CreatedUser, Me, NewToken, User, UserInput, UserPatch } from './users.schemas';

export const createUserRoute = createRoute({
  method: 'post', path: '/v1/users', tags: ['users'], summary: '利用者を作成（管理者）',
  request: { body: jsonBody(UserInput) },
  responses: { 201: json(CreatedUser, '作成した利用者とトークン'), ...problems(400, 403, 413) },
});

export const meRoute = createRoute({
  method: 'get', path: '/v1/me', tags: ['users'], summary: '自分の利用者情報',
  responses: { 200: json(Me, '呼び出した利用者'), ...problems() },
});

export const listUsersRoute = createRoute({
  method: 'get', path: '/v1/users', tags: ['users'], summary: '利用者の一覧（管理者。トークンは含みません）',
  request: { query: PageQuery },
  responses: { 200: json(pageSchema(User), '利用者'), ...problems(400, 403) },
});

export const updateUserRoute = createRoute({
  method: 'patch', path: '/v1/users/{id}', tags: ['users'], summary: '利用者の名前の変更・無効化（管理者）',
  request: { params: IdParam, body: jsonBody(UserPatch) },
  responses: { 200: json(User, '変更後の利用者'), ...problems(400, 403, 404, 413) },
});

export const rotateTokenRoute = createRoute({
  method: 'post', path: '/v1/users/{id}/token', tags: ['users'], summary: '新しいトークンを発行（管理者。古いトークンは使えなくなります）',
  request: { params: IdParam },
  responses: { 201: json(NewToken, '新しいトークン'), ...problems(403, 404) },
});
