import type { MatchableOpportunity, Profile } from '../types';
import { GENDERS, SUPPORTS } from '../types';
import { distanceKmTo, toGeoPoint, type GeoPoint } from '../geo/great-circle';
import { areaTrip, fastestTrip, isWithinReach, onlineTrip, type TravelEstimate, type TravelModes } from '../geo/travel';
import { longestShared } from '../schedule/overlap';
import type { WeekRanges } from '../schedule/week-ranges';
import { CONVERSATION_RANK, GROUP_RANK, scheduleFits } from './constraints';

/**
 * The facts the hard constraints read, one typed array per fact, position i for opportunity i.
 *
 * Why: at 100k opportunities the opportunity objects are spread over hundreds of MB of heap, and testing
 * one read about six of them, so the CPU caches missed on nearly every opportunity and the cost per
 * opportunity grew with the catalog. Arrays read front to back cost the same per opportunity at any size.
 *
 * Each test on the columns is the expression in constraints.ts on the same values, so the two
 * cannot disagree. Anything the arrays cannot hold exactly (an unknown value, an odd number, a
 * support listed twice) marks the opportunity UNUSUAL: mayFit keeps it and matching checks it the
 * long way, on the objects. Seats are not here at all: `filled` changes in place (catalog-index
 * refreshSeats), so it is read from the opportunity itself.
 */
export type ConstraintColumns = {
  /** OPEN, CUSTOMER_FACING, PHONE, ONLINE, HAS_POINT and UNUSUAL, one bit each. */
  readonly flags: Uint8Array;
  readonly step: Uint8Array;
  /** GROUP_RANK and CONVERSATION_RANK of the environment. */
  readonly groupSize: Uint8Array;
  readonly conversation: Uint8Array;
  /** One bit per entry of SUPPORTS that the opportunity offers. */
  readonly support: Uint8Array;
  /** One bit per entry of GENDERS the opportunity is for, or ANYONE. */
  readonly genders: Uint8Array;
  /** -Infinity / Infinity when there is no bound. */
  readonly minAge: Float64Array;
  readonly maxAge: Float64Array;
  /** Position of the opportunity's area in `areas`. */
  readonly area: Int32Array;
  readonly areas: ReadonlyMap<string, number>;
  /** The prepared coordinates (see GeoPoint), read only when HAS_POINT. */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  readonly cosLat: Float64Array;
  /** Every opportunity's WeekRanges back to back; opportunity i's are `[rangeStart[i], rangeStart[i + 1])`. */
  readonly ranges: Int32Array;
  readonly rangeStart: Int32Array;
};

const OPEN = 1;
const CUSTOMER_FACING = 2;
const PHONE = 4;
const ONLINE = 8;
const HAS_POINT = 16;
const UNUSUAL = 32;

const ANYONE = 1 << GENDERS.length;
const SUPPORT_BIT = new Map<unknown, number>(SUPPORTS.map((support, i) => [support, 1 << i]));
const GENDER_BIT = new Map<unknown, number>(GENDERS.map((gender, i) => [gender, 1 << i]));

/** The columns while they are filled in: areas are numbered as they are met. */
type ColumnsBeingBuilt = Omit<ConstraintColumns, 'areas'> & { readonly areas: Map<string, number> };

export function buildColumns(opportunities: readonly MatchableOpportunity[], weekRanges: readonly WeekRanges[]): ConstraintColumns {
  const n = opportunities.length;
  const columns: ColumnsBeingBuilt = {
    flags: new Uint8Array(n),
    step: new Uint8Array(n),
    groupSize: new Uint8Array(n),
    conversation: new Uint8Array(n),
    support: new Uint8Array(n),
    genders: new Uint8Array(n),
    minAge: new Float64Array(n),
    maxAge: new Float64Array(n),
    area: new Int32Array(n),
    areas: new Map<string, number>(),
    lat: new Float64Array(n),
    lng: new Float64Array(n),
    cosLat: new Float64Array(n),
    ...packRanges(weekRanges),
  };
  opportunities.forEach((opportunity, i) => {
    const ranksHeld = writeRanks(columns, i, opportunity);
    const supportHeld = writeSupport(columns, i, opportunity.support);
    const areaHeld = writeArea(columns, i, opportunity.location.area);
    writeEligibility(columns, i, opportunity.eligibility);
    const hasPoint = writePoint(columns, i, opportunity.location);
    columns.flags[i] = flagsOf(opportunity, { hasPoint, usual: ranksHeld && supportHeld && areaHeld });
  });
  return columns;
}

