import type { MatchableOpportunity, Profile } from '../types';
import { GENDERS, SUPPORTS } from '../types';
import * as chord from '../geo/chord';
import type { ChordBounds, UnitVector } from '../geo/chord';
import * as greatCircle from '../geo/great-circle';
import type { GeoPoint } from '../geo/great-circle';
import * as geoTravel from '../geo/travel';
import type { TravelEstimate, TravelModes } from '../geo/travel';
import * as overlap from '../schedule/overlap';
import type { WeekRanges } from '../schedule/week-ranges';
import { checked, packFloats, type PackedFloats, unpackFloats, unpackInt32s } from '../packed';
import * as constraints from './constraints';
import { EXCLUSION_CODES, type ExclusionCode } from './types';

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
 * long way, on the objects; so does a fixed course (`attendance: all`), whose slots are judged one
 * by one. Seats change without a new content version, so `filled` is replaced by withCurrentSeats.
 */
export type ConstraintColumns = {
  /** OPEN, CUSTOMER_FACING, PHONE, ONLINE, HAS_POINT, UNUSUAL, SHORT_SLOTS and ESTIMATED, one bit each. */
  readonly flags: Uint8Array;
  /** One bit per month (January lowest) the opportunity runs in; every bit when all year. */
  readonly months: Uint16Array;
  readonly capacity: Float64Array;
  readonly filled: Float64Array;
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
  /** The prepared point (see GeoPoint; the area's representative point when ESTIMATED), read only when HAS_POINT. */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  readonly cosLat: Float64Array;
  /** The same point as a unit vector (see geo/chord), for the quick reach test. */
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  readonly uz: Float64Array;
  /**
   * Each distinct weekly schedule once, and which one each opportunity has: catalogs repeat a
   * few hundred opening hours, so the schedule rule is worked out per distinct schedule.
   */
  readonly schedules: readonly WeekRanges[];
  readonly scheduleOf: Int32Array;
  /** Every opportunity's WeekRanges back to back; opportunity i's are `[rangeStart[i], rangeStart[i + 1])`. */
  readonly ranges: Int32Array;
  readonly rangeStart: Int32Array;
};

// Called for every opportunity (or distinct schedule), so copied once: through an imported binding
// each call costs a getter call as well (see score.ts).
const { chordBounds, chordSquaredKm, toUnitVector } = chord;
const { distanceKmTo } = greatCircle;
const { areaTrip, fastestTrip, homeTravelEnd, onlineTrip, toTravelEnd } = geoTravel;
const { longestShared } = overlap;
const { CONVERSATION_RANK, GROUP_RANK, hasShortSlots, scheduleFits } = constraints;

const OPEN = 1;
const CUSTOMER_FACING = 2;
const PHONE = 4;
const ONLINE = 8;
const HAS_POINT = 16;
const UNUSUAL = 32;
/** Every slot is short enough to meet a need for short hours. */
const SHORT_SLOTS = 64;
/** The point is the area's representative point, not the opportunity's own. */
const ESTIMATED = 128;

const ALL_YEAR = 0xfff;

const ANYONE = 1 << GENDERS.length;
const SUPPORT_BIT = new Map<unknown, number>(SUPPORTS.map((support, i) => [support, 1 << i]));
const GENDER_BIT = new Map<unknown, number>(GENDERS.map((gender, i) => [gender, 1 << i]));
const SHORT_HOURS_BIT = SUPPORT_BIT.get('short_hours')!;
const ACCOMPANIMENT_BIT = SUPPORT_BIT.get('accompaniment')!;

/** The bit of each exclusion code in an exclusion mask (see exclusionMask). */
export const EXCLUSION_BIT = Object.fromEntries(EXCLUSION_CODES.map((code, i) => [code, 1 << i])) as Record<ExclusionCode, number>;
const {
  not_open: NOT_OPEN,
  full: FULL,
  schedule: SCHEDULE,
  travel: TRAVEL,
  age: AGE,
  gender: GENDER,
  needs: NEEDS,
  environment: ENVIRONMENT,
  step: STEP,
} = EXCLUSION_BIT;

