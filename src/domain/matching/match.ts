import type { ConsentStatus, HostRetention, Profile } from '../types';
import * as config from '../../config';
import { tokyoDate } from '../dates';
import * as geoTravel from '../geo/travel';
import type { TravelEnd, TravelEstimate, TravelModes } from '../geo/travel';
import * as overlap from '../schedule/overlap';
import { toWeekRanges, type WeekRanges } from '../schedule/week-ranges';
import * as wholeSlots from '../schedule/whole-slots';
import { normalize } from '../text/normalize';
import * as termMatch from '../text/term-match';
import type { PreparedQuery } from '../text/term-match';
import { hostIndexOf, type PreparedCatalog } from './catalog';
import * as constraintColumns from './columns';
import type { ColumnQuery } from './columns';
import { exclusionsFor, type Pairing } from './constraints';
import { monthOf, pairingOf } from './feasibility';
import { NAMED_EXACTLY, prepareDescriptionQuery, type DescriptionQuery } from './description';
import * as scoring from './score';
import type { InterestHit, ScheduleFit, ScoreParts, ScoreWeights } from './score';
import { scoreColumns, understandingBits, type ScoreColumns } from './score-columns';
import { TopK } from './top-k';
import { EXCLUSION_CODES, type ExcludedItem, type ExclusionCode, type MatchItem, type Notice, type Relaxation } from './types';
import { lastTouchedMs } from './staleness';
import { matchWarnings } from './warnings';

export { prepareCatalog, preparedOpportunities, withSeatsRefreshed, type PreparedCatalog } from './catalog';
export { CATALOG_FORMAT, packCatalog, unpackCatalog, type PackedCatalog } from './catalog-pack';

export type MatchOptions = {
  /** The moment of the request, for staleness. */
  now: Date;
  /** How many items to return at most. */
  limit: number;
  /** Whether to list the opportunities left out, each with every reason. */
  includeExcluded: boolean;
  /** Retention at HOST_RETENTION_CHECKPOINT_DAY per hostId, counted beforehand so ranking never reads placements. */
  retention: ReadonlyMap<string, HostRetention>;
  /** A stored participant's consent; absent for a profile typed in on the spot. */
  consent?: ConsentStatus;
};

/**
 * The offered and (when asked) left-out opportunities, and guidance about the whole list: how many
 * opportunities each hard constraint keeps out, how many one constraint alone keeps out (what
 * relaxing it would open up), and notices about the person's record.
 */
export type MatchResult = {
  items: MatchItem[];
  excluded: ExcludedItem[];
  excludedByCode: Partial<Record<ExclusionCode, number>>;
  relaxations: Relaxation[];
  notices: Notice[];
};

/** One of the person's interests, looked up once per request. */
type RunInterest = {
  term: string;
  /** Title and tags. */
  query: PreparedQuery;
  description: DescriptionQuery;
  /** Position in Run.interestCredits: interests of one synonym group share it, so count once. */
  concept: number;
  /** INTEREST_BROAD_CREDIT for a broad word, otherwise 1. */
  specificity: number;
};

// Read for every opportunity, so copied once (see score.ts): the functions too, which through an
// imported binding cost a getter call each and so took about half of a match at 10,000 openings.
const {
  INTEREST_BROAD_CREDIT,
  INTEREST_BROAD_WORDS,
  INTEREST_DESCRIPTION_CREDIT,
  INTEREST_TIME_WORDS,
  MIN_OVERLAP_MINUTES,
  TERM_MATCH_STRENGTH,
} = config;
const { estimateTravel, homeIsLocated, homeTravelEnd, travelMinutesShown, travelModes } = geoTravel;
const { longestShared, overlapWindows, usableShared } = overlap;
const { wholeShared } = wholeSlots;
const { matchShape, prepareQuery } = termMatch;
const { columnQuery, EXCLUSION_BIT, exclusionMasks, extraSupport, isUsual, tripAt, UNJUDGED, unusualPositions } = constraintColumns;
const {
  combineScore,
  explainScore,
  extraSupportPart,
  interestPart,
  possibleInterestCredit,
  retentionPart,
  schedulePart,
  sharedUnderstandingPart,
  stepPart,
  supportPart,
  travelPart,
  understandingPart,
  weightSum,
  weightsFor,
} = scoring;

