import { createRoute } from '@hono/zod-openapi';
import { RETENTION_YEARS_AFTER_END } from '../../config';
import { EXAMPLE_HOME_AREA, exampleAddress, examplePlace } from '../city-examples';
import { IdParam, json, jsonBody, problems } from '../../lib/openapi';
import { ETagHeader, IfMatchHeader } from '../headers';
import { PageQuery, pageSchema } from '../../lib/pagination';
import {
  ConsentInput,
  ErasureInput,
  Participant,
  ParticipantExport,
  ParticipantInput,
  ParticipantListQuery,
  ParticipantPatch,
} from './participants.schemas';

export const createParticipantRoute = createRoute({
  method: 'post',
  path: '/v1/participants',
  tags: ['participants'],
  summary: '参加者を登録（仮名コードを自動付番）',
  operationId: 'createParticipant',
  description:
    '参加者を仮名コード（P-0001 など、サーバーが付番）で登録します。参加支援員が登録すると、assignedTo を省けば自分が担当です。' +
    '同意（consent）は none で始まり、POST /v1/participants/{id}/consent でだけ変わります。private（氏名・連絡先など）は管理者・多機関協働の担当・' +
    '担当の支援員にだけ返ります。',
  request: {
    body: jsonBody(ParticipantInput, {
      displayName: 'Aさん',
      age: 34,
      gender: 'male',
      home: examplePlace(EXAMPLE_HOME_AREA),
      travel: { modes: ['walk', 'bicycle', 'train'], maxMinutes: 30 },
      availability: [{ day: 'tue', start: '09:00', end: '13:00' }],
      interests: ['土いじり', 'パソコン'],
      step: 2,
      limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
      needs: ['accompaniment'],
      preferences: { pay: 'paid' },
      circumstances: ['hikikomori'],
      goals: '週に1回、家の外に出る場所をもつ',
      referredBy: '地域包括支援センター',
      assignedTo: 'usr_01kb2c3d4e5f6g7h8j9k0n',
      consent: { status: 'none' },
      private: {
        name: '架空 太郎',
        nameKana: 'かくう たろう',
        phone: '090-0000-0000',
        address: exampleAddress('4-5-6'),
        notes: '連絡は母親経由が確実',
      },
    }),
  },
  responses: { 201: { ...json(Participant, '登録した参加者'), headers: ETagHeader }, ...problems(400, 403, 413) },
});

export const listParticipantsRoute = createRoute({
  method: 'get',
  path: '/v1/participants',
  tags: ['participants'],
  summary: '参加者の一覧（支援員は担当分のみ）',
  operationId: 'listParticipants',
  description:
    'id 順に、limit 件ずつ。step・area・assignedTo・consent で絞り込めます。参加支援員には担当の参加者だけが返ります。一覧には private を含みません。' +
    'erasable=true（管理者のみ、ほかは 403）は保存期間を過ぎた参加者の一覧です：進行中のつなぎがなく、本人の記録にもつなぎにも最後の変更から' +
    `${RETENTION_YEARS_AFTER_END}年（RETENTION_YEARS_AFTER_END）変更がなく、まだ消去されていない人。消去は自動では行われず、POST /v1/participants/{id}/erase で行います。`,
  request: { query: PageQuery.extend(ParticipantListQuery.shape) },
  responses: { 200: json(pageSchema(Participant), '参加者（private は含まない）'), ...problems(400, 403) },
});

export const getParticipantRoute = createRoute({
  method: 'get',
  path: '/v1/participants/{id}',
  tags: ['participants'],
  summary: '参加者の詳細（権限がある場合のみ private を含む）',
  operationId: 'getParticipant',
  description:
    '参加者を ETag（版）つきで返します。private は読める人にだけ含まれ、その閲覧は監査ログに残ります。担当外の参加者は、存在しない場合と同じく 404 です。',
  request: { params: IdParam },
  responses: { 200: { ...json(Participant, '参加者'), headers: ETagHeader }, ...problems(403, 404) },
});