/** The columns while they are filled in: areas are numbered as they are met. */
type ColumnsBeingBuilt = Omit<ConstraintColumns, 'areas' | 'cosLat' | 'ux' | 'uy' | 'uz'> & { readonly areas: Map<string, number> };

export function buildColumns(opportunities: readonly MatchableOpportunity[], weekRanges: readonly WeekRanges[]): ConstraintColumns {
  const n = opportunities.length;
  const columns: ColumnsBeingBuilt = {
    flags: new Uint8Array(n),
    months: new Uint16Array(n),
    capacity: new Float64Array(n),
    filled: new Float64Array(n),
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
    ...distinctSchedules(weekRanges),
    ...packRanges(weekRanges),
  };
  opportunities.forEach((opportunity, i) => {
    const ranksHeld = writeRanks(columns, i, opportunity);
    const supportHeld = writeSupport(columns, i, opportunity.support);
    const areaHeld = writeArea(columns, i, opportunity.location.area);
    const monthsHeld = writeMonths(columns, i, opportunity.months);
    writeEligibility(columns, i, opportunity.eligibility);
    columns.capacity[i] = opportunity.capacity;
    columns.filled[i] = opportunity.filled;
    const point = writePoint(columns, i, opportunity.location);
    const usual = ranksHeld && supportHeld && areaHeld && monthsHeld && opportunity.attendance === 'any';
    columns.flags[i] = flagsOf(opportunity, { ...point, usual });
  });
  return { ...columns, ...pointColumns(columns.flags, columns.lat, columns.lng) };
}

/** The columns with these seats taken (by position), where they were built or packed with others. */
export function withCurrentSeats(columns: ConstraintColumns, filled: Float64Array): ConstraintColumns {
  if (filled.length !== columns.flags.length) throw new RangeError(`seats for ${filled.length} opportunities, not ${columns.flags.length}`);
  return { ...columns, filled };
}

/**
 * The columns in plain arrays, for storing (see catalog-pack). `filled` is left out, being read
 * with the seats as they are now; so are the distinct schedules, each found again in `ranges` at
 * its first use in `scheduleOf`, and what is worked out of each point (see geoColumns).
 */
export type PackedColumns = {
  [
    K in Exclude<keyof ConstraintColumns, 'filled' | 'schedules' | 'areas' | 'cosLat' | 'ux' | 'uy' | 'uz'>
  ]: ConstraintColumns[K] extends Float64Array ? PackedFloats : number[];
} & { areas: string[] };

export function packColumns(columns: ConstraintColumns): PackedColumns {
  return {
    flags: Array.from(columns.flags),
    months: Array.from(columns.months),
    capacity: packFloats(columns.capacity),
    step: Array.from(columns.step),
    groupSize: Array.from(columns.groupSize),
    conversation: Array.from(columns.conversation),
    support: Array.from(columns.support),
    genders: Array.from(columns.genders),
    minAge: packFloats(columns.minAge),
    maxAge: packFloats(columns.maxAge),
    area: Array.from(columns.area),
    // Numbered as met, so in the order of their positions.
    areas: [...columns.areas.keys()],
    lat: packFloats(columns.lat),
    lng: packFloats(columns.lng),
    scheduleOf: Array.from(columns.scheduleOf),
    ranges: Array.from(columns.ranges),
    rangeStart: Array.from(columns.rangeStart),
  };
}

/**
 * The columns packed for `filled.length` opportunities, with these seats taken (by position);
 * throws on a value of another layout.
 */
export function unpackColumns(packed: PackedColumns, filled: Float64Array): ConstraintColumns {
  const n = filled.length;
  const rangeStart = unpackInt32s(packed.rangeStart, n + 1);
  const ranges = unpackInt32s(packed.ranges, rangeStart[n]);
  const scheduleOf = unpackInt32s(packed.scheduleOf, n);
  const flags = Uint8Array.from(checked(packed.flags, n));
  const lat = unpackFloats(packed.lat, n);
  const lng = unpackFloats(packed.lng, n);
  return {
    ...pointColumns(flags, lat, lng),
    flags,
    lat,
    lng,
    months: Uint16Array.from(checked(packed.months, n)),
    capacity: unpackFloats(packed.capacity, n),
    filled,
    step: Uint8Array.from(checked(packed.step, n)),
    groupSize: Uint8Array.from(checked(packed.groupSize, n)),
    conversation: Uint8Array.from(checked(packed.conversation, n)),
    support: Uint8Array.from(checked(packed.support, n)),
    genders: Uint8Array.from(checked(packed.genders, n)),
    minAge: unpackFloats(packed.minAge, n),
    maxAge: unpackFloats(packed.maxAge, n),
    area: unpackInt32s(packed.area, n),
    areas: new Map(checked(packed.areas).map((area, position) => [area, position])),
    schedules: schedulesOf(scheduleOf, ranges, rangeStart),
    scheduleOf,
    ranges,
    rangeStart,
  };
}

