/**
 * Host support (受け入れ先の支援): consultations, training, incidents, feedback and development
 * work with each host. Staff record it for any host; a host records its own requests for help and
 * sees what its own people wrote plus staff records marked shared with it. A record about one
 * person (`participantId`) is seen only by those who see that person.
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { assertCan, caseloadScope, notFound, ownHostScopeOrThrow, seesHost } from '../../auth/policy';
import type { Ctx } from '../../context';
import { hostSupportRecords, hosts, participants, users } from '../../db/schema';
import { insertWhere } from '../../db/insert-where';
import type { HostSupportType } from '../../domain/host-support/types';
import { isoTokyo } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { keysetPage, keysetPosition, keysetWhere, type Page, type PageRequest } from '../../lib/pagination';
import { problem } from '../../lib/problem';
import { guardedAudit } from '../audit/rows';
import { assertRecordedTime } from '../recorded-time';

/** `followUpNeeded` defaults to true when a host writes in (it is asking for help), false for staff. */
export type NewHostSupportRecord = {
  date: string;
  type: HostSupportType;
  summary: string;
  followUpNeeded?: boolean;
  /** The person the record is about; only those who see them see the record. */
  participantId?: string;
  /** Staff records are private to staff unless marked shared with the host. */
  sharedWithHost?: boolean;
};

type HostSupportRow = typeof hostSupportRecords.$inferSelect;

