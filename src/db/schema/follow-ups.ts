import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CHECK_IN_CHANNELS, type Concern } from '../../domain/follow-up/check-in';
import { FOLLOW_UP_STATUSES } from '../../domain/follow-up/statuses';
import { placements } from './placements';

export const followUps = sqliteTable(
  'follow_ups',
  {
    id: text('id').primaryKey(),
    placementId: text('placement_id')
      .notNull()
      .references(() => placements.id),
    dayOffset: integer('day_offset').notNull(),
    dueDate: text('due_date').notNull(),
    label: text('label').notNull(),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull(),
    checkInId: text('check_in_id'),
    closedAt: text('closed_at'),
  },
  (t) => [index('follow_ups_placement_idx').on(t.placementId), index('follow_ups_status_due_idx').on(t.status, t.dueDate)],
);

export const checkIns = sqliteTable(
  'check_ins',
  {
    id: text('id').primaryKey(),
    placementId: text('placement_id')
      .notNull()
      .references(() => placements.id),
    date: text('date').notNull(),
    channel: text('channel', { enum: CHECK_IN_CHANNELS }).notNull(),
    attendance: text('attendance', { mode: 'json' }).$type<{ attended: number; planned: number }>(),
    wellbeing: integer('wellbeing'),
    participantVoice: text('participant_voice'),
    hostVoice: text('host_voice'),
    concerns: text('concerns', { mode: 'json' }).$type<Concern[]>().notNull(),
    nextActions: text('next_actions'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('check_ins_placement_date_idx').on(t.placementId, t.date, t.id)],
);
