/**
 * Follow-up check-ins (フォローアップ記録). A check-in completes the earliest open follow-up due on
 * or before its date plus the grace days (`pickFollowUpToComplete`). Check-ins may be recorded once
 * the placement has started, and after it ended too (a late visit note is normal), when its
 * follow-ups are already cancelled and none is completed.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { assertCan, assertMayRecordCheckIn, ownHostScope, seesHostViewOnly } from '../auth/policy';
import type { Ctx } from '../context';
import { checkIns, followUps, placements, users } from '../db/schema';
import type { Concern } from '../domain/follow-up/check-in';
import { pickFollowUpToComplete } from '../domain/follow-up/completion';
import { PLACEMENT_STATUS_LABELS, type PlacementStatus } from '../domain/placement/statuses';
import { insertWhere } from '../db/insert-where';
import { aliased } from '../db/aliased';
import { isoTokyo } from '../lib/clock';
import { newId } from '../lib/ids';
import type { Page } from '../lib/pagination';
import { problem } from '../lib/problem';
import type { CheckInInput } from '../routes/placements/check-ins.schemas';
import { guardedAudit } from './audit';
import { idempotentRequest, replayOf, storedResponseQuery, storeResponse, writeOnce, type Outcome } from './idempotency';
import { keysetPage, keysetPosition, keysetWhere } from './keyset-cursor';
import { placementRecordsQuery } from './placement-records';
import { visiblePlacement } from './placement-scope';
import { assertRecordedTime } from './recorded-time';

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
    // Validated against CONCERNS on the way in.
    concerns: row.concerns as Concern[],
    nextActions: row.nextActions,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    // Follow-ups are the coordinators' work list; hosts do not see them.
    ...(seesHostViewOnly(ctx.actor) ? {} : { completedFollowUp: completed }),
  };
}

export type CheckInView = ReturnType<typeof checkInView>;

export async function createCheckIn(
  ctx: Ctx, placementId: string, input: z.infer<typeof CheckInInput>, idempotencyKey?: string,
): Promise<Outcome<CheckInView>> {
  assertCan(ctx.actor, 'checkIn.create');
  const request = await idempotentRequest(idempotencyKey, `POST /v1/placements/${placementId}/check-ins`, input);
  const [records, open, stored] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, placementId)),
    ctx.db.select().from(followUps).where(and(eq(followUps.placementId, placementId), eq(followUps.status, 'open'))),
    storedResponseQuery(ctx, request),
  ]);
  const record = visiblePlacement(ctx.actor, records[0]);
  const replay = replayOf<CheckInView>(request, stored);
  if (replay) return replay;
  assertMayRecordCheckIn(ctx.actor, input.channel);
  if (!RECORDABLE.includes(record.placement.status)) {
    throw problem('conflict', {
      detail: `「${PLACEMENT_STATUS_LABELS[record.placement.status]}」のつなぎには記録できません。お試し参加か参加が始まってから記録してください`,
    });
  }
  const now = ctx.now();
  assertRecordedTime('date', input.date, now);

  const completes = pickFollowUpToComplete(open, input.date);
  const row: CheckInRow = {
    id: newId('chk', now), placementId, date: input.date, channel: input.channel,
    attendance: input.attendance ?? null, wellbeing: input.wellbeing ?? null,
    participantVoice: input.participantVoice ?? null, hostVoice: input.hostVoice ?? null,
    concerns: input.concerns ?? [], nextActions: input.nextActions ?? null,
    createdBy: ctx.actor.id, createdAt: isoTokyo(now),
  };
  const body = checkInView(ctx, row, completes && { id: completes.id, dueDate: completes.dueDate, label: completes.label });
  // A started placement never goes back to a status without check-ins, so only the follow-up picked
  // needs checking again: it must still be open, or the answer would claim a completion that did not happen.
  const guard = guardedAudit(ctx, { action: 'checkIn.create', entity: 'placement', entityId: placementId }, completes
    ? sql`exists (select 1 from ${followUps} where ${followUps.id} = ${completes.id} and ${followUps.status} = 'open')`
    : sql`1`);

  return writeOnce(ctx, request, async () => {
    const [, inserted] = await ctx.db.batch([
      guard.statement,
      insertWhere(ctx.db, checkIns, row, guard.holds).returning({ id: checkIns.id }),
      ...(completes
        ? [ctx.db.update(followUps).set({ status: 'completed', checkInId: row.id, closedAt: row.createdAt })
          .where(and(eq(followUps.id, completes.id), eq(followUps.status, 'open'), guard.holds))]
        : []),
      ...(request ? storeResponse(ctx, request, 201, body, guard.holds) : []),
    ]);
    if (inserted.length === 0) {
      // The follow-up picked was closed in between: by this caller's own repeat, or by another record.
      const replay = request ? replayOf<CheckInView>(request, await storedResponseQuery(ctx, request)) : null;
      if (replay) return replay;
      throw problem('conflict', { detail: '同じつなぎに同時に別の記録がつけられました。もう一度送ってください' });
    }
    return { body, replayed: false };
  });
}

/**
 * A placement's check-ins, oldest first. A host sees only the reports its own people sent
 * (channel host_report): what supporters wrote after a visit or call is not for the host.
 */
export async function listCheckIns(
  ctx: Ctx, placementId: string, query: { limit: number; cursor?: string | undefined },
): Promise<Page<CheckInView>> {
  assertCan(ctx.actor, 'checkIn.read');
  const position = keysetPosition(query.cursor);
  const host = ownHostScope(ctx.actor);
  const [records, rows] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, placementId)),
    ctx.db
      .select({ checkIn: checkIns, completed: { id: aliased(followUps.id, 'completed_follow_up_id'), dueDate: followUps.dueDate, label: followUps.label } })
      .from(checkIns)
      .leftJoin(followUps, eq(followUps.checkInId, checkIns.id))
      .where(and(
        eq(checkIns.placementId, placementId),
        host === null ? undefined : and(
          eq(checkIns.channel, 'host_report'),
          inArray(checkIns.createdBy, ctx.db.select({ id: users.id }).from(users).where(eq(users.hostId, host))),
        ),
        keysetWhere(checkIns.date, checkIns.id, position, 'asc'),
      ))
      .orderBy(asc(checkIns.date), asc(checkIns.id))
      .limit(query.limit + 1),
  ]);
  visiblePlacement(ctx.actor, records[0]);
  const page = keysetPage(rows, query.limit, (r) => ({ key: r.checkIn.date, id: r.checkIn.id }));
  return { items: page.items.map((r) => checkInView(ctx, r.checkIn, r.completed)), nextCursor: page.nextCursor };
}