export const patchParticipantRoute = createRoute({
  method: 'patch',
  path: '/v1/participants/{id}',
  tags: ['participants'],
  summary: '参加者の情報を変更',
  operationId: 'updateParticipant',
  description:
    '送った項目だけが変わります（home・travel・limits・private などのまとまりは丸ごと送ります）。同意はここでは変えられません。' +
    'private を書けるのは読める人だけです（ほかは 403）。If-Match が古ければ 412 stale で、何も変わりません。',
  request: {
    params: IdParam,
    headers: IfMatchHeader,
    body: jsonBody(ParticipantPatch, {
      step: 3,
      interests: ['土いじり', 'パソコン', '料理'],
      availability: [
        { day: 'tue', start: '09:00', end: '13:00' },
        { day: 'thu', start: '10:00', end: '12:00' },
      ],
      goals: '週に2回、決まった時間に通う',
    }),
  },
  responses: { 200: { ...json(Participant, '変更後の参加者'), headers: ETagHeader }, ...problems(400, 403, 404, 412, 413) },
});

export const consentRoute = createRoute({
  method: 'post',
  path: '/v1/participants/{id}/consent',
  tags: ['participants'],
  summary: '同意の記録・撤回（履歴として残ります）',
  operationId: 'recordConsent',
  description:
    '本人の同意（受け入れ先への情報提供）を記録、または撤回します。変更はすべて履歴（consent.history）に残ります。同意が given でなければ、' +
    'つなぎの提案や先へ進めることはできません（409 consent_required）。受け入れ先に見える本人の情報も同意に従います。',
  request: {
    params: IdParam,
    body: jsonBody(ConsentInput, {
      status: 'given',
      scope: '受け入れ先へ表示名・配慮してほしいこと・必要な支援を伝える',
      recordedAt: '2026-04-15T10:30:00+09:00',
    }),
  },
  responses: { 200: { ...json(Participant, '同意の履歴を含む参加者'), headers: ETagHeader }, ...problems(400, 403, 404, 412) },
});

export const exportParticipantRoute = createRoute({
  method: 'get',
  path: '/v1/participants/{id}/export',
  tags: ['participants'],
  summary: '参加者について保有するすべての情報（開示請求用）',
  operationId: 'exportParticipant',
  description:
    '開示請求（本人からの保有個人データの開示の求め）に応えるため、この人について保有するものを1つの JSON で返します：' +
    '基本情報と private、同意の履歴、つなぎとその履歴・フォローアップ予定・フォローアップ記録、この人について書かれた受け入れ先支援の記録、' +
    'この人とそのつなぎについての監査ログ。管理者と多機関協働の担当だけが使えます（ほかは 403）。この開示も監査ログに残ります。',
  request: { params: IdParam },
  responses: { 200: json(ParticipantExport, '保有するすべての情報'), ...problems(403, 404) },
});

export const eraseParticipantRoute = createRoute({
  method: 'post',
  path: '/v1/participants/{id}/erase',
  tags: ['participants'],
  summary: '参加者の個人情報を消去（取り消せません）',
  operationId: 'eraseParticipant',
  description:
    '削除請求または保存期間の経過により、この人の個人情報を消去します：private のすべて、表示名、目標、関心、性別、自宅の座標と駅、本人の状況、' +
    '同意の範囲（scope）、つなぎと状態の履歴のメモ、フォローアップ記録の本人の声・受け入れ先の声・次の対応、この人について書かれた受け入れ先支援の記録の内容、' +
    'この人についての書き込みの再送用に保存した応答。統計が変わらないよう、コード、登録日、段階、年代（年齢は10歳刻み：34 → 30）、地域、紹介元、同意の状態、' +
    'つなぎの日付・状態・理由は残します。以後の読み出しは erased: true を返し、変更・同意の記録・マッチング・提案は 409 erased です（もう一度の消去も 409）。' +
    '進行中のつなぎ（proposed・accepted・trial・active）があるあいだは 409 case_open で、先に終了・取り消し・辞退にします。' +
    '取り消せません。管理者だけが使えます（ほかは 403）。監査ログには理由のコードだけが残ります。',
  request: { params: IdParam, body: jsonBody(ErasureInput, { reason: 'request' }) },
  responses: { 200: { ...json(Participant, '消去後の参加者（記録の残り）'), headers: ETagHeader }, ...problems(400, 403, 404, 409, 412) },
});
