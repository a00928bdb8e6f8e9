import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_OUTCOMES } from '../../domain/audit/outcomes';

/** Append-only: no route updates or deletes these rows. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    outcome: text('outcome', { enum: AUDIT_OUTCOMES }).notNull(),
    requestId: text('request_id'),
  },
  (t) => [index('audit_entity_idx').on(t.entityId), index('audit_actor_idx').on(t.actorId)],
);
