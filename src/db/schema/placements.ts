import { PLACEMENT_STATUSES } from '../../domain/placement/statuses';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { hosts, opportunities } from './catalog';
import { timestamps, version } from './columns';
import { participants } from './participants';

export const placements = sqliteTable(
  'placements',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id),
    /** The opportunity's host, kept here so host-scoped queries need no join. */
    hostId: text('host_id')
      .notNull()
      .references(() => hosts.id),
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
  },
  (t) => [
    index('placements_participant_idx').on(t.participantId),
    index('placements_opportunity_idx').on(t.opportunityId),
    index('placements_host_idx').on(t.hostId),
    index('placements_status_idx').on(t.status),
  ],
);

/** Append-only history of every transition. */
export const placementTransitions = sqliteTable(
  'placement_transitions',
  {
    id: text('id').primaryKey(),
    placementId: text('placement_id')
      .notNull()
      .references(() => placements.id),
    from: text('from_status', { enum: PLACEMENT_STATUSES }),
    to: text('to_status', { enum: PLACEMENT_STATUSES }).notNull(),
    at: text('at').notNull(),
    by: text('by').notNull(),
    reason: text('reason'),
    note: text('note'),
  },
  (t) => [index('placement_transitions_placement_idx').on(t.placementId)],
);
