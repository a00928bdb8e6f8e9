import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Eligibility, Environment, Slot, Support } from '../../domain/types';
import { ATTENDANCE_MODES, HOST_STATUSES, HOST_TYPES, OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, PAY_KINDS } from '../../domain/types';
import { timestamps, version } from './columns';

export type HostContact = { person?: string; phone?: string; email?: string };

export const hosts = sqliteTable(
  'hosts',
  {
    id: text('id').primaryKey(),
    /** The contractor's own id for the row in its spreadsheet; how an import finds the host again. */
    externalId: text('external_id'),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    type: text('type', { enum: HOST_TYPES }).notNull(),
    area: text('area').notNull(),
    address: text('address'),
    contact: text('contact', { mode: 'json' }).$type<HostContact>().notNull(),
    understanding: text('understanding', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: HOST_STATUSES }).notNull(),
    notes: text('notes'),
    createdBy: text('created_by'),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('hosts_area_idx').on(t.area),
    index('hosts_status_idx').on(t.status),
    uniqueIndex('hosts_external_id_idx').on(t.externalId),
  ],
);

export const opportunities = sqliteTable(
  'opportunities',
  {
    id: text('id').primaryKey(),
    hostId: text('host_id')
      .notNull()
      .references(() => hosts.id),
    /** The contractor's own id for the row in its spreadsheet; how an import finds the opening again. */
    externalId: text('external_id'),
    title: text('title').notNull(),
    kind: text('kind', { enum: OPPORTUNITY_KINDS }).notNull(),
    description: text('description').notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    schedule: text('schedule', { mode: 'json' }).$type<Slot[]>().notNull(),
    area: text('area').notNull(),
    station: text('station'),
    lat: real('lat'),
    lng: real('lng'),
    online: integer('online', { mode: 'boolean' }).notNull(),
    capacity: integer('capacity').notNull(),
    /** Seats held by accepted, trial and active placements. Only placement transitions change it. */
    filled: integer('filled').notNull().default(0),
    step: integer('step').notNull(),
    environment: text('environment', { mode: 'json' }).$type<Environment>().notNull(),
    support: text('support', { mode: 'json' }).$type<Support[]>().notNull(),
    eligibility: text('eligibility', { mode: 'json' }).$type<Eligibility>().notNull(),
    pay: text('pay', { enum: PAY_KINDS }).notNull(),
    costYen: integer('cost_yen').notNull(),
    status: text('status', { enum: OPPORTUNITY_STATUSES }).notNull(),
    attendance: text('attendance', { enum: ATTENDANCE_MODES }).notNull().default('any'),
    /** Months (1–12) the opportunity runs; empty means all year. */
    months: text('months', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    confirmedAt: text('confirmed_at'),
    createdBy: text('created_by'),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('opportunities_host_idx').on(t.hostId),
    index('opportunities_status_idx').on(t.status),
    uniqueIndex('opportunities_external_id_idx').on(t.externalId),
    // A loaded catalog reads the seats taken of every opening in its first batch (seatsQuery):
    // from this index it reads only the openings with any, not every row of the table.
    index('opportunities_seats_taken_idx')
      .on(t.id, t.filled)
      .where(sql`${t.filled} <> 0`),
    // The last line of defence against overbooking: the conditional seat update is the first.
    check('opportunities_filled_within_capacity', sql`${t.filled} >= 0 AND ${t.filled} <= ${t.capacity}`),
  ],
);

/**
 * One row per part of the catalog (see CATALOG_PARTS in src/services/catalog/version.ts) whose
 * `version` is bumped in the same batch as every change matching or search can see, so a cached
 * index is reloaded only when, and only as far as, the catalog really changed: one cheap read
 * per request.
 */
export const catalogState = sqliteTable('catalog_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});
