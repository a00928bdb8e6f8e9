import { AREAS, RETENTION_YEARS_AFTER_END, STATIONS } from '../../config';
import { EXAMPLE_STATION } from '../city-examples';
import { ERASURE_REASONS } from '../../domain/participant/erasure';
import { z } from '../../lib/openapi';
import { IsoDateTime, Latitude, Longitude, Ref, SlotSchema, Text } from '../../lib/schemas';
import {
  CONSENT_STATUSES,
  CONVERSATION_LEVELS,
  GENDERS,
  GROUP_SIZES,
  PAY_PREFERENCES,
  STEPS,
  SUPPORTS,
  TRAVEL_MODES,
  UNDERSTANDING,
} from '../../domain/types';

const STATION_NAMES = Object.keys(STATIONS) as [string, ...string[]];
const Station = z.enum(STATION_NAMES, { error: `駅は ${STATION_NAMES.join('・')} のいずれかを指定してください` }).openapi({
  description: '最寄り駅。座標（lat/lng）がないとき、移動時間はこの駅から見積もります',
  example: EXAMPLE_STATION,
});
const Home = z.strictObject({
  area: z.enum(AREAS),
  lat: Latitude.nullable().optional(),
  lng: Longitude.nullable().optional(),
  station: Station.nullable().optional(),
});
const Preferences = z.strictObject({
  pay: z
    .enum(PAY_PREFERENCES)
    .openapi({ description: 'paid: 収入（謝礼・賃金）を望む。有償の受け入れを上位にしますが、無償のものを除きはしません' }),
});
const Circumstances = z.array(z.enum(UNDERSTANDING)).max(UNDERSTANDING.length).openapi({
  description:
    '本人の状況（受け入れ先の understanding と同じコード）。理解のある受け入れ先を上位にします。要配慮：受け入れ先には見せません',
});
const Travel = z.strictObject({
  modes: z.array(z.enum(TRAVEL_MODES)).min(1, '移動手段を1つ以上選んでください').max(TRAVEL_MODES.length),
  maxMinutes: z.number().int().min(0).max(240),
});
const Limits = z.strictObject({
  maxGroupSize: z.enum(GROUP_SIZES),
  maxConversation: z.enum(CONVERSATION_LEVELS),
  avoidCustomerFacing: z.boolean(),
  avoidPhone: z.boolean(),
});
const Step = z.union(
  STEPS.map((s) => z.literal(s)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>],
);

/**
 * What matching needs to know about a person. Shared by participant records and by
 * `POST /v1/matches`, where a field worker tries options before any record exists.
 */
export const profileShape = {
  age: z.number().int().min(0).max(120).nullable().optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  home: Home,
  travel: Travel,
  availability: z.array(SlotSchema).max(50),
  interests: z.array(Text(50)).max(30),
  step: Step,
  limits: Limits,
  needs: z.array(z.enum(SUPPORTS)).max(SUPPORTS.length),
  preferences: Preferences.nullable().optional(),
  circumstances: Circumstances.nullable().optional(),
};

export const ProfileInput = z.strictObject(profileShape).openapi('ProfileInput');

const Private = z
  .strictObject({
    name: z.string().trim().max(100).nullable().optional(),
    nameKana: z.string().trim().max(100).nullable().optional(),
    phone: z.string().trim().max(30).nullable().optional(),
    address: z.string().trim().max(200).nullable().optional(),
    notes: z.string().trim().max(4000).nullable().optional(),
  })
  .openapi('ParticipantPrivate');

/** Consent is changed only through POST …/consent; a new record may state only "none". */
const ConsentOnCreate = z.strictObject({
  status: z.literal('none', { error: '同意は POST /v1/participants/{id}/consent で記録してください' }),
});

/** A participant's record fields besides the profile; exported for the inline matching body. */
export const recordShape = {
  displayName: Text(50),
  goals: z.string().trim().max(2000).nullable().optional(),
  referredBy: z.string().trim().max(100).nullable().optional(),
  assignedTo: Ref.nullable().optional(),
  private: Private.optional(),
};

export const ParticipantInput = z
  .strictObject({ ...profileShape, ...recordShape, consent: ConsentOnCreate.optional() })
  .openapi('ParticipantInput');

/** Partial; nested objects are given whole. Consent is not changed here. */
export const ParticipantPatch = ParticipantInput.omit({ consent: true }).partial().openapi('ParticipantPatch');

export const ConsentInput = z
  .strictObject({
    status: z.enum(['given', 'withdrawn']),
    scope: z.string().trim().max(500).optional(),
    recordedAt: IsoDateTime.optional(),
  })
  .openapi('ConsentInput');

const ConsentEvent = z.object({
  status: z.enum(CONSENT_STATUSES),
  scope: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

export const Participant = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: 'P-0042' }),
    displayName: z.string(),
    age: z.number().nullable(),
    gender: z.enum(GENDERS).nullable(),
    home: z.object({ area: z.string(), lat: z.number().nullable(), lng: z.number().nullable(), station: z.string().nullable() }),
    travel: Travel,
    availability: z.array(SlotSchema),
    interests: z.array(z.string()),
    step: z.number().int(),
    limits: Limits,
    needs: z.array(z.enum(SUPPORTS)),
    preferences: z.object({ pay: z.enum(PAY_PREFERENCES) }).nullable(),
    circumstances: z
      .array(z.enum(UNDERSTANDING))
      .nullable()
      .openapi({ description: '本人の状況（要配慮）。受け入れ先向けの表示には含まれません' }),
    goals: z.string().nullable(),
    referredBy: z.string().nullable(),
    assignedTo: z.string().nullable(),
    createdBy: z.string(),
    erased: z
      .boolean()
      .openapi({ description: 'true: 個人情報は消去済み（POST /v1/participants/{id}/erase）。残るのは統計に要る記録だけです' }),
    consent: z.object({ status: z.enum(CONSENT_STATUSES), history: z.array(ConsentEvent).optional() }),
    private: Private.optional().openapi({ description: '管理者・多機関協働の担当・担当の支援員にだけ返されます（閲覧は監査ログに記録）' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Participant');

export const ParticipantListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'コードまたは呼び名の一部' }),
  step: z.coerce.number().int().min(1).max(5).optional(),
  area: z.enum(AREAS).optional(),
  assignedTo: Ref.optional(),
  consent: z.enum(CONSENT_STATUSES).optional(),
  erasable: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({
      description: `管理者のみ。true: 保存期間（最後の変更から${RETENTION_YEARS_AFTER_END}年、進行中のつなぎなし）を過ぎ、消去の対象になった参加者だけ。false: それ以外だけ`,
    }),
});

export const ErasureInput = z
  .strictObject({
    reason: z.enum(ERASURE_REASONS).openapi({
      description:
        'request: 本人・代理人からの削除請求。retention: 保存期間の経過。自由記述は受け付けません（監査ログに個人の情報を残さないため）',
    }),
  })
  .openapi('ErasureInput');

const Row = z.record(z.string(), z.unknown());

export const ParticipantExport = z
  .object({
    exportedAt: z.string(),
    participant: Participant,
    placements: z
      .array(Row)
      .openapi({ description: 'つなぎ（history: 状態の履歴、followUps: フォローアップ予定、checkIns: フォローアップ記録を含む）' }),
    hostSupportRecords: z.array(Row).openapi({ description: 'この参加者について書かれた受け入れ先支援の記録' }),
    auditEvents: z.array(Row).openapi({ description: 'この参加者とそのつなぎについての監査ログ（この開示自体の記録を含む）' }),
  })
  .openapi('ParticipantExport');