/** What one request knows about the person (and the hosts' records), worked out once. */
type Run = {
  profile: Profile;
  catalog: PreparedCatalog;
  options: MatchOptions;
  availability: WeekRanges;
  home: TravelEnd;
  modes: TravelModes;
  /** Today's month (1–12, Tokyo). */
  month: number;
  interests: RunInterest[];
  /** Scratch space, one credit per distinct interest, reused for every opportunity. */
  interestCredits: Float64Array;
  /** What the person's interests could earn at best (see possibleInterestCredit). */
  possibleInterest: number;
  weights: ScoreWeights;
  weightSum: number;
  /** The retention part of the score per host, in the order of catalog.hostIds. */
  retentionByHost: Float64Array;
  scoring: ScoreColumns;
  /** The person's circumstances as understandingBits; null when they cannot be. */
  circumstances: number | null;
  /** The person in the terms of catalog.columns; null when they cannot be. */
  query: ColumnQuery | null;
  /**
   * Per distinct weekly schedule (columns.schedules), four each, -1 until first needed (many
   * openings share their opening hours): usable, whole and longest shared minutes, and the
   * schedule part as it would be with no trip, the most any opening with that schedule earns.
   */
  scheduleMinutes: Float64Array;
};

/**
 * Match one person against the catalog: the opportunities that break no hard constraint, best first
 * (score, then shorter travel, then id), each with its reasons and warnings; and, when asked, the
 * opportunities left out with every hard constraint each one breaks (fewest reasons first: the near
 * misses a supporter may want to work on).
 *
 * The loop over the catalog only tests and scores, keeping plain numbers; words, matched slots
 * and warnings are written only for the `limit` opportunities actually returned, and the reasons
 * for leaving one out only when they are listed. The hard constraints are tested on typed arrays
 * (columns.ts) wherever the columns hold the opportunity exactly, and the score is read from
 * typed arrays too (score-columns.ts), only as far as it takes to tell that an opportunity cannot
 * make the list (see rank); every opportunity's exclusions are counted for the guidance.
 */
export function matchProfile(profile: Profile, catalog: PreparedCatalog, options: MatchOptions): MatchResult {
  return describeMatch(rankMatch(startMatch(profile, catalog, options)));
}

/**
 * matchProfile in three steps, for a catalog that reads its records from a store filled on need
 * (a catalog loaded from storage; see CatalogParts.recordAt): startMatch works out the person and
 * names the records ranking reads, rankMatch ranks, and describeMatch writes the items from the
 * records of those ranked (`ids`). The caller holds each step's records before the next.
 */
export type MatchStart = {
  readonly run: Run;
  /** The ids of the records rankMatch reads: the ones the columns cannot judge, or every one. */
  readonly recordsToRank: readonly string[] | 'all';
};
export type RankedMatch = {
  readonly run: Run;
  /** The ids of the records describeMatch reads: those ranked, best first. */
  readonly ids: readonly string[];
  readonly ranked: readonly Ranked[];
  readonly excluded: ExcludedItem[];
  /** How many opportunities break exactly each combination of rules (a mask of EXCLUSION_BITs). */
  readonly byMask: Int32Array;
};

export function startMatch(profile: Profile, catalog: PreparedCatalog, options: MatchOptions): MatchStart {
  const run = startRun(profile, catalog, options);
  // Without a column query every opportunity is judged on its record; listing the excluded
  // names each one; circumstances the bits cannot hold are scored on the hosts' records.
  const readsAll = run.query === null || options.includeExcluded || (run.circumstances === null && run.weights.understanding > 0);
  return { run, recordsToRank: readsAll ? 'all' : unusualPositions(catalog.columns).map((index) => catalog.ids[index]!) };
}

