import { createRoute } from '@hono/zod-openapi';
import { EXAMPLE_AREA, EXAMPLE_HOME_AREA, examplePlace } from '../city-examples';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { CsvText } from '../imports/imports.schemas';
import { ETagHeader, IfMatchHeader } from '../headers';
import { Opportunity, OpportunityInput, OpportunityList, OpportunityListQuery, OpportunityPatch } from './opportunities.schemas';

const SLOTS = [
  { day: 'tue', start: '09:00', end: '12:00' },
  { day: 'fri', start: '13:00', end: '15:30' },
] as const;

export const createOpportunityRoute = createRoute({
  method: 'post',
  path: '/v1/opportunities',
  tags: ['opportunities'],
  summary: '受け入れメニューを登録',
  operationId: 'createOpportunity',
  description:
    '受け入れ先の具体的な居場所・活動・仕事を、毎週の時間帯と定員つきで登録します。職員は hostId が必要で、受け入れ先の利用者は省けます' +
    '（自分の受け入れ先になります）。座標（lat, lng）は両方そろえて送ります。status を省くと open（募集中）。',
  request: {
    body: jsonBody(OpportunityInput, {
      hostId: 'hst_01kb2c3d4e5f6g7h8j9k0m',
      externalId: 'M-0031',
      title: '畑の手入れと野菜の収穫',
      kind: 'work_experience',
      description: '少人数で、畝の草取りや水やり、収穫をします。話すのが苦手でも大丈夫です。雨の日は作業小屋で袋詰めをします',
      tags: ['農作業', '土いじり', '屋外'],
      schedule: [...SLOTS],
      location: { ...examplePlace(EXAMPLE_AREA), online: false },
      capacity: 3,
      step: 3,
      environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
      support: ['trial_visit', 'accompaniment', 'short_hours'],
      eligibility: { minAge: 18, maxAge: null, genders: [] },
      pay: 'allowance',
      costYen: 0,
      status: 'open',
      attendance: 'any',
      months: [],
    }),
  },
  responses: { 201: { ...json(Opportunity, '登録した受け入れメニュー'), headers: ETagHeader }, ...problems(400, 403, 413) },
});

export const listOpportunitiesRoute = createRoute({
  method: 'get',
  path: '/v1/opportunities',
  tags: ['opportunities'],
  summary: '受け入れメニューの一覧（受け入れ先の利用者には自分のものだけ）',
  operationId: 'listOpportunities',
  description:
    'id 順に、limit 件ずつ。q を付けると、ひらがな・カタカナ、全角・半角、大文字・小文字、小さな打ち間違いの違いを吸収し、同義語や読み（のうえん → 農園）も探す' +
    'あいまい検索になり、関連の高い順に並びます。stale=true で、長く更新も確認もされていないものだけを返します。',
  request: { query: OpportunityListQuery },
  responses: {
    200: {
      description: '受け入れメニュー（id 順）',
      content: { 'application/json': { schema: OpportunityList }, 'text/csv': { schema: CsvText } },
    },
    ...problems(400, 403),
  },
});

export const getOpportunityRoute = createRoute({
  method: 'get',
  path: '/v1/opportunities/{id}',
  tags: ['opportunities'],
  summary: '受け入れメニューを1件取得',
  operationId: 'getOpportunity',
  description:
    '受け入れメニューを ETag（版）つきで返します。filled は使われている席の数です。見る権限のないものは、存在しない場合と同じく 404 です。',
  request: { params: IdParam },
  responses: { 200: { ...json(Opportunity, '受け入れメニュー'), headers: ETagHeader }, ...problems(400, 403, 404) },
});

export const patchOpportunityRoute = createRoute({
  method: 'patch',
  path: '/v1/opportunities/{id}',
  tags: ['opportunities'],
  summary: '受け入れメニューを更新',
  operationId: 'updateOpportunity',
  description:
    '送った項目だけが変わります（配列は置き換え、location・environment・eligibility は送った項目だけ）。定員を使われている席より少なくすると' +
    ' 409 capacity_below_filled。hostId は変えられません。If-Match が古ければ 412 stale で、何も変わりません。',
  request: {
    params: IdParam,
    headers: IfMatchHeader,
    body: jsonBody(OpportunityPatch, {
      capacity: 4,
      schedule: [...SLOTS, { day: 'sat', start: '09:00', end: '11:00' }],
      location: examplePlace(EXAMPLE_HOME_AREA),
      eligibility: { maxAge: 39 },
      tags: ['農作業', '土いじり', '屋外', '週末'],
    }),
  },
  responses: {
    200: { ...json(Opportunity, '更新後の受け入れメニュー'), headers: ETagHeader },
    ...problems(400, 403, 404, 409, 412, 413),
  },
});

export const confirmOpportunityRoute = createRoute({
  method: 'post',
  path: '/v1/opportunities/{id}/confirm',
  tags: ['opportunities'],
  summary: '掲載内容がいまも正しいことを確認（受け入れ先・職員）',
  operationId: 'confirmOpportunity',
  description:
    '内容は変えずに確認日時（confirmedAt）を記録します。本文はいりません。確認したメニューは、長く更新されていないもの（stale）として扱われなくなります。',
  request: { params: IdParam },
  responses: {
    200: { ...json(Opportunity, '確認日時（confirmedAt）を記録した受け入れメニュー'), headers: ETagHeader },
    ...problems(400, 403, 404),
  },
});
