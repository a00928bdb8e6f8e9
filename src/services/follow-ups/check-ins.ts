/**
 * Follow-up check-ins (フォローアップ記録). A staff check-in completes the earliest open follow-up due
 * on or before its date plus the grace days (`pickFollowUpToComplete`); a host's report does not.
 * Check-ins may be recorded once the placement has started, and after it ended too (a late visit
 * note is normal), when its follow-ups are already cancelled and none is completed.
 */
import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { assertCan, assertMayRecordCheckIn, ownHostScopeOrThrow, seesHostViewOnly } from '../../auth/policy';
import type { Ctx } from '../../context';
import { checkIns, followUps, participants, placements, users } from '../../db/schema';
import { HOST_REPORTS_PER_PLACEMENT_PER_DAY } from '../../config';
import { tokyoDate } from '../../domain/dates';
import { completesFollowUp, emptyHostReport, type CheckInChannel, type Concern } from '../../domain/follow-up/check-in';
import { pickFollowUpToComplete } from '../../domain/follow-up/completion';
import { PLACEMENT_STATUS_LABELS, type PlacementStatus } from '../../domain/placement/statuses';
import { insertWhere } from '../../db/insert-where';
import { aliased } from '../../db/aliased';
import { isoTokyo } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { keysetPage, keysetPosition, keysetWhere, type Page, type PageRequest } from '../../lib/pagination';
import { problem } from '../../lib/problem';
import { guardedAudit } from '../audit/rows';
import { idempotentRequest, replayOf, storedResponseQuery, storeResponse, writeOnce, type Outcome } from '../idempotency';
import { placementRecordsQuery } from '../placements/records';
import { visiblePlacement } from '../placements/scope';
import { assertNotErased } from '../participants/erasable';
import { assertRecordedTime } from '../recorded-time';

export type NewCheckIn = {
  date: string;
  channel: CheckInChannel;
  attendance?: { attended: number; planned: number } | null;
  wellbeing?: number | null;
  participantVoice?: string | null;
  hostVoice?: string | null;
  concerns?: Concern[];
  nextActions?: string | null;
};

type CheckInRow = typeof checkIns.$inferSelect;
type CompletedFollowUp = { id: string; dueDate: string; label: string };

const RECORDABLE: readonly PlacementStatus[] = ['trial', 'active', 'ended'];

function checkInView(ctx: Ctx, row: CheckInRow, completed: CompletedFollowUp | null) {
  return {
    id: row.id,
    placementId: row.placementId,
    date: row.date,
    channel: row.channel,
    attendance: row.attendance,
    wellbeing: row.wellbeing,
    participantVoice: row.participantVoice,
    hostVoice: row.hostVoice,
    concerns: row.concerns,
    nextActions: row.nextActions,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    // Follow-ups are the coordinators' work list; hosts do not see them.
    ...(seesHostViewOnly(ctx.actor) ? {} : { completedFollowUp: completed }),
  };
}

export type CheckInView = ReturnType<typeof checkInView>;

