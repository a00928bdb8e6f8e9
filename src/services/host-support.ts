/**
 * Host support (受け入れ先の支援): consultations, training, incidents, feedback and development
 * work with each host. Staff record it for any host; a host records its own requests for help and
 * sees only what its own people wrote.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { assertCan, notFound, ownHostScope, seesHost } from '../auth/policy';
import type { Ctx } from '../context';
import { hostSupportRecords, hosts, users } from '../db/schema';
import { insertWhere } from '../db/insert-where';
import { isoTokyo } from '../lib/clock';
import { newId } from '../lib/ids';
import type { Page } from '../lib/pagination';
import type { HostSupportInput } from '../routes/host-support/host-support.schemas';
import { guardedAudit } from './audit';
import { keysetPage, keysetPosition, keysetWhere } from './keyset-cursor';
import { assertRecordedTime } from './recorded-time';

type HostSupportRow = typeof hostSupportRecords.$inferSelect;

function view(row: HostSupportRow) {
  return {
    id: row.id, hostId: row.hostId, date: row.date, type: row.type, summary: row.summary,
    followUpNeeded: row.followUpNeeded, createdBy: row.createdBy, createdAt: row.createdAt,
  };
}

export type HostSupportView = ReturnType<typeof view>;

export async function createHostSupportRecord(ctx: Ctx, hostId: string, input: z.infer<typeof HostSupportInput>): Promise<HostSupportView> {
  assertCan(ctx.actor, 'hostSupport.create');
  if (!seesHost(ctx.actor, hostId)) throw notFound('受け入れ先');
  const now = ctx.now();
  assertRecordedTime('date', input.date, now);
  const row: HostSupportRow = {
    id: newId('hsp', now), hostId, date: input.date, type: input.type, summary: input.summary,
    // A host writing in is asking for help: someone has to answer unless it says otherwise.
    followUpNeeded: input.followUpNeeded ?? ctx.actor.role === 'host',
    createdBy: ctx.actor.id, createdAt: isoTokyo(now),
  };
  // No read first: the host's existence is the precondition of the write, and a missing host writes nothing.
  const guard = guardedAudit(ctx, { action: 'hostSupport.create', entity: 'host', entityId: hostId },
    sql`exists (select 1 from ${hosts} where ${hosts.id} = ${hostId})`);
  const [, inserted] = await ctx.db.batch([
    guard.statement,
    insertWhere(ctx.db, hostSupportRecords, row, guard.holds).returning({ id: hostSupportRecords.id }),
  ]);
  if (inserted.length === 0) throw notFound('受け入れ先');
  return view(row);
}

/** Newest first (by the date of the support, then by when it was recorded). */
export async function listHostSupportRecords(
  ctx: Ctx, hostId: string, query: { limit: number; cursor?: string | undefined },
): Promise<Page<HostSupportView>> {
  assertCan(ctx.actor, 'hostSupport.read');
  if (!seesHost(ctx.actor, hostId)) throw notFound('受け入れ先');
  const position = keysetPosition(query.cursor);
  const [found, rows] = await ctx.db.batch([
    ctx.db.select({ id: hosts.id }).from(hosts).where(eq(hosts.id, hostId)),
    ctx.db.select().from(hostSupportRecords)
      .where(and(
        eq(hostSupportRecords.hostId, hostId),
        // Staff summaries (an incident, a consultation) may speak of participants: a host sees what its own people wrote.
        ownHostScope(ctx.actor) === null ? undefined : inArray(hostSupportRecords.createdBy, ctx.db.select({ id: users.id }).from(users).where(eq(users.hostId, hostId))),
        keysetWhere(hostSupportRecords.date, hostSupportRecords.id, position, 'desc'),
      ))
      .orderBy(desc(hostSupportRecords.date), desc(hostSupportRecords.id))
      .limit(query.limit + 1),
  ]);
  if (!found[0]) throw notFound('受け入れ先');
  const page = keysetPage(rows, query.limit, (r) => ({ key: r.date, id: r.id }));
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}
