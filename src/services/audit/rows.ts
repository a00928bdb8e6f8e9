import { sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { auditEvents } from '../../db/schema';
import type { AuditOutcome } from '../../domain/audit/outcomes';
import { insertWhere } from '../../db/insert-where';
import { isoTokyo } from '../../lib/clock';
import { newId } from '../../lib/ids';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | null;
  outcome?: AuditOutcome;
};

function auditRow(ctx: Ctx, entry: AuditEntry) {
  const now = ctx.now();
  return {
    id: newId('aud', now),
    at: isoTokyo(now),
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    outcome: entry.outcome ?? 'ok',
    requestId: ctx.requestId,
  };
}

/**
 * The audit row for a change, as a statement to put in the same `db.batch` as the change itself,
 * so a change is never recorded without its audit row or the other way round.
 */
export function auditStatement(ctx: Ctx, entry: AuditEntry) {
  return ctx.db.insert(auditEvents).values(auditRow(ctx, entry));
}

/**
 * A batch whose every statement depends on one precondition, checked once. The audit row is
 * written first, only if `precondition` holds; each later statement adds `guard.holds` to its
 * WHERE, so it runs exactly when that audit row exists. Either the whole change and its audit
 * row happen, or nothing does — in one batch, with no interactive transaction, on libSQL and D1.
 * `guard.statement` returns the audit id when the precondition held and nothing when it did not.
 */
export function guardedAudit(ctx: Ctx, entry: AuditEntry, precondition: SQL) {
  const row = auditRow(ctx, entry);
  const statement = insertWhere(ctx.db, auditEvents, row, precondition);
  const holds = sql`exists (select 1 from ${auditEvents} where ${auditEvents.id} = ${row.id})`;
  return { id: row.id, statement, holds };
}