/** Each distinct schedule as distinctSchedules numbered it, in order of first use, viewed in `ranges`. */
function schedulesOf(scheduleOf: Int32Array, ranges: Int32Array, rangeStart: Int32Array): WeekRanges[] {
  const schedules: WeekRanges[] = [];
  scheduleOf.forEach((schedule, i) => {
    if (schedule > schedules.length) throw new RangeError(`schedule ${schedule} used before schedule ${schedules.length}`);
    if (schedule === schedules.length) schedules.push(ranges.subarray(rangeStart[i], rangeStart[i + 1]));
  });
  return schedules;
}

function distinctSchedules(weekRanges: readonly WeekRanges[]): Pick<ConstraintColumns, 'schedules' | 'scheduleOf'> {
  const positions = new Map<string, number>();
  const schedules: WeekRanges[] = [];
  const scheduleOf = Int32Array.from(weekRanges, (ranges) => {
    const key = ranges.join(',');
    let position = positions.get(key);
    if (position === undefined) {
      positions.set(key, (position = schedules.length));
      schedules.push(ranges);
    }
    return position;
  });
  return { schedules, scheduleOf };
}

/** False when a month is not 1–12. */
function writeMonths(columns: ColumnsBeingBuilt, i: number, months: readonly unknown[]): boolean {
  let bits = 0;
  for (const month of months) {
    if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) return false;
    bits |= 1 << ((month as number) - 1);
  }
  columns.months[i] = bits === 0 ? ALL_YEAR : bits;
  return true;
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

/** Whether the place has a point (its own, or its area's representative point: `estimated`). */
function writePoint(
  columns: ColumnsBeingBuilt,
  i: number,
  place: MatchableOpportunity['location'],
): { hasPoint: boolean; estimated: boolean } {
  const { point, estimated } = toTravelEnd(place);
  if (point === null) return { hasPoint: false, estimated };
  columns.lat[i] = point.lat;
  columns.lng[i] = point.lng;
  return { hasPoint: true, estimated };
}

/**
 * What distances and reach read of each point (HAS_POINT), from its latitude and longitude in
 * radians: the cosine of the latitude, as toGeoPoint works it out, and the unit vector, as
 * toUnitVector does for the person's home, so both ends of every chord are worked out alike.
 * Worked out here for a catalog built and one loaded alike: stored, these full-precision numbers
 * would be most of the packed columns, and working them out costs less than reading them. A plain
 * loop over the arrays, no object per point: a new isolate runs it once, before it is compiled.
 */
function pointColumns(flags: Uint8Array, lat: Float64Array, lng: Float64Array): Pick<ConstraintColumns, 'cosLat' | 'ux' | 'uy' | 'uz'> {
  const n = flags.length;
  const cosLat = new Float64Array(n);
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const uz = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if ((flags[i]! & HAS_POINT) === 0) continue;
    const cos = Math.cos(lat[i]!);
    cosLat[i] = cos;
    ux[i] = cos * Math.cos(lng[i]!);
    uy[i] = cos * Math.sin(lng[i]!);
    uz[i] = Math.sin(lat[i]!);
  }
  return { cosLat, ux, uy, uz };
}

type PointAndUsual = { hasPoint: boolean; estimated: boolean; usual: boolean };