/** Every opportunity's WeekRanges back to back, and where each one's start. */
function packRanges(weekRanges: readonly WeekRanges[]): Pick<ConstraintColumns, 'ranges' | 'rangeStart'> {
  const ranges = new Int32Array(weekRanges.reduce((sum, each) => sum + each.length, 0));
  const rangeStart = new Int32Array(weekRanges.length + 1);
  let end = 0;
  weekRanges.forEach((each, i) => {
    ranges.set(each, end);
    rangeStart[i] = end;
    end += each.length;
  });
  rangeStart[weekRanges.length] = end;
  return { ranges, rangeStart };
}

/** Step, group size and conversation; false when one of them is not a value the columns can hold. */
function writeRanks(columns: ColumnsBeingBuilt, i: number, opportunity: MatchableOpportunity): boolean {
  const { step, environment } = opportunity;
  let held = true;
  if (Number.isInteger(step) && step >= 0 && step <= 255) columns.step[i] = step;
  else held = false;
  if (Object.hasOwn(GROUP_RANK, environment.groupSize)) columns.groupSize[i] = GROUP_RANK[environment.groupSize];
  else held = false;
  if (Object.hasOwn(CONVERSATION_RANK, environment.conversation)) {
    columns.conversation[i] = CONVERSATION_RANK[environment.conversation];
  } else {
    held = false;
  }
  return held;
}

/** False when an entry is unknown or repeated: bits cannot count it, as supportPart would. */
function writeSupport(columns: ColumnsBeingBuilt, i: number, support: readonly unknown[]): boolean {
  let held = true;
  let bits = 0;
  for (const entry of support) {
    const bit = SUPPORT_BIT.get(entry);
    if (bit === undefined || bits & bit) held = false;
    bits |= bit ?? 0;
  }
  columns.support[i] = bits;
  return held;
}

/** False when the area is not a code. */
function writeArea(columns: ColumnsBeingBuilt, i: number, area: unknown): boolean {
  if (typeof area !== 'string') return false;
  let position = columns.areas.get(area);
  if (position === undefined) columns.areas.set(area, (position = columns.areas.size));
  columns.area[i] = position;
  return true;
}

function writeEligibility(columns: ColumnsBeingBuilt, i: number, eligibility: MatchableOpportunity['eligibility']): void {
  let genderBits = eligibility.genders.length === 0 ? ANYONE : 0;
  for (const gender of eligibility.genders) genderBits |= GENDER_BIT.get(gender) ?? 0;
  columns.genders[i] = genderBits;
  columns.minAge[i] = typeof eligibility.minAge === 'number' ? eligibility.minAge : -Infinity;
  columns.maxAge[i] = typeof eligibility.maxAge === 'number' ? eligibility.maxAge : Infinity;
}

/** True when the place has coordinates. */
function writePoint(columns: ColumnsBeingBuilt, i: number, place: MatchableOpportunity['location']): boolean {
  const point = toGeoPoint(place);
  if (point === null) return false;
  columns.lat[i] = point.lat;
  columns.lng[i] = point.lng;
  columns.cosLat[i] = point.cosLat;
  return true;
}

function flagsOf(opportunity: MatchableOpportunity, { hasPoint, usual }: { hasPoint: boolean; usual: boolean }): number {
  const { environment, location } = opportunity;
  return (
    (opportunity.status === 'open' ? OPEN : 0) |
    (environment.customerFacing ? CUSTOMER_FACING : 0) |
    (environment.phone ? PHONE : 0) |
    (location.online ? ONLINE : 0) |
    (hasPoint ? HAS_POINT : 0) |
    (usual ? 0 : UNUSUAL)
  );
}

/**
 * Whether the columns hold the opportunity exactly: then mayFit judges it on every rule but seats
 * as constraints.ts would, and extraSupport counts as supportPart does.
 */
export function isUsual(columns: ConstraintColumns, index: number): boolean {
  return (columns.flags[index]! & UNUSUAL) === 0;
}

