import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { HOST_SUPPORT_TYPES } from '../../domain/host-support/types';
import { hosts } from './catalog';

export const hostSupportRecords = sqliteTable('host_support_records', {
  id: text('id').primaryKey(),
  hostId: text('host_id').notNull().references(() => hosts.id),
  date: text('date').notNull(),
  type: text('type', { enum: HOST_SUPPORT_TYPES }).notNull(),
  summary: text('summary').notNull(),
  followUpNeeded: integer('follow_up_needed', { mode: 'boolean' }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [index('host_support_host_idx').on(t.hostId)]);
