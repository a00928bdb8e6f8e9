import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { CreatedUser, Me, NewToken, SignInLink, User, UserInput, UserPatch } from './users.schemas';

export const createUserRoute = createRoute({
  method: 'post',
  path: '/v1/users',
  tags: ['users'],
  summary: '利用者を作成（管理者）',
  operationId: 'createUser',
  description:
    '管理者だけが利用者を作れます。role が host の利用者には登録済みの受け入れ先の hostId が必要で、ほかの役割には hostId を指定できません（どちらも 400）。' +
    '応答の token はこの応答にだけ含まれ、サーバーにはそのハッシュしか残りません。本人に安全な方法で渡してください。',
  request: { body: jsonBody(UserInput, { name: 'ながれやま畑の会 受け入れ担当', role: 'host', hostId: 'hst_01kb2c3d4e5f6g7h8j9k0m' }) },
  responses: { 201: json(CreatedUser, '作成した利用者とトークン'), ...problems(400, 403, 413) },
});

export const meRoute = createRoute({
  method: 'get',
  path: '/v1/me',
  tags: ['users'],
  summary: '自分の利用者情報',
  operationId: 'getMe',
  description:
    'トークンの持ち主の id・名前・役割と、受け入れ先の利用者なら hostId を返します。トークンが使えるかどうかの確認にも使えます。',
  responses: { 200: json(Me, '呼び出した利用者'), ...problems() },
});

export const listUsersRoute = createRoute({
  method: 'get',
  path: '/v1/users',
  tags: ['users'],
  summary: '利用者の一覧（管理者。トークンは含みません）',
  operationId: 'listUsers',
  description: '管理者だけが見られます。作成順に、無効にした利用者も含めて返します。トークンやそのハッシュは決して含みません。',
  request: { query: PageQuery },
  responses: { 200: json(pageSchema(User), '利用者'), ...problems(400, 403) },
});

export const updateUserRoute = createRoute({
  method: 'patch',
  path: '/v1/users/{id}',
  tags: ['users'],
  summary: '利用者の名前の変更・無効化（管理者）',
  operationId: 'updateUser',
  description:
    'disabled: true にすると、その利用者のトークンとコンソールのセッションは次のリクエストから使えなくなります（401）。' +
    'false で元に戻せます。管理者は自分自身を無効にできません（400）。',
  request: { params: IdParam, body: jsonBody(UserPatch, { name: '参加支援員（異動済み）', disabled: true }) },
  responses: { 200: json(User, '変更後の利用者'), ...problems(400, 403, 404, 413) },
});

export const rotateTokenRoute = createRoute({
  method: 'post',
  path: '/v1/users/{id}/token',
  tags: ['users'],
  summary: '新しいトークンを発行（管理者。古いトークンは使えなくなります）',
  operationId: 'rotateUserToken',
  description:
    'トークンをなくしたときや漏れたおそれがあるときに使います。新しいトークンはこの応答にだけ含まれ、古いトークンはすぐに使えなくなります。',
  request: { params: IdParam },
  responses: { 201: json(NewToken, '新しいトークン'), ...problems(403, 404) },
});

export const signInLinkRoute = createRoute({
  method: 'post',
  path: '/v1/users/{id}/sign-in-link',
  tags: ['users'],
  summary: 'ウェブ画面への一回限りのサインイン用リンク（管理者。多機関協働の担当は支援員・受け入れ先の利用者に）',
  operationId: 'createSignInLink',
  description:
    'トークンを扱えない人のために、ウェブ画面（コンソール）に一度だけサインインできるリンクを作ります。7日間有効で、最初の1回だけ使えます。' +
    '管理者はだれにでも、多機関協働の担当は参加支援員と受け入れ先の利用者にだけ作れます（ほかは 403）。リンクはこの応答にだけ含まれます。',
  request: { params: IdParam },
  responses: { 201: json(SignInLink, '7日間・最初の1回だけ使えるリンク'), ...problems(403, 404) },
});