/** How many kinds of support a usual opportunity offers beyond the person's needs (see supportPart). */
export function extraSupport(columns: ConstraintColumns, query: ColumnQuery, index: number): number {
  let extra = columns.support[index]! & ~query.needs;
  let count = 0;
  for (; extra !== 0; extra &= extra - 1) count++;
  return count;
}

/** The person's side of the checks, in the columns' terms. */
export type ColumnQuery = {
  readonly stepLimit: number;
  readonly maxGroup: number;
  readonly maxConversation: number;
  readonly avoided: number;
  readonly needs: number;
  readonly gender: number;
  readonly age: number | null;
  readonly homeArea: number;
  readonly home: GeoPoint | null;
  readonly availability: WeekRanges;
  readonly modes: TravelModes;
  readonly maxMinutes: number;
};

/** The person, with their availability and travel modes already prepared for matching. */
export type PersonForColumns = { profile: Profile; availability: WeekRanges; modes: TravelModes };

/**
 * The person in the columns' terms, each value as the expression in constraints.ts has it; null
 * when the person has a need or gender the bits cannot hold (then every opportunity is checked the
 * long way).
 */
export function columnQuery(columns: ConstraintColumns, person: PersonForColumns): ColumnQuery | null {
  const { profile, availability, modes } = person;
  let needs = 0;
  for (const need of profile.needs) {
    const bit = SUPPORT_BIT.get(need);
    if (bit === undefined) return null;
    needs |= bit;
  }
  const missing = profile.gender === null || profile.gender === undefined;
  const gender = missing ? 0 : GENDER_BIT.get(profile.gender);
  if (gender === undefined) return null;
  const { limits, home } = profile;
  return {
    stepLimit: profile.step + 1,
    maxGroup: GROUP_RANK[limits.maxGroupSize],
    maxConversation: CONVERSATION_RANK[limits.maxConversation],
    avoided: (limits.avoidCustomerFacing ? CUSTOMER_FACING : 0) | (limits.avoidPhone ? PHONE : 0),
    needs,
    gender,
    age: profile.age ?? null,
    homeArea: typeof home.area === 'string' ? (columns.areas.get(home.area) ?? -1) : -1,
    home: toGeoPoint(home),
    availability,
    modes,
    maxMinutes: profile.travel.maxMinutes,
  };
}

/**
 * Positions, in catalog order, of the opportunities that may fit the person: every unusual one, and
 * every usual one that breaks no hard constraint except perhaps seats.
 */
export function mayFit(columns: ConstraintColumns, query: ColumnQuery): number[] {
  const { flags, step, groupSize, conversation, support, genders, minAge, maxAge, ranges, rangeStart } = columns;
  const { stepLimit, maxGroup, maxConversation, avoided, needs, gender, age, availability, maxMinutes } = query;
  const kept: number[] = [];
  const n = flags.length;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if (f & UNUSUAL) {
      kept.push(i);
      continue;
    }
    // Cheapest and most telling first; the order does not change which opportunities are kept.
    if (!(f & OPEN)) continue;
    if (!(step[i]! <= stepLimit)) continue;
    if (!(groupSize[i]! <= maxGroup) || !(conversation[i]! <= maxConversation) || f & avoided) continue;
    if ((support[i]! & needs) !== needs) continue;
    if (!(genders[i]! & (ANYONE | gender))) continue;
    if (age !== null && (age < minAge[i]! || age > maxAge[i]!)) continue;
    if (!scheduleFits(longestShared(availability, ranges, rangeStart[i]!, rangeStart[i + 1]!))) continue;
    if (!isWithinReach(tripAt(columns, query, i), maxMinutes)) continue;
    kept.push(i);
  }
  return kept;
}

/** estimateTravel for a usual opportunity, from the columns. */
export function tripAt(columns: ConstraintColumns, query: ColumnQuery, i: number): TravelEstimate {
  const f = columns.flags[i]!;
  if (f & ONLINE) return onlineTrip();
  const { home } = query;
  if (home === null || !(f & HAS_POINT)) return areaTrip(columns.area[i] === query.homeArea);
  const km = distanceKmTo(home, columns, i);
  return fastestTrip(km, query.modes);
}
