/**
 * Moving a placement along its life (`POST /v1/placements/{id}/transitions`). The domain plans the move
 * (`planTransition`); this applies it in one guarded batch: the transition row, the seat taken or
 * given back, follow-ups scheduled or cancelled, the catalog version and the audit row — all of
 * them, or none when anything changed since the read.
 */
import { and, count, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { assertCan, assertMayMovePlacementTo, seesHostViewOnly } from '../../auth/policy';
import type { Ctx } from '../../context';
import { checkIns, followUps, opportunities, participants, placements } from '../../db/schema';
import { tokyoDate } from '../../domain/dates';
import { scheduleFollowUps } from '../../domain/follow-up/schedule';
import { isFinal, type PlacementStatus } from '../../domain/placement/statuses';
import { planTransition, type TransitionPlan } from '../../domain/placement/transitions';
import { isoTokyo } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { problem, type Problem } from '../../lib/problem';
import { guardedAudit } from '../audit/rows';
import {
  idempotentRequest,
  replayOf,
  storedResponseQuery,
  storeResponse,
  writeOnce,
  type IdempotentRequest,
  type Outcome,
} from '../idempotency';
import {
  checkInSignalsQuery,
  followUpsQuery,
  historyQuery,
  placementRecordsQuery,
  type FollowUpRow,
  type PlacementRecord,
  type PlacementRow,
  type TransitionRow,
} from './records';
import { visiblePlacement } from './scope';
import { assertNotErased } from '../participants/erasable';
import { bumpCatalogVersion } from '../catalog';
import { insertFollowUps, insertTransition } from './statements';
import { participantForHost, placementDetailView, type PlacementDetailView } from './views';
import { assertRecordedTime } from '../recorded-time';

/** A move as asked: `at` defaults to now; `reason` is required to end or decline, and only then. */
export type TransitionRequest = { to: PlacementStatus; at?: string; reason?: string | null; note?: string | null };

type Plan = Extract<TransitionPlan, { ok: true }>;

/** A move as read and planned: what the write depends on, and what a refusal is explained against. */
type Move = { before: PlacementRecord; plan: Plan; input: TransitionRequest; checkInCount: number };

export async function transitionPlacement(
  ctx: Ctx,
  id: string,
  input: TransitionRequest,
  idempotencyKey?: string,
): Promise<Outcome<PlacementDetailView>> {
  assertCan(ctx.actor, 'placement.transition');
  const request = await idempotentRequest(idempotencyKey, `POST /v1/placements/${id}/transitions`, input);
  const [records, history, followUpRows, signals, stored] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, id)),
    historyQuery(ctx.db, id),
    followUpsQuery(ctx.db, id),
    checkInSignalsQuery(ctx.db, id),
    storedResponseQuery(ctx, request),
  ]);
  // Scope first, even for a repeat: a caller who has lost sight of the placement gets no replay.
  const record = visiblePlacement(ctx.actor, records[0]);
  const replay = replayOf<PlacementDetailView>(request, stored);
  if (replay) return withCurrentConsent(ctx, replay, record);
  assertNotErased(record.participant);
  // Answering a proposal already answered is refused below as an invalid transition, the same
  // answer anyone gets.
  assertMayMovePlacementTo(ctx.actor, input.to);
  const plan = planOrThrow(record.placement.status, input);
  const blocker = transitionBlocker(record, plan);
  if (blocker) throw blocker;

  const now = ctx.now();
  const when = input.at ? new Date(input.at) : now;
  assertRecordedTime('at', when, now);
  const move: Move = { before: record, plan, input, checkInCount: signals.length };
  const change = plannedChange(ctx, move, { now, when, followUpRows });
  const body = placementDetailView(
    ctx.actor,
    { ...record, placement: change.next },
    {
      history: [...history, change.transition],
      followUps: change.followUps,
      checkIns: signals,
    },
  );

  const guard = guardedAudit(ctx, { action: `placement.transition.${plan.to}`, entity: 'placement', entityId: id }, precondition(move));
  const effects = effectStatements(ctx, change, guard.holds);
  effects.push(...storeResponse(ctx, { request, status: 200, body, holds: guard.holds }));
  const { next } = change;
  return writeOnce(ctx, request, async () => {
    const [, updated] = await ctx.db.batch([
      guard.statement,
      ctx.db
        .update(placements)
        .set({
          status: next.status,
          version: sql`${placements.version} + 1`,
          updatedAt: next.updatedAt,
          startedOn: next.startedOn,
          endedOn: next.endedOn,
          closeReason: next.closeReason,
        })
        .where(and(eq(placements.id, id), guard.holds))
        .returning({ id: placements.id }),
      ...effects,
    ]);
    if (updated.length === 0) return afterRefusal(ctx, request, move);
    return { body, replayed: false };
  });
}

