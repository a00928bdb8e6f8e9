import type { HostRetention, Profile } from '../types';
import { MIN_OVERLAP_MINUTES } from '../../config';
import {
  estimateTravel,
  isWithinReach,
  toTravelEnd,
  travelMinutesShown,
  travelModes,
  type TravelEnd,
  type TravelEstimate,
  type TravelModes,
} from '../geo/travel';
import { longestShared, overlapWindows, usableShared } from '../schedule/overlap';
import { toWeekRanges, type WeekRanges } from '../schedule/week-ranges';
import { matchTerm, prepareQuery, type PreparedQuery } from '../text/term-match';
import type { PreparedCatalog } from './catalog';
import { columnQuery, extraSupport, isUsual, mayFit, tripAt, type ColumnQuery } from './columns';
import { exclusionsFor, fitsApartFromTimeAndPlace, hasSeat, scheduleFits } from './constraints';
import {
  combineScore,
  explainScore,
  extraSupportPart,
  interestPart,
  retentionPart,
  schedulePart,
  stepPart,
  supportPart,
  travelPart,
  type InterestHit,
  type ScoreParts,
} from './score';
import { topK } from './top-k';
import type { ExcludedItem, MatchItem } from './types';
import { matchWarnings } from './warnings';

export { prepareCatalog, type PreparedCatalog } from './catalog';

export type MatchOptions = {
  /** The moment of the request, for staleness. */
  now: Date;
  /** How many items to return at most. */
  limit: number;
  /** Whether to list the opportunities left out, each with every reason. */
  includeExcluded: boolean;
  /** 90-day retention per hostId, counted beforehand so ranking never reads placements. */
  retention: ReadonlyMap<string, HostRetention>;
};

export type MatchResult = { items: MatchItem[]; excluded: ExcludedItem[] };

/** What one request knows about the person (and the hosts' records), worked out once. */
type Run = {
  profile: Profile;
  catalog: PreparedCatalog;
  options: MatchOptions;
  availability: WeekRanges;
  home: TravelEnd;
  modes: TravelModes;
  interests: { term: string; query: PreparedQuery }[];
  /** The retention part of the score per host, in the order of catalog.hostIds. */
  retentionByHost: number[];
  /** The person in the terms of catalog.columns; null when they cannot be. */
  query: ColumnQuery | null;
};

/**
 * Match one person against the catalog: the opportunities that break no hard constraint, best first
 * (score, then shorter travel, then id), each with its reasons and warnings; and, when asked, the
 * opportunities left out with every hard constraint each one breaks (fewest reasons first: the near
 * misses a supporter may want to work on).
 *
 * The loop over the catalog only tests and scores, keeping plain numbers; words, matched slots
 * and warnings are written only for the `limit` opportunities actually returned. Unless the left-out
 * opportunities are listed, the hard constraints are first tested on typed arrays (columns.ts), so only
 * the opportunities that pass them are read as objects.
 */
export function matchProfile(profile: Profile, catalog: PreparedCatalog, options: MatchOptions): MatchResult {
  const run = startRun(profile, catalog, options);
  const { opportunities, columns } = catalog;
  const { query } = run;
  const { includeExcluded } = options;
  const maxMinutes = profile.travel.maxMinutes;
  // Parallel lists over the opportunities that fit: catalog index, score, and shown travel minutes
  // (Infinity when unknown, so known short trips go first).
  const feasible: number[] = [];
  const scores: number[] = [];
  const travelOrder: number[] = [];
  const excluded: ExcludedItem[] = [];
  // Listing the left-out opportunities needs every one; otherwise only those the sieve keeps.
  const candidates = query === null || includeExcluded ? null : mayFit(columns, query);
  const count = candidates === null ? opportunities.length : candidates.length;

  for (let at = 0; at < count; at++) {
    const index = candidates === null ? at : candidates[at]!;
    const prepared = opportunities[index]!;
    const { opportunity } = prepared;
    if (candidates !== null && query !== null && isUsual(columns, index)) {
      // The sieve has judged every rule but seats; seats change in place, so they are read here.
      if (!hasSeat(opportunity.capacity, opportunity.filled)) continue;
      const travel = tripAt(columns, query, index);
      feasible.push(index);
      scores.push(combineScore(scoreParts(run, index, travel)));
      travelOrder.push(travelMinutesShown(travel) ?? Infinity);
      continue;
    }
    const basicsFit = fitsApartFromTimeAndPlace(profile, opportunity);
    if (!basicsFit && !includeExcluded) continue;
    const longest = longestShared(run.availability, prepared.ranges);
    if (!scheduleFits(longest) && !includeExcluded) continue;
    const travel = estimateTravel(run.home, prepared.place, run.modes);
    if (!basicsFit || !scheduleFits(longest) || !isWithinReach(travel, maxMinutes)) {
      if (includeExcluded) {
        const reasons = exclusionsFor({ profile, opportunity, longestSharedMinutes: longest, travel });
        excluded.push({ opportunityId: opportunity.id, title: opportunity.title, reasons });
      }
      continue;
    }
    feasible.push(index);
    scores.push(combineScore(scoreParts(run, index, travel)));
    travelOrder.push(travelMinutesShown(travel) ?? Infinity);
  }

  // Positions in the lists above; a lower position is an earlier id.
  const rankedBefore = (a: number, b: number): boolean => {
    if (scores[a] !== scores[b]) return scores[a]! > scores[b]!;
    if (travelOrder[a] !== travelOrder[b]) return travelOrder[a]! < travelOrder[b]!;
    return a < b;
  };
  const positions = feasible.map((_, position) => position);
  const items = topK(positions, options.limit, rankedBefore).map((position) =>
    toItem(run, feasible[position]!, scores[position]!),
  );
  // A stable sort on a list built in catalog (id) order keeps id order among equals.
  excluded.sort((a, b) => a.reasons.length - b.reasons.length);
  return { items, excluded };
}

