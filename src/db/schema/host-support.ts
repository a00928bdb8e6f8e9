import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { HOST_SUPPORT_TYPES } from '../../domain/host-support/types';
import { hosts } from './catalog';
import { participants } from './participants';

export const hostSupportRecords = sqliteTable(
  'host_support_records',
  {
    id: text('id').primaryKey(),
    hostId: text('host_id')
      .notNull()
      .references(() => hosts.id),
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
  },
  (t) => [index('host_support_host_idx').on(t.hostId)],
);