type Change = {
  next: PlacementRow;
  transition: TransitionRow;
  scheduled: FollowUpRow[];
  followUps: FollowUpRow[];
  effects: Plan['effects'];
};

/** The placement, its new history entry and its follow-ups as they will be once the move is written. */
function plannedChange(
  ctx: Ctx,
  { before, plan, input }: Move,
  { now, when, followUpRows }: { now: Date; when: Date; followUpRows: FollowUpRow[] },
): Change {
  const nowIso = isoTokyo(now);
  const date = tokyoDate(when);
  const current = before.placement;
  const ends = isFinal(plan.to);
  const next: PlacementRow = {
    ...current,
    status: plan.to,
    version: current.version + 1,
    updatedAt: nowIso,
    startedOn: plan.effects.startsFollowUps ? (current.startedOn ?? date) : current.startedOn,
    endedOn: ends ? date : current.endedOn,
    closeReason: ends ? plan.reason : current.closeReason,
  };
  const transition: TransitionRow = {
    id: newId('ptr', now),
    placementId: current.id,
    from: current.status,
    to: plan.to,
    at: isoTokyo(when),
    by: ctx.actor.id,
    reason: plan.reason,
    note: input.note ?? null,
  };
  // Follow-ups are scheduled once per placement, counted from the day it started.
  const scheduled: FollowUpRow[] =
    plan.effects.startsFollowUps && followUpRows.length === 0 && next.startedOn
      ? scheduleFollowUps(next.startedOn).map((f) => ({
          id: newId('fup', now),
          placementId: current.id,
          ...f,
          status: 'open',
          checkInId: null,
          closedAt: null,
        }))
      : [];
  const followUps = [
    ...followUpRows.map((f) =>
      plan.effects.cancelsFollowUps && f.status === 'open' ? { ...f, status: 'cancelled' as const, closedAt: nowIso } : f,
    ),
    ...scheduled,
  ];
  return { next, transition, scheduled, followUps, effects: plan.effects };
}

/** Everything the move sets in motion besides the placement row itself, each guarded by `holds`. */
function effectStatements(ctx: Ctx, change: Change, holds: SQL): BatchItem<'sqlite'>[] {
  const { opportunityId, id } = change.next;
  const { effects } = change;
  const statements: BatchItem<'sqlite'>[] = [insertTransition(ctx, change.transition, holds)];
  if (effects.takesSeat) {
    statements.push(
      ctx.db
        .update(opportunities)
        .set({ filled: sql`${opportunities.filled} + 1` })
        .where(and(eq(opportunities.id, opportunityId), lt(opportunities.filled, opportunities.capacity), holds)),
    );
  }
  if (effects.releasesSeat) {
    statements.push(
      ctx.db
        .update(opportunities)
        .set({ filled: sql`${opportunities.filled} - 1` })
        .where(and(eq(opportunities.id, opportunityId), gt(opportunities.filled, 0), holds)),
    );
  }
  statements.push(...insertFollowUps(ctx, change.scheduled, holds));
  if (effects.cancelsFollowUps) {
    statements.push(
      ctx.db
        .update(followUps)
        .set({ status: 'cancelled', closedAt: change.next.updatedAt })
        .where(and(eq(followUps.placementId, id), eq(followUps.status, 'open'), holds)),
    );
  }
  // Matching sees the seats, and the host's retention record sees when placements start (ending
  // always gives a seat back, so it is covered too).
  if (effects.takesSeat || effects.releasesSeat || effects.startsFollowUps) statements.push(bumpCatalogVersion(ctx.db, holds, 'seats'));
  return statements;
}

/** Reasons are part of the request, so a missing or unknown one is a 400 on `reason`. */
function planOrThrow(from: PlacementStatus, input: TransitionRequest): Plan {
  const plan = planTransition(from, { to: input.to, reason: input.reason ?? null });
  if (plan.ok) return plan;
  if (plan.code === 'invalid_transition') throw problem('invalid_transition', { detail: plan.message });
  throw problem('validation', { detail: plan.message, errors: [{ path: 'reason', message: plan.message }] });
}