function flagsOf(opportunity: MatchableOpportunity, { hasPoint, estimated, usual }: PointAndUsual): number {
  const { environment, location } = opportunity;
  return (
    (opportunity.status === 'open' ? OPEN : 0) |
    (environment.customerFacing ? CUSTOMER_FACING : 0) |
    (environment.phone ? PHONE : 0) |
    (location.online ? ONLINE : 0) |
    (hasPoint ? HAS_POINT : 0) |
    (usual ? 0 : UNUSUAL) |
    (hasShortSlots(opportunity.schedule) ? SHORT_SLOTS : 0) |
    (estimated ? ESTIMATED : 0)
  );
}

/**
 * Whether the columns hold the opportunity exactly: then exclusionMask judges it on every rule as
 * constraints.ts would, and extraSupport counts as supportPart does.
 */
export function isUsual(columns: ConstraintColumns, index: number): boolean {
  return (columns.flags[index]! & UNUSUAL) === 0;
}

const unusualByFlags = new WeakMap<Uint8Array, number[]>();

/**
 * The positions of the opportunities the columns cannot judge (see isUsual), whose records
 * matching reads: worked out once per catalog content (seat refreshes keep the flags).
 */
export function unusualPositions(columns: ConstraintColumns): readonly number[] {
  let positions = unusualByFlags.get(columns.flags);
  if (positions === undefined) {
    positions = [];
    for (let index = 0; index < columns.flags.length; index++) if ((columns.flags[index]! & UNUSUAL) !== 0) positions.push(index);
    unusualByFlags.set(columns.flags, positions);
  }
  return positions;
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
  /** The needs only the opportunity can meet: accompaniment never excludes (see needsMet). */
  readonly requiredNeeds: number;
  readonly gender: number;
  readonly age: number | null;
  readonly homeArea: number;
  readonly home: GeoPoint | null;
  readonly homeUnit: UnitVector | null;
  /** The quick reach test's bounds for the farthest the person can go (see geo/chord). */
  readonly reach: ChordBounds;
  readonly homeEstimated: boolean;
  /** This month's bit in `months`. */
  readonly month: number;
  readonly availability: WeekRanges;
  readonly modes: TravelModes;
  readonly maxMinutes: number;
};

/** The person, with their availability and travel modes already prepared for matching, and today's month (1–12). */
export type PersonForColumns = { profile: Profile; availability: WeekRanges; modes: TravelModes; month: number };

/**
 * The person in the columns' terms, each value as the expression in constraints.ts has it; null
 * when the person has a need or gender the bits cannot hold (then every opportunity is checked the
 * long way).
 */
export function columnQuery(columns: ConstraintColumns, person: PersonForColumns): ColumnQuery | null {
  const { profile, availability, modes, month } = person;
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
  const homeEnd = homeTravelEnd(home);
  return {
    stepLimit: profile.step + 1,
    maxGroup: GROUP_RANK[limits.maxGroupSize],
    maxConversation: CONVERSATION_RANK[limits.maxConversation],
    avoided: (limits.avoidCustomerFacing ? CUSTOMER_FACING : 0) | (limits.avoidPhone ? PHONE : 0),
    needs,
    requiredNeeds: needs & ~ACCOMPANIMENT_BIT,
    gender,
    age: profile.age ?? null,
    homeArea: typeof home.area === 'string' ? (columns.areas.get(home.area) ?? -1) : -1,
    home: homeEnd.point,
    homeUnit: homeEnd.point === null ? null : toUnitVector(homeEnd.point),
    reach: chordBounds(farthestKm(modes, profile.travel.maxMinutes)),
    homeEstimated: homeEnd.estimated,
    month: 1 << (month - 1),
    availability,
    modes,
    maxMinutes: profile.travel.maxMinutes,
  };
}

/** The farthest straight-line distance any of the modes covers in `maxMinutes` (-Infinity without modes). */
function farthestKm(modes: TravelModes, maxMinutes: number): number {
  let farthest = -Infinity;
  for (const mode of modes) farthest = Math.max(farthest, (maxMinutes - mode.fixedMinutes) / mode.minutesPerKm);
  return farthest;
}

/** In exclusionMasks, an unusual opportunity: the columns cannot judge it (see isUsual). */
export const UNJUDGED = 1 << 15;