export function rankMatch({ run }: MatchStart): RankedMatch {
  const { catalog, query, options } = run;
  const { columns } = catalog;
  const { includeExcluded } = options;
  const ranking = new TopK<Ranked>(options.limit, rankedBefore);
  const excluded: ExcludedItem[] = [];
  const byMask = new Int32Array(1 << EXCLUSION_CODES.length);

  const masks = query === null ? null : exclusionMasks(columns, query);
  for (let index = 0; index < catalog.ids.length; index++) {
    let mask = masks === null ? UNJUDGED : masks[index]!;
    let pairing: Pairing | null = null;
    if (mask === UNJUDGED) {
      pairing = pairingAt(run, index);
      mask = maskOf(exclusionsFor(pairing));
    }
    if (mask === 0) {
      rank(run, ranking, index, pairing);
      continue;
    }
    byMask[mask]!++;
    if (includeExcluded) {
      const opportunity = catalog.recordAt(index);
      excluded.push({ opportunityId: opportunity.id, title: opportunity.title, reasons: exclusionsFor(pairing ?? pairingAt(run, index)) });
    }
  }
  const ranked = ranking.sorted();
  return { run, ranked, ids: ranked.map(({ index }) => catalog.ids[index]!), excluded, byMask };
}

export function describeMatch({ run, ranked, excluded, byMask }: RankedMatch): MatchResult {
  const items = ranked.map(({ index, score }) => toItem(run, index, score));
  // A stable sort on a list built in catalog (id) order keeps id order among equals.
  excluded.sort((a, b) => a.reasons.length - b.reasons.length);
  return { items, excluded, ...guidance(byMask), notices: matchNotices(run.profile, run.options.consent) };
}

/** An opportunity that fits, as ranked: `travelOrder` is the shown travel minutes, Infinity when unknown. */
type Ranked = { index: number; score: number; travelOrder: number };

/** Score, then known shorter travel, then id (catalog order). */
function rankedBefore(a: Ranked, b: Ranked): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.travelOrder !== b.travelOrder) return a.travelOrder < b.travelOrder;
  return a.index < b.index;
}

/** Everything the hard constraints read about one opportunity for the person, worked out on the objects. */
function pairingAt(run: Run, index: number): Pairing {
  return pairingOf(run, run.catalog.opportunityAt(index), run.month);
}

function maskOf(exclusions: readonly { code: ExclusionCode }[]): number {
  let mask = 0;
  for (const { code } of exclusions) mask |= EXCLUSION_BIT[code];
  return mask;
}

/** The counts per code, in API order, and the relaxations, the most telling first. */
function guidance(byMask: Int32Array): Pick<MatchResult, 'excludedByCode' | 'relaxations'> {
  const excludedByCode: Partial<Record<ExclusionCode, number>> = {};
  const relaxations: Relaxation[] = [];
  const counts = new Int32Array(EXCLUSION_CODES.length);
  for (let mask = 1; mask < byMask.length; mask++) {
    if (byMask[mask] === 0) continue;
    for (let i = 0; i < counts.length; i++) if (mask & (1 << i)) counts[i]! += byMask[mask]!;
  }
  EXCLUSION_CODES.forEach((code, i) => {
    const bit = 1 << i;
    if (counts[i]! > 0) excludedByCode[code] = counts[i]!;
    if (byMask[bit]! > 0) relaxations.push({ code, wouldAdd: byMask[bit]! });
  });
  // A stable sort keeps API order among equals.
  relaxations.sort((a, b) => b.wouldAdd - a.wouldAdd);
  return { excludedByCode, relaxations };
}

/** What staff should know about the whole list before reading it. */
export function matchNotices(profile: Profile, consent: ConsentStatus | undefined): Notice[] {
  const notices: Notice[] = [];
  if (!homeIsLocated(profile.home)) {
    notices.push({
      code: 'home_location_missing',
      message:
        '住まいの位置（座標か最寄り駅）が登録されていないため、地域の代表地点から移動時間を見積もっています。登録すると見積もりが確かになります',
    });
  }
  if (consent !== undefined && consent !== 'given') {
    notices.push({
      code: 'consent_missing',
      message: '本人の同意が記録されていないため、いまは提案（つなぎ）を作れません。先に同意を確かめて記録してください',
    });
  }
  return notices;
}

