import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Limits, PayPreference, Slot, Support, TravelMode, Understanding } from '../../domain/types';
import { CONSENT_STATUSES, GENDERS } from '../../domain/types';
import { ERASURE_REASONS } from '../../domain/participant/erasure';
import { timestamps, version } from './columns';
import { users } from './users';

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    /** Sequence behind the pseudonymous code (`P-0042`), assigned inside the insert itself. */
    seq: integer('seq').notNull().unique(),
    code: text('code').notNull().unique(),
    displayName: text('display_name').notNull(),
    age: integer('age'),
    gender: text('gender', { enum: GENDERS }),
    homeArea: text('home_area').notNull(),
    homeLat: real('home_lat'),
    homeLng: real('home_lng'),
    /** The nearest station, standing in for coordinates the person has not given. */
    homeStation: text('home_station'),
    travel: text('travel', { mode: 'json' }).$type<{ modes: TravelMode[]; maxMinutes: number }>().notNull(),
    availability: text('availability', { mode: 'json' }).$type<Slot[]>().notNull(),
    interests: text('interests', { mode: 'json' }).$type<string[]>().notNull(),
    step: integer('step').notNull(),
    limits: text('limits', { mode: 'json' }).$type<Limits>().notNull(),
    needs: text('needs', { mode: 'json' }).$type<Support[]>().notNull(),
    preferences: text('preferences', { mode: 'json' }).$type<{ pay: PayPreference }>(),
    /** Sensitive: never part of what a host sees. */
    circumstances: text('circumstances', { mode: 'json' }).$type<Understanding[]>(),
    goals: text('goals'),
    referredBy: text('referred_by'),
    assignedTo: text('assigned_to').references(() => users.id),
    createdBy: text('created_by').notNull(),
    /** Current consent; every change is also appended to consent_events. */
    consentStatus: text('consent_status', { enum: CONSENT_STATUSES }).notNull().default('none'),
    /** Set once the person's personal data was erased; the row stays as a tombstone so reports stay true. */
    erasedAt: text('erased_at'),
    erasureReason: text('erasure_reason', { enum: ERASURE_REASONS }),
    ...timestamps,
    ...version,
  },
  (t) => [index('participants_assigned_idx').on(t.assignedTo), index('participants_created_by_idx').on(t.createdBy)],
);

/** 要配慮個人情報: kept apart so no query reaches it by accident. */
export const participantPrivate = sqliteTable('participant_private', {
  participantId: text('participant_id')
    .primaryKey()
    .references(() => participants.id),
  name: text('name'),
  nameKana: text('name_kana'),
  phone: text('phone'),
  address: text('address'),
  notes: text('notes'),
});

/** Append-only history of consent: who recorded what, when, for what scope. */
export const consentEvents = sqliteTable(
  'consent_events',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: CONSENT_STATUSES }).notNull(),
    scope: text('scope'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('consent_events_participant_idx').on(t.participantId)],
);