/**
 * The hard constraints each opportunity breaks for the person, one EXCLUSION_BIT each (0 when it
 * fits), each test the expression in constraints.ts on the same values; UNJUDGED for an unusual one.
 * One loop over the arrays, with everything it reads taken out of the objects once.
 */
export function exclusionMasks(columns: ConstraintColumns, query: ColumnQuery): Uint16Array {
  const { flags, months, capacity, filled, step, groupSize, conversation, support, genders, minAge, maxAge, schedules, scheduleOf } =
    columns;
  const { stepLimit, maxGroup, maxConversation, avoided, requiredNeeds, gender, age, availability, month } = query;
  const n = flags.length;
  const masks = new Uint16Array(n);
  // One loop that turns each test into its bit without branching (the sign bit of a difference, or
  // a comparison as 0 or 1): the outcomes vary from one opportunity to the next, so branches were
  // mispredicted so often that a pass per rule with branches cost a third more.
  const scheduleMisses = new Uint16Array(schedules.length);
  for (let at = 0; at < schedules.length; at++)
    if (!scheduleFits(longestShared(availability, schedules[at]!))) scheduleMisses[at] = SCHEDULE;
  const minAgeLimit = age === null ? Infinity : age;
  const maxAgeLimit = age === null ? -Infinity : age;
  const allowedGenders = ANYONE | gender;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    masks[i] =
      (f & OPEN && months[i]! & month ? 0 : NOT_OPEN) |
      (Number(!(filled[i]! < capacity[i]!)) * FULL) |
      (((stepLimit - step[i]!) >>> 31) * STEP) |
      ((((maxGroup - groupSize[i]!) | (maxConversation - conversation[i]!) | -(f & avoided)) >>> 31) * ENVIRONMENT) |
      ((-(((support[i]! | (f & SHORT_SLOTS ? SHORT_HOURS_BIT : 0)) & requiredNeeds) ^ requiredNeeds) >>> 31) * NEEDS) |
      ((((genders[i]! & allowedGenders) - 1) >>> 31) * GENDER) |
      (Number(minAgeLimit < minAge[i]! || maxAgeLimit > maxAge[i]!) * AGE) |
      scheduleMisses[scheduleOf[i]!]!;
  }
  markOutOfReach(columns, query, masks);
  return masks;
}

/**
 * Marks an unusual opportunity UNJUDGED, and adds TRAVEL where isWithinReach(tripAt(…)) is false,
 * without building the estimates: most trips are settled by the chord bounds (geo/chord), the rest
 * by the exact distance. The fastest mode is within reach exactly when some mode is.
 */
function markOutOfReach(columns: ConstraintColumns, query: ColumnQuery, masks: Uint16Array): void {
  const { flags, area, ux, uy, uz } = columns;
  const { home, homeUnit, homeArea, reach, modes, maxMinutes } = query;
  const n = flags.length;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if (f & UNUSUAL) {
      masks[i] = UNJUDGED;
      continue;
    }
    if (f & ONLINE) continue;
    if (home === null || homeUnit === null || !(f & HAS_POINT)) {
      if (area[i] !== homeArea) masks[i]! |= TRAVEL;
      continue;
    }
    const chord = chordSquaredKm(homeUnit, ux, uy, uz, i);
    if (chord <= reach.inside) continue;
    if (chord > reach.outside || !someModeWithin(distanceKmTo(home, columns, i), modes, maxMinutes)) masks[i]! |= TRAVEL;
  }
}

function someModeWithin(km: number, modes: TravelModes, maxMinutes: number): boolean {
  for (const mode of modes) if (km * mode.minutesPerKm + mode.fixedMinutes <= maxMinutes) return true;
  return false;
}

/** estimateTravel for a usual opportunity, from the columns. */
export function tripAt(columns: ConstraintColumns, query: ColumnQuery, i: number): TravelEstimate {
  const f = columns.flags[i]!;
  if (f & ONLINE) return onlineTrip();
  const { home } = query;
  if (home === null || !(f & HAS_POINT)) return areaTrip(columns.area[i] === query.homeArea);
  const km = distanceKmTo(home, columns, i);
  return fastestTrip(km, query.modes, query.homeEstimated || (f & ESTIMATED) !== 0);
}
