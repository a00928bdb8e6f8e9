import { CHECK_IN_CHANNELS } from '../../domain/follow-up/check-in';
import { PLACEMENT_STATUSES } from '../../domain/placement/statuses';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { opportunities, hosts } from './catalog';
import { timestamps, version } from './columns';
import { participants } from './participants';


export const placements = sqliteTable('placements', {
  id: text('id').primaryKey(),
  participantId: text('participant_id').notNull().references(() => participants.id),
  opportunityId: text('opportunity_id').notNull().references(() => opportunities.id),
  /** The opportunity's host, kept here so host-scoped queries need no join. */
  hostId: text('host_id').notNull().references(() => hosts.id),
  status: text('status', { enum: PLACEMENT_STATUSES }).notNull(),
  note: text('note'),
  /** Date (YYYY-MM-DD) the person first started (entered trial or active); follow-ups count from it. */
  startedOn: text('started_on'),
  endedOn: text('ended_on'),
  /** Reason of the last `ended` or `declined` transition. */
  closeReason: text('close_reason'),
  createdBy: text('created_by').notNull(),
  ...timestamps,
  ...version,
}, (t) => [
  index('placements_participant_idx').on(t.participantId),
  index('placements_opportunity_idx').on(t.opportunityId),
  index('placements_host_idx').on(t.hostId),
  index('placements_status_idx').on(t.status),
]);

/** Append-only history of every transition. */
export const placementTransitions = sqliteTable('placement_transitions', {
  id: text('id').primaryKey(),
  placementId: text('placement_id').notNull().references(() => placements.id),
  from: text('from_status', { enum: PLACEMENT_STATUSES }),
  to: text('to_status', { enum: PLACEMENT_STATUSES }).notNull(),
  at: text('at').notNull(),
  by: text('by').notNull(),
  reason: text('reason'),
  note: text('note'),
}, (t) => [index('placement_transitions_placement_idx').on(t.placementId)]);

/** A follow-up is open until a check-in completes it or the placement ends and cancels it. */
export const FOLLOW_UP_STATUSES = ['open', 'completed', 'cancelled'] as const;

export const followUps = sqliteTable('follow_ups', {
  id: text('id').primaryKey(),
  placementId: text('placement_id').notNull().references(() => placements.id),
  dayOffset: integer('day_offset').notNull(),
  dueDate: text('due_date').notNull(),
  label: text('label').notNull(),
  status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull(),
  checkInId: text('check_in_id'),
  closedAt: text('closed_at'),
}, (t) => [index('follow_ups_placement_idx').on(t.placementId), index('follow_ups_status_due_idx').on(t.status, t.dueDate)]);


export const checkIns = sqliteTable('check_ins', {
  id: text('id').primaryKey(),
  placementId: text('placement_id').notNull().references(() => placements.id),
  date: text('date').notNull(),
  channel: text('channel', { enum: CHECK_IN_CHANNELS }).notNull(),
  attendance: text('attendance', { mode: 'json' }).$type<{ attended: number; planned: number }>(),
  wellbeing: integer('wellbeing'),
  participantVoice: text('participant_voice'),
  hostVoice: text('host_voice'),
  concerns: text('concerns', { mode: 'json' }).$type<string[]>().notNull(),
  nextActions: text('next_actions'),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [index('check_ins_placement_date_idx').on(t.placementId, t.date, t.id)]);

export const HOST_SUPPORT_TYPES = ['consultation', 'training', 'incident', 'feedback', 'development'] as const;

export const hostSupportRecords = sqliteTable('host_support_records', {
  id: text('id').primaryKey(),
  hostId: text('host_id').notNull().references(() => hosts.id),
  date: text('date').notNull(),
  type: text('type', { enum: HOST_SUPPORT_TYPES }).notNull(),
  summary: text('summary').notNull(),
  followUpNeeded: integer('follow_up_needed', { mode: 'boolean' }).notNull(),
  /** The person the record is about: only those who see that participant see the record. */
  participantId: text('participant_id').references(() => participants.id),
  /** Staff records reach the host only when marked shared, since they may mention participants. */
  sharedWithHost: integer('shared_with_host', { mode: 'boolean' }).notNull().default(false),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [index('host_support_host_idx').on(t.hostId)]);

/**
 * Replays of writes sent with `Idempotency-Key`, scoped to the caller. The row is written in the
 * same batch as the change, so a key is recorded exactly when its change happened.
 */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  actorId: text('actor_id').notNull(),
  key: text('key').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  response: text('response').notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.actorId, t.key] })]);

