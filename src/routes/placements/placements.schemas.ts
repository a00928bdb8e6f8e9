import { z } from '../../lib/openapi';
import { IsoDateTime, Ref } from '../../lib/schemas';
import { FOLLOW_UP_STATUSES } from '../../domain/follow-up/statuses';
import { DECLINE_REASONS, END_REASONS, PLACEMENT_STATUSES } from '../../domain/placement/statuses';
import { CONVERSATION_LEVELS, GROUP_SIZES, SUPPORTS } from '../../domain/types';

const Note = z.string().trim().max(2000);

export const PlacementInput = z
  .strictObject({ participantId: Ref, opportunityId: Ref, note: Note.nullable().optional() })
  .openapi('PlacementInput');

export const TransitionInput = z
  .strictObject({
    to: z.enum(PLACEMENT_STATUSES),
    at: IsoDateTime.optional().openapi({
      description: 'いつのことか（省略時は現在）。trial / active に入った日が開始日になり、フォローアップの起点になります',
    }),
    reason: z
      .string()
      .max(50)
      .nullable()
      .optional()
      .openapi({
        description: `ended のとき必須: ${END_REASONS.join(' | ')}。declined のとき必須: ${DECLINE_REASONS.join(' | ')}。ほかの遷移では指定しません`,
      }),
    note: Note.nullable().optional(),
  })
  .openapi('TransitionInput');

export const PlacementListQuery = z.object({
  status: z.enum(PLACEMENT_STATUSES).optional(),
  participantId: Ref.optional(),
  opportunityId: Ref.optional(),
  hostId: Ref.optional(),
});

const Status = z.enum(PLACEMENT_STATUSES);

export const Placement = z
  .object({
    id: z.string(),
    participantId: z.string(),
    participantCode: z.string(),
    opportunityId: z.string(),
    opportunityTitle: z.string(),
    hostId: z.string(),
    hostName: z.string(),
    status: Status,
    note: z.string().nullable(),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    closeReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Placement');

const HostParticipant = z
  .object({
    code: z.string(),
    displayName: z.string().optional(),
    needs: z.array(z.enum(SUPPORTS)).optional(),
    limits: z
      .object({
        maxGroupSize: z.enum(GROUP_SIZES),
        maxConversation: z.enum(CONVERSATION_LEVELS),
        avoidCustomerFacing: z.boolean(),
        avoidPhone: z.boolean(),
      })
      .optional(),
  })
  .openapi('ParticipantForHost', { description: '本人の同意があるあいだは code・displayName・needs・limits、同意の撤回後は code のみ' });

export const PlacementForHost = z
  .object({
    id: z.string(),
    opportunityId: z.string(),
    opportunityTitle: z.string(),
    hostId: z.string(),
    status: Status,
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    closeReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    participant: HostParticipant,
  })
  .openapi('PlacementForHost', { description: '受け入れ先に見える最小限のつなぎ' });

const Transition = z.object({
  from: Status.nullable(),
  to: Status,
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
});

const FollowUpSummary = z.object({
  id: z.string(),
  dueDate: z.string(),
  label: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  checkInId: z.string().nullable(),
});

export const WarningSign = z
  .object({ code: z.enum(['low_attendance', 'wellbeing_drop', 'concerns']), message: z.string() })
  .openapi('WarningSign');

export const PlacementDetail = z.union([
  Placement.extend({ history: z.array(Transition), followUps: z.array(FollowUpSummary), warnings: z.array(WarningSign) }).openapi(
    'PlacementDetail',
  ),
  PlacementForHost.extend({ history: z.array(Transition.pick({ from: true, to: true, at: true, reason: true })) }).openapi(
    'PlacementDetailForHost',
  ),
]);

export const PlacementListItem = z.union([Placement, PlacementForHost]);
