import { and, asc, eq, gt, notInArray, sql, type SQL } from 'drizzle-orm';
import { assertCan, assertMayFilterByParticipant, notFound, seesParticipant } from '../../auth/policy';
import { aliased } from '../../db/aliased';
import type { Ctx } from '../../context';
import { hosts, opportunities, participants, placements } from '../../db/schema';
import type { ConsentStatus, HostStatus, OpportunityStatus } from '../../domain/types';
import { isFinal, PLACEMENT_STATUSES, type PlacementStatus } from '../../domain/placement/statuses';
import { isoTokyo } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { afterIdCursor, pageAfter, type Page, type PageRequest } from '../../lib/pagination';
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
  type PlacementRecord,
  type PlacementRow,
  type TransitionRow,
} from './records';
import { assertNotErased } from '../participants/erasable';
import { placementScopeWhere, visiblePlacement } from './scope';
import { insertPlacement, insertTransition } from './statements';
import { placementDetailView, placementView, type PlacementDetailView, type PlacementView } from './views';

export type NewPlacement = { participantId: string; opportunityId: string; note?: string | null };

export type PlacementListRequest = PageRequest & {
  status?: PlacementStatus;
  participantId?: string;
  opportunityId?: string;
  hostId?: string;
};

const FINAL_STATUSES = PLACEMENT_STATUSES.filter(isFinal);

/** The live placement of the same person into the same opportunity, if any: a second one would be a duplicate. */
function livePlacementQuery(ctx: Ctx, participantId: string, opportunityId: string) {
  return ctx.db
    .select({ id: placements.id })
    .from(placements)
    .where(
      and(
        eq(placements.participantId, participantId),
        eq(placements.opportunityId, opportunityId),
        notInArray(placements.status, FINAL_STATUSES),
      ),
    )
    .limit(1);
}

/**
 * Why a proposal cannot be made now, or null. An opportunity is on offer only while it is open and
 * its host is active: the same rule matching uses, so nothing is proposed that matching would hide.
 */
type ProposalState = { consent: ConsentStatus; opportunityStatus: OpportunityStatus; hostStatus: HostStatus; liveId: string | undefined };

function proposalBlocker({ consent, opportunityStatus, hostStatus, liveId }: ProposalState): Problem | null {
  if (consent !== 'given') {
    return problem('consent_required', {
      detail: '本人の同意（受け入れ先への情報提供）が記録されていません。同意を得て記録してから提案してください',
    });
  }
  if (opportunityStatus !== 'open') return problem('not_open', { detail: 'この受け入れメニューはいま募集していません' });
  if (hostStatus !== 'active')
    return problem('not_open', { detail: 'この受け入れ先はいま受け入れを行っていません（準備中・休止中・終了）' });
  if (liveId)
    return problem('conflict', {
      detail: `この参加者とこの受け入れメニューのつなぎはすでに進行中です（${liveId}）。そちらを使ってください`,
    });
  return null;
}

/**
 * Proposes a placement (status `proposed`). The consent, the opportunity and the absence of a live
 * duplicate are checked on the read and again inside the write, so a consent withdrawn or an
 * opportunity closed in between cannot slip through.
 */
