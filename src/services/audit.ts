import type { Ctx } from '../context';
import { auditEvents } from '../db/schema';
import { isoTokyo } from '../lib/clock';
import { newId } from '../lib/ids';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
};

/**
 * The audit row for a change, as a statement to put in the same `db.batch` as the change itself,
 * so a change is never recorded without its audit row or the other way round.
 */
export function auditStatement(ctx: Ctx, entry: AuditEntry) {
  const now = ctx.now();
  return ctx.db.insert(auditEvents).values({
    id: newId('aud', now),
    at: isoTokyo(now),
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    outcome: entry.outcome ?? 'ok',
    requestId: ctx.requestId,
  });
}

/** Records an event that has no change beside it (a read of private fields, a refused attempt). */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await auditStatement(ctx, entry);
}
