import { createRoute } from '@hono/zod-openapi';
import { EXAMPLE_AREA, exampleAddress } from '../city-examples';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { ETagHeader, IfMatchHeader } from '../headers';
import { Host, HostInput, HostList, HostListQuery, HostPatch } from './hosts.schemas';

export const createHostRoute = createRoute({
  method: 'post',
  path: '/v1/hosts',
  tags: ['hosts'],
  summary: '受け入れ先を登録（管理者・調整担当・支援員）',
  operationId: 'createHost',
  description:
    '管理者・多機関協働の担当・参加支援員が、開拓した受け入れ先を登録します。status を省くと prospect（開拓中）から始まります。' +
    'サーバーが管理する項目（id, version など）を送ると 400。応答の ETag は、更新するときの If-Match に使います。',
  request: {
    body: jsonBody(HostInput, {
      externalId: 'H-0012',
      name: 'NPO法人ながれやま畑の会',
      nameKana: 'えぬぴーおーほうじんながれやまはたけのかい',
      type: 'npo',
      area: EXAMPLE_AREA,
      address: exampleAddress('1-2-3'),
      contact: { person: '畑 みどり', phone: '04-0000-0000', email: 'hatake@example.org' },
      understanding: ['hikikomori', 'mental_health'],
      status: 'prospect',
      notes: '代表者と面談済み。見学は火曜の午前が都合がよい',
    }),
  },
  responses: { 201: { ...json(Host, '登録した受け入れ先'), headers: ETagHeader }, ...problems(400, 403, 413) },
});

export const listHostsRoute = createRoute({
  method: 'get',
  path: '/v1/hosts',
  tags: ['hosts'],
  summary: '受け入れ先の一覧（受け入れ先の利用者には自分だけ）',
  operationId: 'listHosts',
  description:
    'id 順に、limit 件ずつ（続きは nextCursor を cursor に渡します）。area・type・status で絞り込めます。受け入れ先の利用者には自分の受け入れ先だけが返ります。',
  request: { query: HostListQuery },
  responses: { 200: json(HostList, '受け入れ先（id 順）'), ...problems(400, 403) },
});

export const getHostRoute = createRoute({
  method: 'get',
  path: '/v1/hosts/{id}',
  tags: ['hosts'],
  summary: '受け入れ先を1件取得',
  operationId: 'getHost',
  description: '受け入れ先を ETag（版）つきで返します。見る権限のない受け入れ先は、存在しない場合と同じく 404 です。',
  request: { params: IdParam },
  responses: { 200: { ...json(Host, '受け入れ先'), headers: ETagHeader }, ...problems(400, 403, 404) },
});

export const patchHostRoute = createRoute({
  method: 'patch',
  path: '/v1/hosts/{id}',
  tags: ['hosts'],
  summary: '受け入れ先を更新（受け入れ先の利用者は自分だけ）',
  operationId: 'updateHost',
  description:
    '送った項目だけが変わります（null で消去、配列は置き換え、contact は送った項目だけ）。If-Match に取得したときの ETag を付けると、' +
    'そのあとにほかの人が変更していた場合は 412 stale で、何も変わりません。',
  request: {
    params: IdParam,
    headers: IfMatchHeader,
    body: jsonBody(HostPatch, {
      status: 'active',
      address: null,
      contact: { phone: '04-0000-0001', email: null },
      understanding: ['hikikomori', 'mental_health', 'youth'],
      notes: '受け入れを始めた。月に1回、支援員と振り返りをする',
    }),
  },
  responses: { 200: { ...json(Host, '更新後の受け入れ先'), headers: ETagHeader }, ...problems(400, 403, 404, 412, 413) },
});