function view(row: HostSupportRow) {
  return {
    id: row.id,
    hostId: row.hostId,
    date: row.date,
    type: row.type,
    summary: row.summary,
    followUpNeeded: row.followUpNeeded,
    participantId: row.participantId,
    sharedWithHost: row.sharedWithHost,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

export type HostSupportView = ReturnType<typeof view>;

export async function createHostSupportRecord(ctx: Ctx, hostId: string, input: NewHostSupportRecord): Promise<HostSupportView> {
  assertCan(ctx.actor, 'hostSupport.create');
  if (!seesHost(ctx.actor, hostId)) throw notFound('受け入れ先');
  const now = ctx.now();
  assertRecordedTime('date', input.date, now);
  const participantId = input.participantId ?? null;
  const row: HostSupportRow = {
    id: newId('hsp', now),
    hostId,
    date: input.date,
    type: input.type,
    summary: input.summary,
    // A host writing in is asking for help: someone has to answer unless it says otherwise.
    followUpNeeded: input.followUpNeeded ?? ctx.actor.role === 'host',
    participantId,
    sharedWithHost: input.sharedWithHost ?? false,
    createdBy: ctx.actor.id,
    createdAt: isoTokyo(now),
  };
  // No read first: the host and the person named must exist (and the person be seen) when the row is written.
  const preconditions = [
    sql`exists (select 1 from ${hosts} where ${hosts.id} = ${hostId})`,
    ...(participantId === null
      ? []
      : [sql`exists (select 1 from ${participants} where ${and(eq(participants.id, participantId), participantSeenWhere(ctx))})`]),
  ];
  const guard = guardedAudit(ctx, { action: 'hostSupport.create', entity: 'host', entityId: hostId }, sql.join(preconditions, sql` and `));
  const [, inserted, known] = await ctx.db.batch([
    guard.statement,
    insertWhere(ctx.db, hostSupportRecords, row, guard.holds).returning({ id: hostSupportRecords.id }),
    ctx.db.select({ id: hosts.id }).from(hosts).where(eq(hosts.id, hostId)),
  ]);
  if (inserted.length > 0) return view(row);
  if (!known[0]) throw notFound('受け入れ先');
  // Missing and outside the caller's caseload read the same.
  throw problem('validation', { errors: [{ path: 'participantId', message: '参加者が見つかりません' }] });
}

/** The participants the caller sees, as a condition on `participants`: never any for a host. */
function participantSeenWhere(ctx: Ctx): SQL | undefined {
  if (ownHostScopeOrThrow(ctx.actor) !== null) return sql`0`;
  const caseload = caseloadScope(ctx.actor);
  return caseload === null ? undefined : eq(participants.assignedTo, caseload);
}

/**
 * Which records of a host the caller sees. A host: what its own people wrote, and staff records
 * marked shared that name no one. Staff: records about no one in particular, or about a person they see.
 */
function recordScopeWhere(ctx: Ctx, hostId: string): SQL | undefined {
  if (ownHostScopeOrThrow(ctx.actor) !== null) {
    return or(
      // Shared or not, a record naming a person is for those who see that person, which a host never does.
      and(eq(hostSupportRecords.sharedWithHost, true), isNull(hostSupportRecords.participantId)),
      inArray(hostSupportRecords.createdBy, ctx.db.select({ id: users.id }).from(users).where(eq(users.hostId, hostId))),
    );
  }
  const seen = participantSeenWhere(ctx);
  if (seen === undefined) return undefined;
  return or(
    isNull(hostSupportRecords.participantId),
    inArray(hostSupportRecords.participantId, ctx.db.select({ id: participants.id }).from(participants).where(seen)),
  );
}

/** One record, or 404 when it is missing, of another host, or outside what the caller sees. */
export async function getHostSupportRecord(ctx: Ctx, hostId: string, recordId: string): Promise<HostSupportView> {
  assertCan(ctx.actor, 'hostSupport.read');
  if (!seesHost(ctx.actor, hostId)) throw notFound('支援の記録');
  const [row] = await ctx.db
    .select()
    .from(hostSupportRecords)
    .where(and(eq(hostSupportRecords.id, recordId), eq(hostSupportRecords.hostId, hostId), recordScopeWhere(ctx, hostId)));
  if (!row) throw notFound('支援の記録');
  return view(row);
}

/** Newest first (by the date of the support, then by when it was recorded). */
export async function listHostSupportRecords(ctx: Ctx, hostId: string, query: PageRequest): Promise<Page<HostSupportView>> {
  assertCan(ctx.actor, 'hostSupport.read');
  if (!seesHost(ctx.actor, hostId)) throw notFound('受け入れ先');
  const position = keysetPosition(query.cursor);
  const [found, rows] = await ctx.db.batch([
    ctx.db.select({ id: hosts.id }).from(hosts).where(eq(hosts.id, hostId)),
    ctx.db
      .select()
      .from(hostSupportRecords)
      .where(
        and(
          eq(hostSupportRecords.hostId, hostId),
          recordScopeWhere(ctx, hostId),
          keysetWhere({ key: hostSupportRecords.date, id: hostSupportRecords.id }, position, 'desc'),
        ),
      )
      .orderBy(desc(hostSupportRecords.date), desc(hostSupportRecords.id))
      .limit(query.limit + 1),
  ]);
  if (!found[0]) throw notFound('受け入れ先');
  const page = keysetPage(rows, query.limit, (r) => ({ key: r.date, id: r.id }));
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}

/**
 * Shows a staff record to its host, or stops showing it. Only staff decide this (a host's own
 * records are always its own), and only on records they can see: the scope is the list's, checked
 * in the same statement as the change.
 */
export async function setHostSupportSharing(ctx: Ctx, hostId: string, recordId: string, sharedWithHost: boolean): Promise<HostSupportView> {
  assertCan(ctx.actor, 'hostSupport.share');
  if (!seesHost(ctx.actor, hostId)) throw notFound('支援の記録');
  const visible = and(eq(hostSupportRecords.id, recordId), eq(hostSupportRecords.hostId, hostId), recordScopeWhere(ctx, hostId));
  const guard = guardedAudit(
    ctx,
    { action: 'hostSupport.share', entity: 'host', entityId: hostId },
    sql`exists (select 1 from ${hostSupportRecords} where ${visible})`,
  );
  const [, updated] = await ctx.db.batch([
    guard.statement,
    ctx.db.update(hostSupportRecords).set({ sharedWithHost }).where(and(visible, guard.holds)).returning(),
  ]);
  if (!updated[0]) throw notFound('支援の記録');
  return view(updated[0]);
}