export async function createCheckIn(
  ctx: Ctx,
  placementId: string,
  input: NewCheckIn,
  idempotencyKey?: string,
): Promise<Outcome<CheckInView>> {
  assertCan(ctx.actor, 'checkIn.create');
  const request = await idempotentRequest(idempotencyKey, `POST /v1/placements/${placementId}/check-ins`, input);
  const now = ctx.now();
  const reportsToday = hostReportsSinceQuery(ctx, placementId, `${tokyoDate(now)}T00:00:00`);
  const [records, open, stored, [reported]] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, placementId)),
    ctx.db
      .select()
      .from(followUps)
      .where(and(eq(followUps.placementId, placementId), eq(followUps.status, 'open'))),
    storedResponseQuery(ctx, request),
    reportsToday,
  ]);
  const record = visiblePlacement(ctx.actor, records[0]);
  const replay = replayOf<CheckInView>(request, stored);
  if (replay) return replay;
  assertNotErased(record.participant);
  assertMayRecordCheckIn(ctx.actor, input.channel);
  const empty = emptyHostReport(input);
  if (empty) throw problem('validation', { errors: [{ path: 'hostVoice', message: empty }] });
  const isHostReport = input.channel === 'host_report';
  if (isHostReport && (reported?.n ?? 0) >= HOST_REPORTS_PER_PLACEMENT_PER_DAY) throw tooManyReports();
  if (!RECORDABLE.includes(record.placement.status)) {
    throw problem('conflict', {
      detail: `「${PLACEMENT_STATUS_LABELS[record.placement.status]}」のつなぎには記録できません。お試し参加か参加が始まってから記録してください`,
    });
  }
  assertRecordedTime('date', input.date, now);

  const completes = completesFollowUp(input.channel) ? pickFollowUpToComplete(open, input.date) : null;
  const row: CheckInRow = {
    id: newId('chk', now),
    placementId,
    date: input.date,
    channel: input.channel,
    attendance: input.attendance ?? null,
    wellbeing: input.wellbeing ?? null,
    participantVoice: input.participantVoice ?? null,
    hostVoice: input.hostVoice ?? null,
    concerns: input.concerns ?? [],
    nextActions: input.nextActions ?? null,
    createdBy: ctx.actor.id,
    createdAt: isoTokyo(now),
  };
  const body = checkInView(ctx, row, completes && { id: completes.id, dueDate: completes.dueDate, label: completes.label });
  // A started placement never goes back to a status without check-ins, so only the follow-up picked
  // needs checking again: it must still be open, or the answer would claim a completion that did not happen.
  // A host report is counted again inside the write, so reports sent at once cannot pass the limit together.
  const preconditions = [
    // An erasure at the same moment wins: nothing is written about a person once erased.
    sql`exists (select 1 from ${participants} where ${participants.id} = ${record.placement.participantId} and ${participants.erasedAt} is null)`,
    ...(completes
      ? [sql`exists (select 1 from ${followUps} where ${followUps.id} = ${completes.id} and ${followUps.status} = 'open')`]
      : []),
    ...(isHostReport ? [sql`(${reportsToday}) < ${HOST_REPORTS_PER_PLACEMENT_PER_DAY}`] : []),
  ];
  const guard = guardedAudit(
    ctx,
    { action: 'checkIn.create', entity: 'placement', entityId: placementId },
    sql.join(preconditions, sql` and `),
  );

  return writeOnce(ctx, request, async () => {
    const [, inserted] = await ctx.db.batch([
      guard.statement,
      insertWhere(ctx.db, checkIns, row, guard.holds).returning({ id: checkIns.id }),
      ...(completes
        ? [
            ctx.db
              .update(followUps)
              .set({ status: 'completed', checkInId: row.id, closedAt: row.createdAt })
              .where(and(eq(followUps.id, completes.id), eq(followUps.status, 'open'), guard.holds)),
          ]
        : []),
      ...storeResponse(ctx, { request, status: 201, body, holds: guard.holds }),
    ]);
    if (inserted.length === 0) {
      // The follow-up picked was closed in between: by this caller's own repeat, or by another record.
      const replay = request ? replayOf<CheckInView>(request, await storedResponseQuery(ctx, request)) : null;
      if (replay) return replay;
      // A host report completes nothing, so only its count can have changed in between.
      if (isHostReport) throw tooManyReports();
      throw problem('conflict', { detail: '同じつなぎに同時に別の記録がつけられました。もう一度送ってください' });
    }
    return { body, replayed: false };
  });
}

/** How many host reports the placement has had since `since` (a Tokyo timestamp): one row, `n`. */
function hostReportsSinceQuery(ctx: Ctx, placementId: string, since: string) {
  return ctx.db
    .select({ n: count() })
    .from(checkIns)
    .where(and(eq(checkIns.placementId, placementId), eq(checkIns.channel, 'host_report'), gte(checkIns.createdAt, since)));
}

function tooManyReports() {
  return problem('rate_limited', {
    detail: `受け入れ先からの報告は、1つのつなぎにつき1日${HOST_REPORTS_PER_PLACEMENT_PER_DAY}件までです。明日また送ってください`,
  });
}

/**
 * A placement's check-ins, oldest first. A host sees only the reports its own people sent
 * (channel host_report): what supporters wrote after a visit or call is not for the host.
 */
export async function listCheckIns(ctx: Ctx, placementId: string, query: PageRequest): Promise<Page<CheckInView>> {
  assertCan(ctx.actor, 'checkIn.read');
  const position = keysetPosition(query.cursor);
  const host = ownHostScopeOrThrow(ctx.actor);
  const [records, rows] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, placementId)),
    ctx.db
      .select({
        checkIn: checkIns,
        completed: { id: aliased(followUps.id, 'completed_follow_up_id'), dueDate: followUps.dueDate, label: followUps.label },
      })
      .from(checkIns)
      .leftJoin(followUps, eq(followUps.checkInId, checkIns.id))
      .where(
        and(
          eq(checkIns.placementId, placementId),
          host === null
            ? undefined
            : and(
                eq(checkIns.channel, 'host_report'),
                inArray(checkIns.createdBy, ctx.db.select({ id: users.id }).from(users).where(eq(users.hostId, host))),
              ),
          keysetWhere({ key: checkIns.date, id: checkIns.id }, position, 'asc'),
        ),
      )
      .orderBy(asc(checkIns.date), asc(checkIns.id))
      .limit(query.limit + 1),
  ]);
  visiblePlacement(ctx.actor, records[0]);
  const page = keysetPage(rows, query.limit, (r) => ({ key: r.checkIn.date, id: r.checkIn.id }));
  return { items: page.items.map((r) => checkInView(ctx, r.checkIn, r.completed)), nextCursor: page.nextCursor };
}