function startRun(profile: Profile, catalog: PreparedCatalog, options: MatchOptions): Run {
  const terms = [...new Set(profile.interests.map((t) => t.trim()).filter((t) => t.length > 0))];
  const availability = toWeekRanges(profile.availability);
  const modes = travelModes(profile.travel.modes);
  return {
    profile,
    catalog,
    options,
    availability,
    home: toTravelEnd(profile.home),
    modes,
    interests: terms.map((term) => ({ term, query: prepareQuery(term, catalog.terms) })),
    retentionByHost: catalog.hostIds.map((id) => retentionPart(options.retention.get(id))),
    query: columnQuery(catalog.columns, { profile, availability, modes }),
  };
}

function interestHits(run: Run, index: number): InterestHit[] {
  const { text } = run.catalog.opportunities[index]!;
  const hits: InterestHit[] = [];
  for (const { term, query } of run.interests) {
    const match = matchTerm(query, text);
    if (match !== null) hits.push({ interest: term, match });
  }
  return hits;
}

function strongestInterest(run: Run, index: number): number {
  const { text } = run.catalog.opportunities[index]!;
  let strongest = 0;
  for (const { query } of run.interests) {
    const match = matchTerm(query, text);
    if (match !== null && match.strength > strongest) strongest = match.strength;
  }
  return strongest;
}

function scoreParts(run: Run, index: number, travel: TravelEstimate): ScoreParts {
  const { profile } = run;
  const { columns } = run.catalog;
  const prepared = run.catalog.opportunities[index]!;
  const { opportunity } = prepared;
  return {
    interest: interestPart(strongestInterest(run, index)),
    step: stepPart(profile.step, opportunity.step),
    schedule: schedulePart(
      usableShared(run.availability, columns.ranges, MIN_OVERLAP_MINUTES, columns.rangeStart[index]!, columns.rangeStart[index + 1]!),
    ),
    travel: travelPart(travel, profile.travel.maxMinutes),
    support:
      run.query !== null && isUsual(columns, index)
        ? extraSupportPart(extraSupport(columns, run.query, index))
        : supportPart(profile.needs, opportunity.support),
    retention: run.retentionByHost[prepared.hostIndex]!,
  };
}

function toItem(run: Run, index: number, score: number): MatchItem {
  const { profile, options } = run;
  const prepared = run.catalog.opportunities[index]!;
  const { opportunity } = prepared;
  const travel = estimateTravel(run.home, prepared.place, run.modes);
  return {
    opportunityId: opportunity.id,
    title: opportunity.title,
    kind: opportunity.kind,
    hostId: opportunity.hostId,
    hostName: opportunity.hostName,
    score,
    travelMinutes: travelMinutesShown(travel),
    matchedSlots: overlapWindows(run.availability, prepared.ranges, MIN_OVERLAP_MINUTES),
    reasons: explainScore(scoreParts(run, index, travel), {
      interestHits: interestHits(run, index),
      personStep: profile.step,
      opportunityStep: opportunity.step,
      usableMinutes: usableShared(run.availability, prepared.ranges, MIN_OVERLAP_MINUTES),
      travel,
      needs: profile.needs,
      support: opportunity.support,
      retention: options.retention.get(opportunity.hostId),
    }),
    warnings: matchWarnings({ profile, opportunity, lastTouchedMs: prepared.lastTouchedMs, travel, now: options.now }),
  };
}
