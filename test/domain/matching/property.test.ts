import { describe, expect, it } from 'vitest';
import {
  matchProfile,
  packCatalog,
  prepareCatalog,
  unpackCatalog,
  withSeatsRefreshed,
  type PackedCatalog,
} from '../../../src/domain/matching/match';
import { createFieldReadings, decodeReadings, encodeReadings } from '../../../src/domain/text/readings';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type {
  ConversationLevel,
  Gender,
  GroupSize,
  HostRetention,
  MatchableOpportunity,
  Profile,
  Slot,
  Step,
  Support,
  TravelMode,
} from '../../../src/domain/types';
import { areas, pointOf as areaPoint } from '../../support/city';
import { recordsAtHand } from '../../support/catalog-records';

/**
 * Thousands of random people × openings, checked against a plain re-statement of the API's
 * constraint table written here from scratch (minute-by-minute calendars, textbook haversine),
 * so a shared mistake in the matching code cannot hide itself.
 */

// mulberry32: a tiny seeded PRNG, so every run draws the same cases.
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  const subset = <T>(xs: readonly T[], p: number) => xs.filter(() => chance(p));
  return { next, int, pick, chance, subset };
}
type Rng = ReturnType<typeof prng>;

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const SUPPORT: Support[] = ['trial_visit', 'accompaniment', 'quiet_space', 'job_coach', 'online', 'flexible_attendance', 'short_hours'];
const MODES: TravelMode[] = ['walk', 'bicycle', 'bus', 'train', 'car'];
const SIZES: GroupSize[] = ['solo', 'small', 'large'];
const TALK: ConversationLevel[] = ['none', 'little', 'much'];
const GENDERS: Gender[] = ['female', 'male', 'other', 'unspecified'];
const STEPS: Step[] = [1, 2, 3, 4, 5];
const WORDS = ['農作業', '土いじり', 'パソコン', '清掃', '料理', '読書', '動物', '手芸'];

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Slots on a half-hour grid, sometimes nudged a minute, so 59/60/61-minute overlaps come up often. */
function slots(rng: Rng, count: number): Slot[] {
  return Array.from({ length: count }, () => {
    const start = Math.max(0, rng.int(12, 40) * 30 + rng.pick([0, 0, 0, 1, -1]));
    const end = Math.min(1440, start + rng.int(1, 8) * 30 + rng.pick([0, 0, 0, 1, -1]));
    // Most slots fall mid-week so that people and openings meet often enough to test both sides.
    return { day: rng.chance(0.7) ? rng.pick(['tue', 'wed', 'thu'] as const) : rng.pick(DAYS), start: hhmm(start), end: hhmm(end) };
  });
}

/** The middle of the city's representative points: random places fall within about 6 km of it. */
const CENTRE = {
  lat: areas.reduce((sum, area) => sum + areaPoint(area).lat, 0) / areas.length,
  lng: areas.reduce((sum, area) => sum + areaPoint(area).lng, 0) / areas.length,
};

function place(rng: Rng) {
  const located = rng.chance(0.8);
  return {
    area: rng.pick(areas),
    lat: located ? CENTRE.lat - 0.06 + rng.next() * 0.12 : null,
    lng: located ? CENTRE.lng - 0.065 + rng.next() * 0.13 : null,
  };
}

