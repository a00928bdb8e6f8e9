import { AREAS, STALE_LISTING_DAYS } from '../../config';
import {
  ATTENDANCE_MODES,
  CONVERSATION_LEVELS,
  DAYS,
  GENDERS,
  GROUP_SIZES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  PAY_KINDS,
  SUPPORTS,
} from '../../domain/types';
import { z } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import type { FieldError } from '../../lib/problem';
import { Latitude, Longitude, SlotSchema, Text } from '../../lib/schemas';
import { eligibilityIssues, locationIssues } from '../../domain/catalog/opportunity-rules';
import { readOnlyFields } from '../read-only-fields';

const OPPORTUNITY_READ_ONLY = ['id', 'hostName', 'filled', 'stale', 'version', 'createdAt', 'updatedAt', 'confirmedAt'] as const;

/**
 * Cross-field checks run even when a sibling field already failed, so one response lists every
 * problem; the rules themselves expect values of the wrong type.
 */
const evenWithOtherIssues = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
};

function addIssues(ctx: z.core.$RefinementCtx<unknown>, issues: FieldError[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
}

const locationShape = {
  area: z.enum(AREAS).openapi({ description: '市の地域コード' }),
  station: Text(100).nullable().optional().openapi({ description: '最寄り駅' }),
  lat: Latitude.nullable().optional(),
  lng: Longitude.nullable().optional(),
  online: z.boolean(),
};

const environmentShape = {
  groupSize: z.enum(GROUP_SIZES),
  conversation: z.enum(CONVERSATION_LEVELS),
  customerFacing: z.boolean(),
  phone: z.boolean(),
};

const Age = z.number().int().min(0).max(120);
const eligibilityShape = {
  minAge: Age.nullable().optional(),
  maxAge: Age.nullable().optional(),
  genders: z.array(z.enum(GENDERS)).max(GENDERS.length).openapi({ description: '空なら誰でも。指定するとその性別の人だけ' }),
};

const Location = z
  .strictObject({ ...locationShape, online: locationShape.online.default(false) })
  .superRefine((location, ctx) => addIssues(ctx, locationIssues(location)), evenWithOtherIssues)
  .openapi('OpportunityLocation', { description: '座標（lat, lng）は両方そろえて入力します。オンラインの場合は省けます' });

const LocationPatch = z
  .strictObject(locationShape)
  .partial()
  .superRefine((location, ctx) => addIssues(ctx, locationIssues(location)), evenWithOtherIssues)
  .openapi('OpportunityLocationPatch');

const Environment = z.strictObject(environmentShape).openapi('OpportunityEnvironment');
const EnvironmentPatch = z.strictObject(environmentShape).partial().openapi('OpportunityEnvironmentPatch');

const Eligibility = z
  .strictObject({ ...eligibilityShape, genders: eligibilityShape.genders.default([]) })
  .superRefine((eligibility, ctx) => addIssues(ctx, eligibilityIssues(eligibility)), evenWithOtherIssues)
  .openapi('OpportunityEligibility');

const EligibilityPatch = z
  .strictObject(eligibilityShape)
  .partial()
  .superRefine((eligibility, ctx) => addIssues(ctx, eligibilityIssues(eligibility)), evenWithOtherIssues)
  .openapi('OpportunityEligibilityPatch');

const fields = {
  externalId: Text(64).nullable().openapi({ description: '事業者の台帳での番号など（受け入れメニューの中で重複不可）' }),
  title: Text(200),
  kind: z.enum(OPPORTUNITY_KINDS),
  description: z.string().trim().max(4000),
  tags: z.array(Text(50)).max(30),
  schedule: z.array(SlotSchema).max(50).openapi({ description: '毎週の時間帯' }),
  capacity: z.number().int().min(0).max(1000).openapi({ description: '定員（利用中の人数 filled より少なくはできません）' }),
  step: z.number().int().min(1).max(5).openapi({ description: '参加の段階 1 居場所 … 5 一般就労' }),
  support: z.array(z.enum(SUPPORTS)).max(SUPPORTS.length),
  pay: z.enum(PAY_KINDS),
  costYen: z.number().int().min(0).max(1_000_000),
  status: z.enum(OPPORTUNITY_STATUSES),
  attendance: z.enum(ATTENDANCE_MODES).openapi({
    description: 'any: 毎週、どれかの時間帯に参加（既定）。all: 日程の決まった研修などで、すべての時間帯に参加が必要',
  }),
  months: z
    .array(z.number().int().min(1).max(12))
    .max(12)
    .openapi({
      description: '受け入れのある月（1〜12、東京の日付）。空なら通年。ほかの月はマッチングで受け入れ外（not_open）になります',
      example: [7, 8, 9],
    }),
};

export const OpportunityInput = z
  .strictObject({
    hostId: z.string().min(1).max(100).optional().openapi({ description: '受け入れ先の利用者は省けます（自分の受け入れ先になります）' }),
    ...fields,
    externalId: fields.externalId.optional(),
    description: fields.description.default(''),
    tags: fields.tags.default([]),
    location: Location,
    environment: Environment,
    support: fields.support.default([]),
    eligibility: Eligibility.default({ genders: [] }),
    pay: fields.pay.default('none'),
    costYen: fields.costYen.default(0),
    status: fields.status.default('open'),
    attendance: fields.attendance.default('any'),
    months: fields.months.default([]),
    ...readOnlyFields(OPPORTUNITY_READ_ONLY),
  })
  .openapi('OpportunityInput');

export const OpportunityPatch = z
  .strictObject({
    ...z.strictObject(fields).partial().shape,
    location: LocationPatch.optional().openapi({ description: '送った項目だけ変わります' }),
    environment: EnvironmentPatch.optional(),
    eligibility: EligibilityPatch.optional(),
    ...readOnlyFields(OPPORTUNITY_READ_ONLY),
    ...readOnlyFields(['hostId'], () => '受け入れ先（hostId）は変更できません。別の受け入れ先のメニューは新しく登録してください'),
  })
  .openapi('OpportunityPatch', { description: '送った項目だけ変わります。配列（schedule, tags, support など）は置き換わります' });

export const Opportunity = z
  .object({
    id: z.string(),
    hostId: z.string(),
    hostName: z.string(),
    externalId: z.string().nullable(),
    title: z.string(),
    kind: z.enum(OPPORTUNITY_KINDS),
    description: z.string(),
    tags: z.array(z.string()),
    schedule: z.array(z.object({ day: z.enum(DAYS), start: z.string(), end: z.string() })),
    location: z.object({
      area: z.string(),
      station: z.string().nullable(),
      lat: z.number().nullable(),
      lng: z.number().nullable(),
      online: z.boolean(),
    }),
    capacity: z.number().int(),
    filled: z.number().int().openapi({ description: '利用中の席の数（サーバーが管理）' }),
    step: z.number().int(),
    environment: z.object(environmentShape),
    support: z.array(z.enum(SUPPORTS)),
    eligibility: z.object({ minAge: z.number().int().nullable(), maxAge: z.number().int().nullable(), genders: z.array(z.enum(GENDERS)) }),
    pay: z.enum(PAY_KINDS),
    costYen: z.number().int(),
    status: z.enum(OPPORTUNITY_STATUSES),
    attendance: fields.attendance,
    months: z.array(z.number().int()).openapi({ description: '受け入れのある月。空なら通年' }),
    stale: z.boolean().openapi({ description: `${STALE_LISTING_DAYS}日を超えて、更新も確認もされていない` }),
    confirmedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Opportunity');

export const OpportunityList = pageSchema(Opportunity).openapi('OpportunityList');

export const OpportunityListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().openapi({
    description:
      'あいまい検索（ひらがな・カタカナ、全角・半角、大文字・小文字の違いや小さな打ち間違いを吸収し、同義語も探します）。指定すると関連の高い順',
  }),
  kind: z.enum(OPPORTUNITY_KINDS).optional(),
  area: z.enum(AREAS).optional(),
  hostId: z.string().min(1).max(100).optional(),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  stale: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: `true: ${STALE_LISTING_DAYS}日を超えて更新も確認もされていないものだけ。false: それ以外だけ` }),
  format: z.enum(['json', 'csv']).default('json').openapi({
    description: 'csv: 絞り込みに合うすべて（ページ分けなし）を、取り込みと同じ列の Excel 用 CSV で返します',
  }),
});
