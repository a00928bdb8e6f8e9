import { createRoute } from '@hono/zod-openapi';
import { json, jsonBody, problems } from '../../lib/openapi';
import { CreatedUser, Me, UserInput } from './users.schemas';

export const createUserRoute = createRoute({
  method: 'post', path: '/v1/users', tags: ['users'], summary: '利用者を作成（管理者）',
  operationId: 'createUser',
  description: '管理者だけが利用者を作れます。role が host の利用者には登録済みの受け入れ先の hostId が必要で、ほかの役割には hostId を指定できません（どちらも 400）。'
    + '応答の token はこの応答にだけ含まれ、サーバーにはそのハッシュしか残りません。本人に安全な方法で渡してください。',
  request: { body: jsonBody(UserInput, { name: 'ながれやま畑の会 受け入れ担当', role: 'host', hostId: 'hst_01kb2c3d4e5f6g7h8j9k0m' }) },
  responses: { 201: json(CreatedUser, '作成した利用者とトークン'), ...problems(400, 403, 413) },
});

export const meRoute = createRoute({
  method: 'get', path: '/v1/me', tags: ['users'], summary: '自分の利用者情報',
  operationId: 'getMe',
  description: 'トークンの持ち主の id・名前・役割と、受け入れ先の利用者なら hostId を返します。トークンが使えるかどうかの確認にも使えます。',
  responses: { 200: json(Me, '呼び出した利用者'), ...problems() },
});