const TIME_WORDS = new Set(INTEREST_TIME_WORDS.map(normalize));
const BROAD_WORDS = new Set(INTEREST_BROAD_WORDS.map(normalize));

function startRun(profile: Profile, catalog: PreparedCatalog, options: MatchOptions): Run {
  const { synonyms } = catalog.terms.chain;
  const terms = [...new Set(profile.interests.map((t) => t.trim()).filter((t) => t.length > 0))];
  // Interests of one synonym group are one interest said twice (清掃, 掃除).
  const concepts = new Map<string, number>();
  const interests: RunInterest[] = [];
  for (const term of terms) {
    const normalized = normalize(term);
    if (normalized.length === 0 || TIME_WORDS.has(normalized)) continue;
    const groups = synonyms.groupsOf(normalized);
    const key = groups.length > 0 ? `group:${groups[0]}` : `word:${normalized}`;
    if (!concepts.has(key)) concepts.set(key, concepts.size);
    interests.push({
      term,
      query: prepareQuery(term, catalog.terms),
      description: prepareDescriptionQuery(catalog.descriptions, normalized, groups),
      concept: concepts.get(key)!,
      specificity: BROAD_WORDS.has(normalized) ? INTEREST_BROAD_CREDIT : 1,
    });
  }
  const availability = toWeekRanges(profile.availability);
  const modes = travelModes(profile.travel.modes);
  const weights = weightsFor({
    hasInterests: interests.length > 0,
    wantsPay: profile.preferences?.pay === 'paid',
    hasCircumstances: (profile.circumstances?.length ?? 0) > 0,
  });
  const month = monthOf(tokyoDate(options.now));
  return {
    profile,
    catalog,
    options,
    availability,
    home: homeTravelEnd(profile.home),
    modes,
    month,
    interests,
    interestCredits: new Float64Array(concepts.size),
    possibleInterest: possibleInterestCredit(concepts.size),
    weights,
    weightSum: weightSum(weights),
    retentionByHost: retentionByHost(catalog, options.retention),
    scoring: scoreColumns(catalog),
    circumstances: understandingBits(profile.circumstances ?? []),
    query: columnQuery(catalog.columns, { profile, availability, modes, month }),
    scheduleMinutes: new Float64Array(4 * catalog.columns.schedules.length).fill(-1),
  };
}

/** Filled from the retention records rather than looked up per host: thousands of hosts have none. */
function retentionByHost(catalog: PreparedCatalog, retention: ReadonlyMap<string, HostRetention>): Float64Array {
  const parts = new Float64Array(catalog.hostIds.length).fill(retentionPart(undefined));
  for (const [hostId, record] of retention) {
    const index = hostIndexOf(catalog, hostId);
    if (index >= 0) parts[index] = retentionPart(record);
  }
  return parts;
}

/** What a description earns, by DescriptionQuery value (not named, named exactly, by a synonym). */
const DESCRIPTION_CREDITS = [0, TERM_MATCH_STRENGTH.exact, TERM_MATCH_STRENGTH.synonym].map((s) => s * INTEREST_DESCRIPTION_CREDIT);
/** The best a description can earn; a title or tag match above it makes reading the description moot. */
const DESCRIPTION_BEST = Math.max(...DESCRIPTION_CREDITS);

/**
 * What one interest earns on one opportunity: its match in the title or tags, or, when that is
 * weaker, in the description at a lower weight; a broad interest earns a share of it.
 * `found` hears how it was found, for the reasons.
 */