export async function createPlacement(ctx: Ctx, input: NewPlacement, idempotencyKey?: string): Promise<Outcome<PlacementDetailView>> {
  assertCan(ctx.actor, 'placement.create');
  const request = await idempotentRequest(idempotencyKey, 'POST /v1/placements', input);
  const [people, opportunityRows, live, stored] = await ctx.db.batch([
    ctx.db.select().from(participants).where(eq(participants.id, input.participantId)),
    ctx.db
      .select({
        id: opportunities.id,
        hostId: opportunities.hostId,
        title: opportunities.title,
        status: opportunities.status,
        filled: opportunities.filled,
        capacity: opportunities.capacity,
        hostName: hosts.name,
        hostStatus: aliased(hosts.status, 'host_status'),
      })
      .from(opportunities)
      .innerJoin(hosts, eq(hosts.id, opportunities.hostId))
      .where(eq(opportunities.id, input.opportunityId)),
    livePlacementQuery(ctx, input.participantId, input.opportunityId),
    storedResponseQuery(ctx, request),
  ]);
  const participant = people[0];
  if (!participant || !seesParticipant(ctx.actor, participant)) throw notFound('参加者');
  assertNotErased(participant);
  const opportunity = opportunityRows[0];
  if (!opportunity) throw notFound('受け入れメニュー');
  const replay = replayOf<PlacementDetailView>(request, stored);
  if (replay) return replay;
  const blocker = proposalBlocker({
    consent: participant.consentStatus,
    opportunityStatus: opportunity.status,
    hostStatus: opportunity.hostStatus,
    liveId: live[0]?.id,
  });
  if (blocker) throw blocker;

  const now = ctx.now();
  const at = isoTokyo(now);
  const row: PlacementRow = {
    id: newId('plc', now),
    participantId: participant.id,
    opportunityId: opportunity.id,
    hostId: opportunity.hostId,
    status: 'proposed',
    note: input.note ?? null,
    startedOn: null,
    endedOn: null,
    closeReason: null,
    createdBy: ctx.actor.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const first: TransitionRow = {
    id: newId('ptr', now),
    placementId: row.id,
    from: null,
    to: 'proposed',
    at,
    by: ctx.actor.id,
    reason: null,
    note: null,
  };
  const record: PlacementRecord = {
    placement: row,
    participant: {
      code: participant.code,
      displayName: participant.displayName,
      needs: participant.needs,
      limits: participant.limits,
      consentStatus: participant.consentStatus,
      assignedTo: participant.assignedTo,
      createdBy: participant.createdBy,
      erasedAt: participant.erasedAt,
    },
    opportunity: { title: opportunity.title, status: opportunity.status, filled: opportunity.filled, capacity: opportunity.capacity },
    hostName: opportunity.hostName,
  };
  const body = placementDetailView(ctx.actor, record, { history: [first], followUps: [], checkIns: [] });

  const guard = guardedAudit(
    ctx,
    { action: 'placement.create', entity: 'placement', entityId: row.id },
    sql`
    exists (select 1 from ${participants} where ${participants.id} = ${participant.id} and ${participants.consentStatus} = 'given' and ${participants.erasedAt} is null)
    and exists (select 1 from ${opportunities} where ${opportunities.id} = ${opportunity.id} and ${opportunities.status} = 'open')
    and exists (select 1 from ${hosts} where ${hosts.id} = ${opportunity.hostId} and ${hosts.status} = 'active')
    and not exists ${livePlacementQuery(ctx, participant.id, opportunity.id)}`,
  );
  return writeOnce(ctx, request, async () => {
    const [, inserted] = await ctx.db.batch([
      guard.statement,
      insertPlacement(ctx, row, guard.holds),
      insertTransition(ctx, first, guard.holds),
      ...storeResponse(ctx, { request, status: 201, body, holds: guard.holds }),
    ]);
    if (inserted.length === 0) return afterRefusal(ctx, request, input);
    return { body, replayed: false };
  });
}

/**
 * One more read after a refused proposal: the winner's response when a concurrent request with the
 * same key got there first, otherwise the problem saying which condition changed in the meantime.
 */
async function afterRefusal(
  ctx: Ctx,
  request: IdempotentRequest | null,
  { participantId, opportunityId }: NewPlacement,
): Promise<Outcome<PlacementDetailView>> {
  const [people, opportunityRows, live, stored] = await ctx.db.batch([
    ctx.db.select({ consent: participants.consentStatus }).from(participants).where(eq(participants.id, participantId)),
    ctx.db
      .select({ status: opportunities.status, hostStatus: aliased(hosts.status, 'host_status') })
      .from(opportunities)
      .innerJoin(hosts, eq(hosts.id, opportunities.hostId))
      .where(eq(opportunities.id, opportunityId)),
    livePlacementQuery(ctx, participantId, opportunityId),
    storedResponseQuery(ctx, request),
  ]);
  const replay = replayOf<PlacementDetailView>(request, stored);
  if (replay) return replay;
  throw (
    proposalBlocker({
      consent: people[0]?.consent ?? 'none',
      opportunityStatus: opportunityRows[0]?.status ?? 'closed',
      hostStatus: opportunityRows[0]?.hostStatus ?? 'ended',
      liveId: live[0]?.id,
    }) ?? problem('conflict', { detail: 'ほかの変更と重なりました。もう一度お試しください' })
  );
}

/** One placement with its history (and, for staff, its follow-ups and warning signs). */
export async function getPlacement(ctx: Ctx, id: string): Promise<PlacementDetailView> {
  assertCan(ctx.actor, 'placement.read');
  const [records, history, followUpRows, signals] = await ctx.db.batch([
    placementRecordsQuery(ctx.db).where(eq(placements.id, id)),
    historyQuery(ctx.db, id),
    followUpsQuery(ctx.db, id),
    checkInSignalsQuery(ctx.db, id),
  ]);
  const record = visiblePlacement(ctx.actor, records[0]);
  return placementDetailView(ctx.actor, record, { history, followUps: followUpRows, checkIns: signals });
}

export async function listPlacements(ctx: Ctx, query: PlacementListRequest): Promise<Page<PlacementView>> {
  assertCan(ctx.actor, 'placement.read');
  // The host view never names the participant; a filter by participant would let a host link ids to codes.
  if (query.participantId) assertMayFilterByParticipant(ctx.actor);
  const after = afterIdCursor(query.cursor);
  const where: (SQL | undefined)[] = [
    placementScopeWhere(ctx.actor),
    query.status ? eq(placements.status, query.status) : undefined,
    query.participantId ? eq(placements.participantId, query.participantId) : undefined,
    query.opportunityId ? eq(placements.opportunityId, query.opportunityId) : undefined,
    query.hostId ? eq(placements.hostId, query.hostId) : undefined,
    after ? gt(placements.id, after) : undefined,
  ];
  const rows = await placementRecordsQuery(ctx.db)
    .where(and(...where))
    .orderBy(asc(placements.id))
    .limit(query.limit + 1);
  return pageAfter(
    rows.map((record) => placementView(ctx.actor, record)),
    query.limit,
  );
}
