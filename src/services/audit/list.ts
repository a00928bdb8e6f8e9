import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { auditEvents } from '../../db/schema';
import { afterIdCursor, pageAfter, type PageRequest } from '../../lib/pagination';

export type AuditEventListRequest = PageRequest & { entityId?: string; actorId?: string; action?: string };

export async function listAuditEvents(ctx: Ctx, query: AuditEventListRequest) {
  assertCan(ctx.actor, 'audit.read');
  const after = afterIdCursor(query.cursor);
  const where: (SQL | undefined)[] = [
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    after ? gt(auditEvents.id, after) : undefined,
  ];
  const rows = await ctx.db.select().from(auditEvents).where(and(...where)).orderBy(asc(auditEvents.id)).limit(query.limit + 1);
  return pageAfter(rows, query.limit);
}
