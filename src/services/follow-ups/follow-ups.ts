/**
 * The follow-up work list (定着支援): open follow-ups, earliest first, each with where it stands
 * today and the warning signs of its placement — what a coordinator acts on this week.
 */
import { and, asc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { FOLLOW_UP_DEFAULT_HORIZON_DAYS, FOLLOW_UP_DUE_WINDOW_DAYS } from '../../config';
import { checkIns, followUps, hosts, opportunities, participants, placements } from '../../db/schema';
import { addDays, tokyoDate } from '../../domain/dates';
import { followUpState, type FollowUpState } from '../../domain/follow-up/state';
import { WARNING_SIGN_WINDOW, type WarningSign } from '../../domain/follow-up/warning-signs';
import type { Db } from '../../db/db';
import { keysetPage, keysetPosition, keysetWhere, type Page, type PageRequest } from '../../lib/pagination';
import { checkInSignalColumns, type CheckInSignalRow } from '../placements/records';
import { placementScopeWhere } from '../placements/scope';
import { placementWarnings } from '../placements/views';

/** `until` (YYYY-MM-DD) is how far ahead to look; overdue follow-ups are always included. */
export type FollowUpListRequest = PageRequest & { state?: FollowUpState; until?: string };

export type FollowUpItem = {
  id: string;
  placementId: string;
  participantCode: string;
  opportunityTitle: string;
  hostName: string;
  dueDate: string;
  label: string;
  state: FollowUpState;
  warnings: WarningSign[];
};

/** The same due-date windows as the domain's `followUpState`, in SQL so that paging is exact. */
function stateWhere(state: FollowUpState | undefined, today: string, until: string): SQL | undefined {
  const dueEnd = addDays(today, FOLLOW_UP_DUE_WINDOW_DAYS);
  switch (state) {
    case 'overdue':
      return lt(followUps.dueDate, today);
    case 'due':
      return and(gte(followUps.dueDate, today), lte(followUps.dueDate, dueEnd < until ? dueEnd : until));
    case 'upcoming':
      return and(gt(followUps.dueDate, dueEnd), lte(followUps.dueDate, until));
    case undefined:
      return or(lt(followUps.dueDate, today), lte(followUps.dueDate, until));
  }
}

export async function listFollowUps(ctx: Ctx, query: FollowUpListRequest): Promise<Page<FollowUpItem>> {
  assertCan(ctx.actor, 'followUp.list');
  const today = tokyoDate(ctx.now());
  const until = query.until ?? addDays(today, FOLLOW_UP_DEFAULT_HORIZON_DAYS);
  const where = and(
    eq(followUps.status, 'open'),
    stateWhere(query.state, today, until),
    placementScopeWhere(ctx.actor),
    keysetWhere({ key: followUps.dueDate, id: followUps.id }, keysetPosition(query.cursor), 'asc'),
  );
  const pageQuery = ctx.db
    .select({
      id: followUps.id,
      placementId: followUps.placementId,
      participantCode: participants.code,
      opportunityTitle: opportunities.title,
      hostName: hosts.name,
      dueDate: followUps.dueDate,
      label: followUps.label,
    })
    .from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .innerJoin(opportunities, eq(opportunities.id, placements.opportunityId))
    .innerJoin(hosts, eq(hosts.id, placements.hostId))
    .where(where)
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(query.limit + 1);
  const onPage = pageQuery.as('on_page');
  const [rows, signals] = await ctx.db.batch([
    pageQuery,
    // The check-ins of exactly the placements on this page, in the same round trip.
    latestSignalsQuery(ctx.db, ctx.db.select({ placementId: onPage.placementId }).from(onPage)),
  ]);

  const byPlacement = new Map<string, CheckInSignalRow[]>();
  for (const signal of signals) {
    const list = byPlacement.get(signal.placementId);
    if (list) list.push(signal);
    else byPlacement.set(signal.placementId, [signal]);
  }
  const pageOfRows = keysetPage(rows, query.limit, (r) => ({ key: r.dueDate, id: r.id }));
  return {
    items: pageOfRows.items.flatMap((r) => {
      const state = followUpState(r.dueDate, today, until);
      return state ? [{ ...r, state, warnings: placementWarnings(byPlacement.get(r.placementId) ?? []) }] : [];
    }),
    nextCursor: pageOfRows.nextCursor,
  };
}

/**
 * Of each placement's check-ins, only those the warning signs read (WARNING_SIGN_WINDOW), oldest
 * first: a placement with thousands of reports costs the list no more than one with a few.
 */
function latestSignalsQuery(db: Db, placementIds: SQLWrapper) {
  const newestFirst = sql`order by ${checkIns.date} desc, ${checkIns.id} desc`;
  const hasAttendance = sql`coalesce(json_extract(${checkIns.attendance}, '$.planned') > 0, 0)`;
  const hasWellbeing = sql`(${checkIns.wellbeing} is not null)`;
  const ranked = db
    .select({
      ...checkInSignalColumns,
      id: checkIns.id,
      hasAttendance: sql<number>`${hasAttendance}`.as('has_attendance'),
      hasWellbeing: sql<number>`${hasWellbeing}`.as('has_wellbeing'),
      latestRank: sql<number>`row_number() over (partition by ${checkIns.placementId} ${newestFirst})`.as('latest_rank'),
      attendanceRank: sql<number>`row_number() over (partition by ${checkIns.placementId}, ${hasAttendance} ${newestFirst})`.as(
        'attendance_rank',
      ),
      wellbeingRank: sql<number>`row_number() over (partition by ${checkIns.placementId}, ${hasWellbeing} ${newestFirst})`.as(
        'wellbeing_rank',
      ),
    })
    .from(checkIns)
    .where(inArray(checkIns.placementId, placementIds))
    .as('ranked');
  return db
    .select({
      placementId: ranked.placementId,
      date: ranked.date,
      attendance: ranked.attendance,
      wellbeing: ranked.wellbeing,
      concerns: ranked.concerns,
    })
    .from(ranked)
    .where(
      or(
        lte(ranked.latestRank, WARNING_SIGN_WINDOW.latest),
        and(eq(ranked.hasAttendance, 1), lte(ranked.attendanceRank, WARNING_SIGN_WINDOW.attendance)),
        and(eq(ranked.hasWellbeing, 1), lte(ranked.wellbeingRank, WARNING_SIGN_WINDOW.wellbeing)),
      ),
    )
    .orderBy(asc(ranked.date), asc(ranked.id));
}
