/**
 * The summary report for the city (代表者会議): counts over a period, aggregated in the database in
 * one round trip (one batch of aggregate selects), so the cost does not grow with the number of
 * records returned — there are none, only counts. The definition of every number is in the README
 * ("Report definitions"); the comments here say how the SQL implements it.
 */
import { and, count, eq, gt, gte, inArray, is, isNull, lt, lte, ne, or, SQL, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { assertCan } from '../../auth/policy';
import { AREAS, RETENTION_CHECKPOINT_DAYS } from '../../config';
import type { Ctx } from '../../context';
import type { Db } from '../../db/db';
import { checkIns, followUps, hostSupportRecords, hosts, opportunities, participants, placements } from '../../db/schema';
import { addDays, tokyoDate } from '../../domain/dates';
import { HOST_SUPPORT_TYPES, type HostSupportType } from '../../domain/host-support/types';
import { retentionAt, retentionKey, type RetentionKey } from '../../domain/placement/retention';
import { DECLINE_REASONS, END_REASONS, type DeclineReason, type EndReason } from '../../domain/placement/statuses';
import { countedThrough, reportPeriod, type Period } from '../../domain/report/period';
import { rate } from '../../domain/report/rate';
import {
  HOST_STATUSES,
  HOST_TYPES,
  OPPORTUNITY_KINDS,
  STEPS,
  type HostStatus,
  type HostType,
  type OpportunityKind,
  type Step,
} from '../../domain/types';
import { staleBefore, staleCondition } from '../opportunities/rows';

export type Area = (typeof AREAS)[number];
export type RetentionFigure = { eligible: number; retained: number; rate: number | null };

export type ReportSummary = {
  period: Period;
  /** Today (Asia/Tokyo): the day the "now" figures describe. */
  asOf: string;
  participants: {
    total: number;
    byStep: Record<`${Step}`, number>;
    withConsent: number;
    newlyRegistered: number;
    byReferral: Record<string, number>;
  };
  placements: {
    proposed: number;
    started: number;
    active: number;
    endedByReason: Record<EndReason, number>;
    declinedByReason: Record<DeclineReason, number>;
    byKind: Record<OpportunityKind, number>;
    stepMovesUp: number;
  };
  /** One figure per retention checkpoint of the city (`day30`, `day90`, `day180` for Nagareyama), in their order. */
  retention: Record<RetentionKey, RetentionFigure>;
  followUps: { dueInPeriod: number; completedOnTime: number; late: number; notCompleted: number; overdue: number };
  hosts: { active: number; new: number; byType: Record<HostType, number>; byStatus: Record<HostStatus, number> };
  opportunities: {
    openByKind: Record<OpportunityKind, number>;
    openByArea: Record<Area, number>;
    seatsTotal: number;
    seatsFilled: number;
    stale: number;
  };
  hostSupport: { byType: Record<HostSupportType, number> };
};

/** The key under which participants with no recorded referral source are counted. */
export const UNKNOWN_REFERRAL = '未記入';

/**
 * The end reasons that count as retained however early the placement ended, asked of the domain's
 * `retentionAt` itself (an end on the start day, long before the checkpoint) so that the SQL
 * below cannot drift from the one definition of retention.
 */
const RETAINING_END_REASONS = END_REASONS.filter(
  (endReason) => retentionAt({ startDate: '2000-01-01', status: 'ended', endDate: '2000-01-01', endReason }, 30, '2000-12-31').retained,
);

export async function reportSummary(ctx: Ctx, query: { from?: string | undefined; to?: string | undefined }): Promise<ReportSummary> {
  assertCan(ctx.actor, 'report.read');
  const now = ctx.now();
  const today = tokyoDate(now);
  const period = reportPeriod(query, today);
  const through = countedThrough(period, today);
  const window: ReportWindow = { period, through, today, now };
  const { db } = ctx;

  const [people, referrals, placementCounts, retained, movedUp, followUpCounts, hostCounts, opportunityCounts, support] = await db.batch([
    participantCountsQuery(db, window),
    referralsQuery(db, window),
    placementCountsQuery(db, window),
    retentionCountsQuery(db, window),
    stepMovesUpQuery(db, window),
    followUpCountsQuery(db, window),
    hostCountsQuery(db, window),
    opportunityCountsQuery(db, window),
    hostSupportCountsQuery(db, window),
  ]);
  const p = placementCounts[0]!;
  return {
    period,
    asOf: today,
    participants: { ...people[0]!, byReferral: referralCounts(referrals) },
    placements: {
      proposed: p.proposed,
      started: p.started,
      active: p.active,
      endedByReason: p.endedByReason,
      declinedByReason: p.declinedByReason,
      byKind: p.byKind,
      stepMovesUp: movedUp[0]?.count ?? 0,
    },
    retention: Object.fromEntries(
      RETENTION_CHECKPOINT_DAYS.map((day) => [retentionKey(day), retentionFigure(retained[0]![retentionKey(day)]!)]),
    ),
    followUps: followUpCounts[0]!,
    hosts: hostCounts[0]!,
    opportunities: opportunityCounts[0]!,
    hostSupport: support[0]!,
  };
}

/** The days a report counts: its period, the last day counted so far, and today. */
type ReportWindow = { period: Period; through: string; today: string; now: Date };

function inPeriod({ period }: ReportWindow, date: SQLWrapper): SQL {
  return sql`${date} between ${period.from} and ${period.to}`;
}

function startedInPeriod(window: ReportWindow): SQL {
  return inPeriod(window, placements.startedOn);
}

function participantCountsQuery(db: Db, window: ReportWindow) {
  const registeredBy = lte(dayOf(participants.createdAt), window.period.to);
  return db
    .select(
      named('participants', {
        total: countIf(registeredBy),
        byStep: countsBy(STEPS, (step) => and(registeredBy, eq(participants.step, step))!),
        withConsent: countIf(and(registeredBy, eq(participants.consentStatus, 'given'))!),
        newlyRegistered: countIf(inPeriod(window, dayOf(participants.createdAt))),
      }),
    )
    .from(participants);
}

function referralsQuery(db: Db, window: ReportWindow) {
  return db
    .select({ source: participants.referredBy, count: count() })
    .from(participants)
    .where(inPeriod(window, dayOf(participants.createdAt)))
    .groupBy(participants.referredBy);
}

function placementCountsQuery(db: Db, window: ReportWindow) {
  const started = startedInPeriod(window);
  const endedWithin = (status: 'ended' | 'declined') => and(eq(placements.status, status), inPeriod(window, placements.endedOn))!;
  return db
    .select(
      named('placements', {
        proposed: countIf(inPeriod(window, dayOf(placements.createdAt))),
        started: countIf(started),
        active: countIf(inArray(placements.status, ['trial', 'active'])),
        endedByReason: countsBy(END_REASONS, (reason) => and(endedWithin('ended'), eq(placements.closeReason, reason))!),
        declinedByReason: countsBy(DECLINE_REASONS, (reason) => and(endedWithin('declined'), eq(placements.closeReason, reason))!),
        byKind: countsBy(OPPORTUNITY_KINDS, (kind) => and(started, eq(opportunities.kind, kind))!),
      }),
    )
    .from(placements)
    .innerJoin(opportunities, eq(opportunities.id, placements.opportunityId));
}

/**
 * One pair of counts per checkpoint of the city. Eligible for day N once start + N ≤ through;
 * retained unless it ended badly before day N. A select of its own: its keys come from the
 * settings, and drizzle types a row only from a selection whose keys are known.
 */
function retentionCountsQuery(db: Db, window: ReportWindow) {
  const started = startedInPeriod(window);
  const eligible = (day: number) => and(started, lte(placements.startedOn, addDays(window.through, -day)))!;
  const retained = (day: number) =>
    or(
      ne(placements.status, 'ended'),
      inArray(placements.closeReason, RETAINING_END_REASONS),
      gte(placements.endedOn, sql`date(${placements.startedOn}, ${`+${day} days`})`),
    )!;
  const counts = Object.fromEntries(
    RETENTION_CHECKPOINT_DAYS.map((day) => [
      retentionKey(day),
      { eligible: countIf(eligible(day)), retained: countIf(and(eligible(day), retained(day))!) },
    ]),
  ) as Record<RetentionKey, { eligible: SQL<number>; retained: SQL<number> }>;
  return db.select(named('retention', counts)).from(placements);
}

/** Participants who started, in the period, a placement one or more steps above every placement they had started before. */
function stepMovesUpQuery(db: Db, window: ReportWindow) {
  const earlier = alias(placements, 'earlier');
  const earlierOpportunity = alias(opportunities, 'earlier_opportunity');
  const highestStepBefore = db
    .select({ step: sql`max(${earlierOpportunity.step})` })
    .from(earlier)
    .innerJoin(earlierOpportunity, eq(earlierOpportunity.id, earlier.opportunityId))
    .where(and(eq(earlier.participantId, placements.participantId), lt(earlier.startedOn, placements.startedOn)));
  return db
    .select({ count: sql<number>`count(distinct ${placements.participantId})`.mapWith(Number) })
    .from(placements)
    .innerJoin(opportunities, eq(opportunities.id, placements.opportunityId))
    .where(and(startedInPeriod(window), sql`${opportunities.step} > (${highestStepBefore})`));
}

function followUpCountsQuery(db: Db, { period, through, today }: ReportWindow) {
  // A follow-up was due when its placement had not ended before the due date (or it was done anyway).
  const due = and(
    sql`${followUps.dueDate} between ${period.from} and ${through}`,
    or(eq(followUps.status, 'completed'), isNull(placements.endedOn), gte(placements.endedOn, followUps.dueDate)),
  )!;
  const completed = and(due, eq(followUps.status, 'completed'))!;
  return db
    .select(
      named('followUps', {
        dueInPeriod: countIf(due),
        completedOnTime: countIf(and(completed, lte(checkIns.date, followUps.dueDate))!),
        late: countIf(and(completed, or(isNull(checkIns.date), gt(checkIns.date, followUps.dueDate)))!),
        notCompleted: countIf(and(due, ne(followUps.status, 'completed'))!),
        overdue: countIf(and(eq(followUps.status, 'open'), lt(followUps.dueDate, today))!),
      }),
    )
    .from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .leftJoin(checkIns, eq(checkIns.id, followUps.checkInId));
}

function hostCountsQuery(db: Db, window: ReportWindow) {
  const activeHost = eq(hosts.status, 'active');
  return db
    .select(
      named('hosts', {
        active: countIf(activeHost),
        new: countIf(inPeriod(window, dayOf(hosts.createdAt))),
        byType: countsBy(HOST_TYPES, (type) => and(activeHost, eq(hosts.type, type))!),
        byStatus: countsBy(HOST_STATUSES, (status) => eq(hosts.status, status)),
      }),
    )
    .from(hosts);
}

function opportunityCountsQuery(db: Db, { now }: ReportWindow) {
  const open = eq(opportunities.status, 'open');
  return db
    .select(
      named('opportunities', {
        openByKind: countsBy(OPPORTUNITY_KINDS, (kind) => and(open, eq(opportunities.kind, kind))!),
        openByArea: countsBy(AREAS, (area) => and(open, eq(opportunities.area, area))!),
        seatsTotal: sumIf(opportunities.capacity, open),
        seatsFilled: sumIf(opportunities.filled, open),
        stale: countIf(and(open, staleCondition(staleBefore(now)))!),
      }),
    )
    .from(opportunities);
}

function hostSupportCountsQuery(db: Db, window: ReportWindow) {
  const inSupportPeriod = inPeriod(window, hostSupportRecords.date);
  return db
    .select(
      named('hostSupport', {
        byType: countsBy(HOST_SUPPORT_TYPES, (type) => and(inSupportPeriod, eq(hostSupportRecords.type, type))!),
      }),
    )
    .from(hostSupportRecords);
}

/**
 * Gives every aggregate its own column name. Unnamed aggregates that differ only in bound values
 * would share one name, and drizzle's D1 driver reads batch rows keyed by name.
 */
function named<T extends Record<string, unknown>>(prefix: string, selection: T): T {
  return Object.fromEntries(
    Object.entries(selection).map(([key, value]) => [
      key,
      is(value, SQL)
        ? value.as(`${prefix}_${key}`)
        : value && typeof value === 'object'
          ? named(`${prefix}_${key}`, value as Record<string, unknown>)
          : value,
    ]),
  ) as T;
}

/** The Tokyo calendar date of a stored timestamp: they are all written as `YYYY-MM-DDThh:mm:ss.sss+09:00`. */
function dayOf(timestamp: SQLWrapper): SQL<string> {
  return sql<string>`substr(${timestamp}, 1, 10)`;
}

function countIf(condition: SQL): SQL<number> {
  return sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);
}

function sumIf(value: SQLWrapper, condition: SQL): SQL<number> {
  return sql<number>`coalesce(sum(case when ${condition} then ${value} else 0 end), 0)`.mapWith(Number);
}

/** One count per key, every key present (0 when nothing matched), in the order of `keys`. */
function countsBy<K extends string | number>(keys: readonly K[], condition: (key: K) => SQL): Record<`${K}`, SQL<number>> {
  return Object.fromEntries(keys.map((key) => [String(key), countIf(condition(key))])) as Record<`${K}`, SQL<number>>;
}

function retentionFigure(counts: { eligible: number; retained: number }): RetentionFigure {
  return { eligible: counts.eligible, retained: counts.retained, rate: rate(counts.retained, counts.eligible) };
}

/** Most frequent source first (then by name), participants without one under UNKNOWN_REFERRAL. */
function referralCounts(rows: readonly { source: string | null; count: number }[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const source = row.source ?? UNKNOWN_REFERRAL;
    counts.set(source, (counts.get(source) ?? 0) + row.count);
  }
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)));
}