function interestCredit(run: Run, interest: RunInterest, index: number, found?: (hit: InterestHit) => void): number {
  const match = matchShape(interest.query, run.scoring.textShape[index]!);
  let credit = match === null ? 0 : match.strength;
  // A DescriptionQuery value; 0 (NOT_NAMED) unless the description earns more than the title and tags.
  let named = 0;
  if (credit < DESCRIPTION_BEST) {
    named = interest.description[run.catalog.descriptions.shapeOf[index]!]!;
    if (DESCRIPTION_CREDITS[named]! > credit) credit = DESCRIPTION_CREDITS[named]!;
    else named = 0;
  }
  credit *= interest.specificity;
  if (found !== undefined && credit > 0) {
    const { term } = interest;
    found(
      named !== 0 || match === null
        ? { interest: term, matched: term, kind: named === NAMED_EXACTLY ? 'exact' : 'synonym', inDescription: true, credit }
        : { interest: term, matched: match.matched, kind: match.kind, inDescription: false, credit },
    );
  }
  return credit;
}

function interestScore(run: Run, index: number): number {
  const credits = run.interestCredits;
  for (let i = 0; i < credits.length; i++) credits[i] = 0;
  for (const interest of run.interests) {
    const credit = interestCredit(run, interest, index);
    if (credit > credits[interest.concept]!) credits[interest.concept] = credit;
  }
  return interestPart(credits, run.possibleInterest);
}

/** The hit that earned each distinct interest its credit. */
function interestHits(run: Run, index: number): InterestHit[] {
  const best = new Map<number, InterestHit>();
  for (const interest of run.interests) {
    interestCredit(run, interest, index, (hit) => {
      if (hit.credit > (best.get(interest.concept)?.credit ?? 0)) best.set(interest.concept, hit);
    });
  }
  return [...best.values()];
}

function scheduleFit(run: Run, index: number, travel: TravelEstimate): ScheduleFit {
  const minutes = run.scheduleMinutes;
  const at = scheduleAt(run, index);
  return {
    usableMinutes: minutes[at]!,
    wholeMinutes: minutes[at + 1]!,
    longestMinutes: minutes[at + 2]!,
    roundTripMinutes: travel.kind === 'measured' ? 2 * travel.minutes : 0,
  };
}

/** Where the opportunity's schedule's entries start in run.scheduleMinutes, filled in on first need. */
function scheduleAt(run: Run, index: number): number {
  const schedule = run.catalog.columns.scheduleOf[index]!;
  const minutes = run.scheduleMinutes;
  const at = schedule * 4;
  if (minutes[at]! < 0) {
    const ranges = run.catalog.columns.schedules[schedule]!;
    minutes[at] = usableShared(run.availability, ranges, MIN_OVERLAP_MINUTES);
    minutes[at + 1] = wholeShared(run.availability, ranges, MIN_OVERLAP_MINUTES);
    minutes[at + 2] = longestShared(run.availability, ranges);
    minutes[at + 3] = schedulePart({
      usableMinutes: minutes[at]!,
      wholeMinutes: minutes[at + 1]!,
      longestMinutes: minutes[at + 2]!,
      roundTripMinutes: 0,
    });
  }
  return at;
}

/** Scores a fitting opportunity into the ranking, unless it certainly cannot get in (see outranked). */
function rank(run: Run, ranking: TopK<Ranked>, index: number, pairing: Pairing | null): void {
  // With no room at all (a limit of 0) nothing gets in.
  if (ranking.full && outranked(run, index, ranking.weakest?.score ?? Infinity)) return;
  const travel = pairing?.travel ?? tripAt(run.catalog.columns, run.query!, index);
  const score = combineScore(scoreParts(run, index, travel), run.weights, run.weightSum);
  ranking.offer({ index, score, travelOrder: travelMinutesShown(travel) ?? Infinity });
}

/** combineScore sums in another order than outranked; this covers the difference in the last bits. */
const SUM_ORDER_MARGIN = 1e-9;

/**
 * Whether the opportunity's score is certainly below `floor`, told from typed arrays alone. At
 * 100k tens of thousands of opportunities fit and only `limit` are kept, so the parts are read
 * cheapest first, the ones not yet read taken at their most (every part is at most 1, and a trip
 * only ever takes from the schedule part), and the reading stops once even that cannot reach
 * `floor`. Most are settled before their interests are read, nearly all before their trip.
 * Counted as what each part falls short of full marks, so a part left out counts at its most.
 */