/** Moving forward needs the person's consent; entering `accepted` needs an open opportunity with a free seat. */
function transitionBlocker(record: PlacementRecord, plan: Plan): Problem | null {
  if (needsConsent(plan.to) && record.participant.consentStatus !== 'given') {
    return problem('consent_required', {
      detail: '本人の同意が記録されていないため、つなぎを先に進められません。終了・取りやめ・見送りはできます',
    });
  }
  if (!plan.effects.takesSeat) return null;
  if (record.opportunity.status !== 'open')
    return problem('not_open', { detail: 'この受け入れメニューはいま募集していないため、受け入れを決められません' });
  if (record.opportunity.filled >= record.opportunity.capacity) {
    return problem('no_seats', {
      detail: 'この受け入れメニューには空きがありません。ほかのつなぎが終わるか、定員が増えるまでお待ちください',
    });
  }
  return null;
}

function needsConsent(to: PlacementStatus): boolean {
  return !isFinal(to);
}

/**
 * Everything the read saw and the move depends on, checked again inside the write: the placement
 * is unchanged (version and status), no check-in arrived in between (the response shows its
 * follow-ups and warning signs), and the conditions of `transitionBlocker` still hold.
 */
function precondition({ before, plan, checkInCount }: Move): SQL {
  const p = before.placement;
  const conditions: SQL[] = [
    sql`exists (select 1 from ${placements} where ${placements.id} = ${p.id} and ${placements.version} = ${p.version} and ${placements.status} = ${p.status})`,
    sql`(select count(*) from ${checkIns} where ${checkIns.placementId} = ${p.id}) = ${checkInCount}`,
    // An erasure at the same moment wins: nothing is written about a person once erased.
    sql`exists (select 1 from ${participants} where ${participants.id} = ${p.participantId} and ${participants.erasedAt} is null)`,
  ];
  if (needsConsent(plan.to)) {
    conditions.push(
      sql`exists (select 1 from ${participants} where ${participants.id} = ${p.participantId} and ${participants.consentStatus} = 'given')`,
    );
  }
  if (plan.effects.takesSeat) {
    conditions.push(
      sql`exists (select 1 from ${opportunities} where ${opportunities.id} = ${p.opportunityId} and ${opportunities.status} = 'open' and ${opportunities.filled} < ${opportunities.capacity})`,
    );
  }
  return sql.join(conditions, sql` and `);
}

/**
 * One more read after a refused write: the winner's response when a concurrent request with the
 * same key got there first, otherwise the problem that actually stood in the way.
 */
async function afterRefusal(ctx: Ctx, request: IdempotentRequest | null, move: Move): Promise<Outcome<PlacementDetailView>> {
  const id = move.before.placement.id;
  const [records, counted, stored] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, id)),
    ctx.db.select({ n: count() }).from(checkIns).where(eq(checkIns.placementId, id)),
    storedResponseQuery(ctx, request),
  ]);
  const replay = replayOf<PlacementDetailView>(request, stored);
  if (replay) return replay;
  throw refusal(move, { record: records[0], checkInCount: counted[0]?.n });
}

/** What stood in the way of a move, judged against the placement as it is after the refused write. */
function refusal(
  { before, plan, input, checkInCount }: Move,
  latest: { record: PlacementRecord | undefined; checkInCount: number | undefined },
): Problem {
  const conflict = problem('conflict', { detail: 'ほかの人が同時にこのつなぎを更新しました。読み直してから、もう一度操作してください' });
  if (!latest.record) return conflict;
  if (latest.record.placement.version !== before.placement.version) {
    const again = planTransition(latest.record.placement.status, { to: input.to, reason: input.reason ?? null });
    return !again.ok && again.code === 'invalid_transition' ? problem('invalid_transition', { detail: again.message }) : conflict;
  }
  if (latest.checkInCount !== checkInCount) return conflict;
  return transitionBlocker(latest.record, plan) ?? conflict;
}

/**
 * A host's replay shows the person as consent allows now, not as it did at the first answer:
 * after a withdrawal the host sees only the code, however the request is repeated.
 */
function withCurrentConsent(ctx: Ctx, replay: Outcome<PlacementDetailView>, record: PlacementRecord): Outcome<PlacementDetailView> {
  if (!seesHostViewOnly(ctx.actor)) return replay;
  return { ...replay, body: { ...replay.body, participant: participantForHost(record.participant) } as PlacementDetailView };
}
