import { and, asc, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { auditEvents } from '../../db/schema';
import { afterIdCursor, pageAfter, type PageRequest } from '../../lib/pagination';

/** `newestFirst`: the console reads the log from the latest event back; the API pages it oldest first. */
export type AuditEventListRequest = PageRequest & { entityId?: string; actorId?: string; action?: string; newestFirst?: boolean };

export async function listAuditEvents(ctx: Ctx, query: AuditEventListRequest) {
  assertCan(ctx.actor, 'audit.read');
  const after = afterIdCursor(query.cursor);
  const where: (SQL | undefined)[] = [
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    after ? (query.newestFirst ? lt(auditEvents.id, after) : gt(auditEvents.id, after)) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(query.newestFirst ? desc(auditEvents.id) : asc(auditEvents.id))
    .limit(query.limit + 1);
  return pageAfter(rows, query.limit);
}