function outranked(run: Run, index: number, floor: number): boolean {
  const { query, scoring, weights, weightSum, profile } = run;
  const { columns } = run.catalog;
  if (query === null || !isUsual(columns, index)) return false;
  let shortfall =
    weights.step * (1 - stepPart(profile.step, columns.step[index]!)) +
    weights.schedule * (1 - run.scheduleMinutes[scheduleAt(run, index) + 3]!) +
    (weights.pay > 0 ? weights.pay * (1 - scoring.pay[index]!) : 0) +
    (weights.understanding > 0 && run.circumstances !== null ? weights.understanding * (1 - understandingAt(run, index)) : 0) +
    weights.support * (1 - extraSupportPart(extraSupport(columns, query, index))) +
    weights.retention * (1 - run.retentionByHost[scoring.hostIndex[index]!]!);
  if (roundedMean(weightSum - shortfall, weightSum) < floor) return true;
  shortfall += weights.interest * (1 - interestPartOf(run, index));
  return roundedMean(weightSum - shortfall, weightSum) < floor;
}

/** combineScore's rounding, for a total that may be summed in another order (see SUM_ORDER_MARGIN). */
function roundedMean(total: number, sum: number): number {
  return Math.round((total / sum + SUM_ORDER_MARGIN) * 100) / 100;
}

function interestPartOf(run: Run, index: number): number {
  return run.weights.interest > 0 ? interestScore(run, index) : 0;
}

function scoreParts(run: Run, index: number, travel: TravelEstimate, schedule = scheduleFit(run, index, travel)): ScoreParts {
  const { profile, scoring, weights, query } = run;
  const { columns } = run.catalog;
  // Read only where the columns do not hold the opportunity exactly.
  const opportunity = query !== null && isUsual(columns, index) ? null : run.catalog.recordAt(index);
  return {
    interest: interestPartOf(run, index),
    step: stepPart(profile.step, opportunity === null ? columns.step[index]! : opportunity.step),
    schedule: schedulePart(schedule),
    travel: travelPart(travel, profile.travel.maxMinutes),
    pay: weights.pay > 0 ? scoring.pay[index]! : 0,
    understanding: weights.understanding > 0 ? understandingAt(run, index) : 0,
    support:
      query !== null && opportunity === null
        ? extraSupportPart(extraSupport(columns, query, index))
        : supportPart(profile.needs, opportunity!.support),
    retention: run.retentionByHost[scoring.hostIndex[index]!]!,
  };
}

function understandingAt(run: Run, index: number): number {
  if (run.circumstances === null) {
    return understandingPart(run.profile.circumstances ?? [], run.catalog.recordAt(index).hostUnderstanding);
  }
  return sharedUnderstandingPart(run.circumstances, run.scoring.understanding[index]!);
}

function toItem(run: Run, index: number, score: number): MatchItem {
  const { profile, options } = run;
  const prepared = run.catalog.opportunityAt(index);
  const { opportunity } = prepared;
  const travel = estimateTravel(run.home, prepared.place, run.modes);
  const schedule = scheduleFit(run, index, travel);
  return {
    opportunityId: opportunity.id,
    title: opportunity.title,
    kind: opportunity.kind,
    hostId: opportunity.hostId,
    hostName: opportunity.hostName,
    score,
    travelMinutes: travelMinutesShown(travel),
    matchedSlots: overlapWindows(run.availability, prepared.ranges, MIN_OVERLAP_MINUTES),
    reasons: explainScore(scoreParts(run, index, travel, schedule), run.weights, {
      interestHits: interestHits(run, index),
      personStep: profile.step,
      opportunityStep: opportunity.step,
      schedule,
      travel,
      pay: opportunity.pay,
      needs: profile.needs,
      support: opportunity.support,
      retention: options.retention.get(opportunity.hostId),
    }),
    warnings: matchWarnings({
      profile,
      opportunity,
      lastTouchedMs: lastTouchedMs(opportunity),
      travel,
      availability: run.availability,
      now: options.now,
    }),
  };
}