function randomOpportunity(rng: Rng, i: number): MatchableOpportunity {
  const capacity = rng.chance(0.05) ? 0 : rng.int(1, 4);
  const minAge = rng.chance(0.3) ? rng.int(15, 40) : null;
  return {
    id: `o${String(i).padStart(4, '0')}`,
    hostId: `h${rng.int(1, 20)}`,
    hostName: 'テスト受け入れ先',
    title: rng.pick(['畑の手入れ', 'カフェ', '事務補助', '居場所']),
    kind: rng.pick(['ibasho', 'volunteer', 'work_experience', 'intermediate_work', 'employment', 'learning'] as const),
    description: '',
    tags: rng.subset(WORDS, 0.2),
    schedule: slots(rng, rng.int(0, 3)),
    location: { ...place(rng), online: rng.chance(0.15) },
    capacity,
    filled: rng.chance(0.15) ? capacity : rng.int(0, Math.max(0, capacity - 1)),
    step: rng.pick(STEPS),
    environment: {
      groupSize: rng.pick(['solo', 'small', 'small', 'large'] as const),
      conversation: rng.pick(['none', 'little', 'little', 'much'] as const),
      customerFacing: rng.chance(0.2),
      phone: rng.chance(0.2),
    },
    support: rng.subset(SUPPORT, 0.4),
    eligibility: {
      minAge,
      maxAge: rng.chance(0.3) ? rng.int(minAge ?? 15, 70) : null,
      genders: rng.chance(0.1) ? rng.subset(GENDERS, 0.5) : [],
    },
    status: rng.chance(0.85) ? 'open' : rng.pick(['paused', 'closed'] as const),
    pay: rng.pick(['none', 'allowance', 'wage'] as const),
    attendance: rng.chance(0.15) ? 'all' : 'any',
    months: rng.chance(0.15) ? rng.subset([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 0.4) : [],
    hostUnderstanding: [],
    updatedAt: new Date(Date.UTC(2026, 0, 1) + rng.int(0, 150) * 86_400_000).toISOString(),
    confirmedAt: null,
  };
}

function randomProfile(rng: Rng): Profile {
  return {
    age: rng.chance(0.9) ? rng.int(14, 72) : null,
    gender: rng.chance(0.9) ? rng.pick(GENDERS) : null,
    home: place(rng),
    travel: { modes: rng.chance(0.03) ? [] : rng.subset(MODES, 0.5), maxMinutes: rng.pick([10, 20, 30, 45, 60, 90]) },
    availability: slots(rng, rng.int(2, 8)),
    interests: rng.subset(WORDS, 0.2),
    step: rng.pick(STEPS),
    limits: {
      maxGroupSize: rng.pick(['solo', 'small', 'large', 'large'] as const),
      maxConversation: rng.pick(['none', 'little', 'much', 'much'] as const),
      avoidCustomerFacing: rng.chance(0.4),
      avoidPhone: rng.chance(0.4),
    },
    needs: rng.subset(SUPPORT, 0.1),
  };
}

// ── The oracle: the API table, restated the slow and obvious way ──────────────────────────────

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

function calendar(list: Slot[]): boolean[][] {
  const week = DAYS.map(() => new Array<boolean>(1440).fill(false));
  for (const s of list) for (let m = minutesOf(s.start); m < minutesOf(s.end); m++) week[DAYS.indexOf(s.day)]![m] = true;
  return week;
}

const calendars = new WeakMap<Slot[], boolean[][]>();
function calendarOf(list: Slot[]): boolean[][] {
  let week = calendars.get(list);
  if (!week) calendars.set(list, (week = calendar(list)));
  return week;
}

function longestShared(a: Slot[], b: Slot[]): number {
  const ca = calendarOf(a);
  const cb = calendarOf(b);
  let best = 0;
  for (let d = 0; d < 7; d++) {
    let run = 0;
    for (let m = 0; m < 1440; m++) {
      run = ca[d]![m] && cb[d]![m] ? run + 1 : 0;
      best = Math.max(best, run);
    }
  }
  return best;
}

function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const SPEED: Record<TravelMode, [number, number]> = { walk: [4.8, 0], bicycle: [12, 0], bus: [15, 10], train: [25, 12], car: [25, 5] };

/** Each area's representative point, where a side without coordinates is placed. */
const REPRESENTATIVE: Record<string, [number, number]> = Object.fromEntries(
  areas.map((area) => [area, [areaPoint(area).lat, areaPoint(area).lng]]),
);

function pointOf(place: { area: string; lat?: number | null; lng?: number | null }): [number, number] {
  return place.lat != null && place.lng != null ? [place.lat, place.lng] : REPRESENTATIVE[place.area]!;
}

function travelFails(p: Profile, o: MatchableOpportunity): boolean {
  if (o.location.online) return false;
  const km = haversineKm(...pointOf(p.home), ...pointOf(o.location)) * 1.3;
  const times = p.travel.modes.map((m) => (km / SPEED[m][0]) * 60 + SPEED[m][1]);
  return times.length === 0 || Math.min(...times) > p.travel.maxMinutes;
}

const TODAY_MONTH = 6;

function scheduleFails(p: Profile, o: MatchableOpportunity): boolean {
  if (longestShared(p.availability, o.schedule) < 60) return true;
  return o.attendance === 'all' && o.schedule.some((slot) => longestShared([slot], p.availability) < 60);
}

function needMissing(need: Support, o: MatchableOpportunity): boolean {
  if (need === 'accompaniment' || o.support.includes(need)) return false;
  return !(need === 'short_hours' && o.schedule.every((slot) => minutesOf(slot.end) - minutesOf(slot.start) <= 180));
}

function expectedCodes(p: Profile, o: MatchableOpportunity): string[] {
  const rank = <T>(xs: T[], x: T) => xs.indexOf(x);
  const codes: string[] = [];
  if (o.status !== 'open' || (o.months.length > 0 && !o.months.includes(TODAY_MONTH))) codes.push('not_open');
  if (o.filled >= o.capacity) codes.push('full');
  if (scheduleFails(p, o)) codes.push('schedule');
  if (travelFails(p, o)) codes.push('travel');
  const { minAge, maxAge, genders } = o.eligibility;
  if (p.age != null && ((minAge != null && p.age < minAge) || (maxAge != null && p.age > maxAge))) codes.push('age');
  if (genders.length > 0 && (p.gender == null || !genders.includes(p.gender))) codes.push('gender');
  if (p.needs.some((n) => needMissing(n, o))) codes.push('needs');
  const e = o.environment;
  const l = p.limits;
  if (
    rank(SIZES, e.groupSize) > rank(SIZES, l.maxGroupSize) ||
    rank(TALK, e.conversation) > rank(TALK, l.maxConversation) ||
    (e.customerFacing && l.avoidCustomerFacing) ||
    (e.phone && l.avoidPhone)
  ) {
    codes.push('environment');
  }
  if (o.step > p.step + 1) codes.push('step');
  return codes;
}

// ──────────────────────────────────────────────────────────────────────────────────────────────

const synonyms = loadSynonyms([['農作業', '土いじり', '畑']]);

/** The catalog as a new isolate builds it from stored readings (see src/domain/text/readings.ts). */
function fromStored(opportunities: readonly MatchableOpportunity[]) {
  const reading = createFieldReadings(synonyms);
  prepareCatalog(opportunities, reading);
  return prepareCatalog(opportunities, createFieldReadings(synonyms, decodeReadings(encodeReadings(reading.byField))));
}

/** The catalog as a new isolate loads it stored: built, packed, through JSON, and unpacked. */
function fromPacked(opportunities: readonly MatchableOpportunity[]) {
  const built = prepareCatalog(opportunities, synonyms);
  return unpackCatalog(JSON.parse(JSON.stringify(packCatalog(built))) as PackedCatalog, recordsAtHand(opportunities), synonyms);
}

describe.each([
  ['built by reading the text', (opportunities: readonly MatchableOpportunity[]) => prepareCatalog(opportunities, synonyms)],
  ['built from stored readings', fromStored],
  ['loaded from its packed form', fromPacked],
])('matching: hard constraints hold for random people and openings, the catalog %s', (_, prepare) => {
  const rng = prng(20260601);
  const opportunities = Array.from({ length: 400 }, (_, i) => randomOpportunity(rng, i));
  const profiles = Array.from({ length: 40 }, () => randomProfile(rng));
  const catalog = prepare(opportunities);
  const retention = new Map<string, HostRetention>([
    ['h1', { eligible: 10, retained: 7 }],
    ['h2', { eligible: 1, retained: 0 }],
  ]);
  const options = { now: new Date('2026-06-01T10:00:00+09:00'), limit: 10_000, includeExcluded: true, retention };

  it('offers exactly the feasible openings and names every broken constraint of the rest', () => {
    let offered = 0;
    const soleReason = new Map<string, number>();
    const sharedMinutes = new Set<number>();
    for (const profile of profiles) {
      const { items, excluded, excludedByCode, relaxations } = matchProfile(profile, catalog, options);
      const byCode: Record<string, number> = {};
      const alone: Record<string, number> = {};
      const got = new Map<string, string[]>();
      for (const item of items) got.set(item.opportunityId, []);
      for (const ex of excluded)
        got.set(
          ex.opportunityId,
          ex.reasons.map((r) => r.code),
        );
      expect(got.size).toBe(opportunities.length);
      for (const o of opportunities) {
        const expected = expectedCodes(profile, o);
        expect(got.get(o.id), o.id).toEqual(expected);
        if (expected.length === 1) soleReason.set(expected[0]!, (soleReason.get(expected[0]!) ?? 0) + 1);
        for (const code of expected) byCode[code] = (byCode[code] ?? 0) + 1;
        if (expected.length === 1) alone[expected[0]!] = (alone[expected[0]!] ?? 0) + 1;
        sharedMinutes.add(longestShared(profile.availability, o.schedule));
      }
      expect(excludedByCode).toEqual(byCode);
      expect(Object.fromEntries(relaxations.map((r) => [r.code, r.wouldAdd]))).toEqual(alone);
      offered += items.length;
    }
    // The draws must reach both sides of every rule, or the check above proves little.
    expect(offered).toBeGreaterThan(200);
    for (const code of ['not_open', 'full', 'schedule', 'travel', 'age', 'gender', 'needs', 'environment', 'step']) {
      expect(soleReason.get(code) ?? 0, code).toBeGreaterThan(5);
    }
    expect([59, 60, 61].every((m) => sharedMinutes.has(m))).toBe(true);
    // And the rules that are not plain support lists: accompaniment, short slots, courses, seasons.
    const needy = profiles.filter((p) => p.needs.includes('accompaniment') || p.needs.includes('short_hours'));
    expect(needy.length).toBeGreaterThan(3);
    expect(opportunities.filter((o) => o.attendance === 'all').length).toBeGreaterThan(30);
    expect(opportunities.filter((o) => o.months.length > 0 && !o.months.includes(TODAY_MONTH)).length).toBeGreaterThan(10);
  });

  it('keeps every offered item well-formed: ordered, scored 0…1, slots shared and long enough', () => {
    for (const profile of profiles) {
      const { items } = matchProfile(profile, catalog, options);
      expect(matchProfile(profile, catalog, { ...options, includeExcluded: false }).items).toEqual(items);
      items.forEach((item, i) => {
        expect(item.score).toBeGreaterThanOrEqual(0);
        expect(item.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(items[i - 1]!.score).toBeGreaterThanOrEqual(item.score);
        expect(item.matchedSlots.length).toBeGreaterThan(0);
        const opportunity = opportunities.find((o) => o.id === item.opportunityId)!;
        for (const s of item.matchedSlots) {
          expect(minutesOf(s.end) - minutesOf(s.start)).toBeGreaterThanOrEqual(60);
          expect(longestShared([s], profile.availability)).toBe(minutesOf(s.end) - minutesOf(s.start));
          expect(longestShared([s], opportunity.schedule)).toBe(minutesOf(s.end) - minutesOf(s.start));
        }
        if (item.travelMinutes !== null) expect(item.travelMinutes).toBeLessThanOrEqual(profile.travel.maxMinutes);
        const codes = item.warnings.map((w) => w.code);
        const located = (x: { lat?: number | null; lng?: number | null }) => x.lat != null && x.lng != null;
        const estimated = !opportunity.location.online && !(located(profile.home) && located(opportunity.location));
        expect(codes.includes('travel_estimated'), 'travel_estimated').toBe(estimated);
        const accompanies = profile.needs.includes('accompaniment') && !opportunity.support.includes('accompaniment');
        expect(codes.includes('supporter_accompanies'), 'supporter_accompanies').toBe(accompanies);
        expect(codes.includes('step_up'), 'step_up').toBe(opportunity.step === profile.step + 1);
        const attended = opportunity.schedule.filter((slot) => longestShared([slot], profile.availability) >= 60);
        const cutShort =
          attended.length > 0 &&
          attended.every((slot) => longestShared([slot], profile.availability) < minutesOf(slot.end) - minutesOf(slot.start));
        expect(codes.includes('partial_attendance'), 'partial_attendance').toBe(cutShort);
      });
    }
  });

  it('gives the same answer every time', () => {
    const profile = profiles[0]!;
    expect(matchProfile(profile, catalog, options)).toEqual(matchProfile(profile, catalog, options));
  });
});

describe('matching: a short list is the head of the full one', () => {
  // Scores are rounded to two decimals, so equal scores are common; every opening is listed three
  // times over (ids apart) so that equal scores and equal trips meet at the cut too. Hosts that
  // understand, people with circumstances, wishes for pay and retention records bring every part
  // of the score into play.
  const rng = prng(20261206);
  const UNDERSTOOD = ['hikikomori', 'youth', 'elderly'] as const;
  const opportunities = Array.from({ length: 300 }, (_, i) => ({
    ...randomOpportunity(rng, i),
    hostUnderstanding: rng.subset(UNDERSTOOD, 0.3),
  })).flatMap((o, i) => [0, 1, 2].map((copy) => ({ ...o, id: `o${String(3 * i + copy).padStart(4, '0')}` })));
  const profiles = Array.from({ length: 40 }, () => ({
    ...randomProfile(rng),
    interests: rng.subset(WORDS, 0.4),
    circumstances: rng.subset(UNDERSTOOD, 0.4),
    preferences: rng.chance(0.5) ? { pay: 'paid' as const } : null,
  }));
  const retention = new Map<string, HostRetention>(Array.from({ length: 10 }, (_, h) => [`h${h + 1}`, { eligible: 3 + h, retained: h }]));
  const catalog = prepareCatalog(opportunities, synonyms);
  const options = { now: new Date('2026-06-01T10:00:00+09:00'), limit: 10_000, includeExcluded: false, retention };

  it('keeps, at any limit, the first items of the full ranking, equal scores at the cut in the same order', () => {
    let tiesAtTheCut = 0;
    for (const profile of profiles) {
      const full = matchProfile(profile, catalog, options);
      for (const limit of [1, 3, 10, 25]) {
        expect(matchProfile(profile, catalog, { ...options, limit }).items).toEqual(full.items.slice(0, limit));
        if (full.items.length > limit && full.items[limit - 1]!.score === full.items[limit]!.score) tiesAtTheCut++;
      }
    }
    expect(tiesAtTheCut).toBeGreaterThan(40);
  });

  it('counts every left-out opening whatever the limit', () => {
    for (const profile of profiles) {
      const full = matchProfile(profile, catalog, { ...options, includeExcluded: true });
      const short = matchProfile(profile, catalog, { ...options, limit: 1 });
      expect(short.excludedByCode).toEqual(full.excludedByCode);
      expect(short.relaxations).toEqual(full.relaxations);
      expect(full.items.length + full.excluded.length).toBe(opportunities.length);
    }
  });

  it('answers every person alike from the catalog built and the one loaded from its packed form', () => {
    const loaded = unpackCatalog(JSON.parse(JSON.stringify(packCatalog(catalog))) as PackedCatalog, recordsAtHand(opportunities), synonyms);
    for (const profile of profiles) {
      for (const includeExcluded of [true, false]) {
        expect(matchProfile(profile, loaded, { ...options, includeExcluded })).toEqual(
          matchProfile(profile, catalog, { ...options, includeExcluded }),
        );
      }
    }
  });

  it('ranks on refreshed seats as on a catalog prepared afresh', () => {
    const seats = opportunities.map((o) => ({ ...o }));
    const before = prepareCatalog(seats, loadSynonyms([['農作業', '土いじり', '畑']]));
    matchProfile(profiles[0]!, before, options);
    for (const o of seats) o.filled = o.capacity > o.filled ? o.filled + 1 : 0;
    const refreshed = withSeatsRefreshed(before, recordsAtHand(seats).seats);
    const afresh = prepareCatalog(seats, loadSynonyms([['農作業', '土いじり', '畑']]));
    for (const profile of profiles.slice(0, 10)) {
      expect(matchProfile(profile, refreshed, { ...options, limit: 10 })).toEqual(matchProfile(profile, afresh, { ...options, limit: 10 }));
    }
  });
});
