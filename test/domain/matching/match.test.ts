import { describe, expect, it } from 'vitest';
import { distanceKm, toGeoPoint } from '../../../src/domain/geo/great-circle';
import { tripMinutes } from '../../../src/domain/geo/travel';
import { matchProfile, prepareCatalog, type MatchOptions } from '../../../src/domain/matching/match';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type { HostRetention, MatchableOpportunity, Profile } from '../../../src/domain/types';
import { makeOpportunity, makeProfile } from './fixtures';
import { aThirdArea, anArea, anotherArea, northOf, pointOf, staleListingDays } from '../../support/city';

const synonyms = loadSynonyms([['農作業', '農業', '畑', '土いじり']]);
const now = new Date('2026-06-01T10:00:00+09:00');

/** The Tokyo time `days` days (and `seconds` seconds) before `now`, as the API writes it. */
function tokyoDaysBefore(days: number, seconds = 0): string {
  const at = new Date(now.getTime() - days * 86_400_000 - seconds * 1_000 + 9 * 3_600_000);
  return `${at.toISOString().slice(0, 19)}+09:00`;
}

function match(profile: Profile, opportunities: MatchableOpportunity[], options: Partial<MatchOptions> = {}) {
  return matchProfile(profile, prepareCatalog(opportunities, synonyms), {
    now,
    limit: 50,
    includeExcluded: true,
    retention: new Map<string, HostRetention>(),
    ...options,
  });
}

/** The exclusion codes of the one opening, or 'offered' when it is in the items. */
function verdict(profile: Profile, opportunity: MatchableOpportunity): string[] | 'offered' {
  const result = match(profile, [opportunity]);
  if (result.items.length === 1) return 'offered';
  return result.excluded[0]!.reasons.map((r) => r.code);
}

describe('matching: the whole check, one constraint at a time', () => {
  it('offers the baseline opening, shaped as the API promises', () => {
    const opportunity = makeOpportunity({ title: '畑の手入れ' });
    const { items, excluded } = match(makeProfile(), [opportunity]);
    expect(excluded).toEqual([]);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['hostId', 'hostName', 'kind', 'matchedSlots', 'opportunityId', 'reasons', 'score', 'title', 'travelMinutes', 'warnings'].sort(),
    );
    expect(items[0]).toMatchObject({
      opportunityId: opportunity.id,
      title: '畑の手入れ',
      kind: 'work_experience',
      hostId: 'host-1',
      hostName: 'NPO法人まちの縁側',
      travelMinutes: 0,
      matchedSlots: [{ day: 'tue', start: '09:00', end: '12:00' }],
    });
  });

  it('needs one shared hour: exactly 60 minutes in, 59 out', () => {
    const person = makeProfile({ availability: [{ day: 'tue', start: '11:00', end: '15:00' }] });
    expect(verdict(person, makeOpportunity({ schedule: [{ day: 'tue', start: '10:00', end: '12:00' }] }))).toBe('offered');
    expect(verdict(person, makeOpportunity({ schedule: [{ day: 'tue', start: '10:00', end: '11:59' }] }))).toEqual(['schedule']);
  });

  it('applies the schedule to online-only openings too', () => {
    const online = { area: aThirdArea, online: true };
    expect(verdict(makeProfile(), makeOpportunity({ location: online }))).toBe('offered');
    expect(verdict(makeProfile(), makeOpportunity({ location: online, schedule: [{ day: 'wed', start: '09:00', end: '12:00' }] }))).toEqual(
      ['schedule'],
    );
  });

  it('offers a trip just under the limit and leaves out one just over it', () => {
    const home = { area: anArea, lat: 35.85, lng: 139.9 };
    const place = { area: anArea, lat: 35.862, lng: 139.9, online: false };
    const minutes = tripMinutes(distanceKm(toGeoPoint(home)!, toGeoPoint(place)!), 'walk');
    expect(Number.isInteger(minutes)).toBe(false);
    const opportunity = makeOpportunity({ location: place });
    const walker = (maxMinutes: number) => makeProfile({ home, travel: { modes: ['walk'], maxMinutes } });
    expect(verdict(walker(Math.ceil(minutes)), opportunity)).toBe('offered');
    expect(verdict(walker(Math.floor(minutes)), opportunity)).toEqual(['travel']);
  });

  it("estimates a home without coordinates from its area's representative point, whatever area the opening is in", () => {
    const person = makeProfile({ home: { area: anotherArea }, travel: { modes: ['walk'], maxMinutes: 5 } });
    expect(verdict(person, makeOpportunity({ location: { area: aThirdArea, ...pointOf(anotherArea), online: false } }))).toBe('offered');
    expect(verdict(person, makeOpportunity({ location: { area: anotherArea, ...northOf(anotherArea, 3), online: false } }))).toEqual([
      'travel',
    ]);
  });

  it('never leaves out an online opening for travel, however far', () => {
    const person = makeProfile({ home: { area: anotherArea, lat: 35.6, lng: 139.7 }, travel: { modes: [], maxMinutes: 0 } });
    expect(verdict(person, makeOpportunity({ location: { area: aThirdArea, lat: 36.5, lng: 140.5, online: true } }))).toBe('offered');
  });

  it('offers the next step up and leaves out two steps up', () => {
    expect(verdict(makeProfile({ step: 2 }), makeOpportunity({ step: 3 }))).toBe('offered');
    expect(verdict(makeProfile({ step: 2 }), makeOpportunity({ step: 4 }))).toEqual(['step']);
  });

  it('includes both ends of the age range, and keeps a person of unknown age with a warning', () => {
    const youth = makeOpportunity({ eligibility: { minAge: 15, maxAge: 39, genders: [] } });
    expect(verdict(makeProfile({ age: 39 }), youth)).toBe('offered');
    expect(verdict(makeProfile({ age: 40 }), youth)).toEqual(['age']);
    const { items } = match(makeProfile({ age: null }), [youth]);
    expect(items[0]?.warnings.map((w) => w.code)).toContain('age_unknown');
  });

  it('lists every constraint an opening breaks, in the order of the API table', () => {
    const everythingWrong = makeOpportunity({
      status: 'paused',
      capacity: 2,
      filled: 2,
      schedule: [{ day: 'sun', start: '09:00', end: '12:00' }],
      location: { area: aThirdArea, ...northOf(anotherArea, 15), online: false },
      eligibility: { minAge: 50, maxAge: null, genders: ['female'] },
      support: [],
      environment: { groupSize: 'large', conversation: 'much', customerFacing: true, phone: true },
      step: 5,
    });
    const person = makeProfile({ home: { area: anotherArea }, needs: ['job_coach'] });
    expect(verdict(person, everythingWrong)).toEqual([
      'not_open',
      'full',
      'schedule',
      'travel',
      'age',
      'gender',
      'needs',
      'environment',
      'step',
    ]);
    for (const reason of match(person, [everythingWrong]).excluded[0]!.reasons) {
      expect(reason.message).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
  });

  it('lists nothing left out unless asked', () => {
    const result = match(makeProfile(), [makeOpportunity({ status: 'closed' })], { includeExcluded: false });
    expect(result).toEqual({
      items: [],
      excluded: [],
      excludedByCode: { not_open: 1 },
      relaxations: [{ code: 'not_open', wouldAdd: 1 }],
      notices: [],
    });
  });

  it('puts the near misses first among the openings left out', () => {
    const twoReasons = makeOpportunity({ id: 'a', status: 'closed', step: 5 });
    const oneReason = makeOpportunity({ id: 'b', status: 'closed' });
    expect(match(makeProfile(), [twoReasons, oneReason]).excluded.map((e) => e.opportunityId)).toEqual(['b', 'a']);
  });

  it('returns at most `limit` items, the best ones', () => {
    const opportunities = Array.from({ length: 30 }, (_, i) =>
      makeOpportunity({ id: `o${String(i).padStart(2, '0')}`, step: i % 2 === 0 ? 2 : 1 }),
    );
    const all = match(makeProfile(), opportunities, { limit: 100 }).items;
    const top = match(makeProfile(), opportunities, { limit: 5 }).items;
    expect(top).toEqual(all.slice(0, 5));
  });
});

describe('matching: warnings', () => {
  it(`warns about a listing nobody has updated or confirmed for more than ${staleListingDays} days`, () => {
    const updatedAt = tokyoDaysBefore(staleListingDays + 3);
    const stale = makeOpportunity({ updatedAt, confirmedAt: null });
    const warning = match(makeProfile(), [stale]).items[0]?.warnings.find((w) => w.code === 'stale_listing');
    expect(warning?.message).toContain(updatedAt.slice(0, 10));
  });

  it('does not warn when the host confirmed it recently', () => {
    const confirmed = makeOpportunity({ updatedAt: '2025-01-01T09:00:00+09:00', confirmedAt: '2026-05-20T09:00:00+09:00' });
    expect(match(makeProfile(), [confirmed]).items[0]?.warnings).toEqual([]);
  });

  it(`counts exactly ${staleListingDays} days as still current`, () => {
    const edge = makeOpportunity({ updatedAt: tokyoDaysBefore(staleListingDays) });
    expect(match(makeProfile(), [edge]).items[0]?.warnings).toEqual([]);
    const past = makeOpportunity({ updatedAt: tokyoDaysBefore(staleListingDays, 1) });
    expect(match(makeProfile(), [past]).items[0]?.warnings.map((w) => w.code)).toEqual(['stale_listing']);
  });

  it('warns when only one seat is left', () => {
    const codes = (capacity: number, filled: number) =>
      match(makeProfile(), [makeOpportunity({ capacity, filled })]).items[0]?.warnings.map((w) => w.code);
    expect(codes(3, 2)).toEqual(['nearly_full']);
    expect(codes(3, 1)).toEqual([]);
  });

  it("says when the trip is estimated from an area's representative point, and that the home is not located", () => {
    const { items, notices } = match(makeProfile({ home: { area: anArea } }), [makeOpportunity()]);
    expect(items[0]?.travelMinutes).toBe(0);
    expect(items[0]?.warnings.map((w) => w.code)).toEqual(['travel_estimated']);
    expect(notices.map((n) => n.code)).toEqual(['home_location_missing']);
  });

  it('says the trip could not be estimated when the area has no representative point', () => {
    const { items } = match(makeProfile({ home: { area: 'elsewhere' } }), [
      makeOpportunity({ location: { area: 'elsewhere', online: false } }),
    ]);
    expect(items[0]?.travelMinutes).toBeNull();
    expect(items[0]?.warnings.map((w) => w.code)).toEqual(['travel_unknown']);
  });

  it('warns that the supporter goes along, that the opening is a step up, and that every slot runs past the free time', () => {
    const person = makeProfile({ needs: ['accompaniment'], availability: [{ day: 'tue', start: '09:00', end: '11:00' }] });
    const { items } = match(person, [makeOpportunity({ step: 3 })]);
    expect(items[0]?.warnings.map((w) => w.code)).toEqual(['supporter_accompanies', 'partial_attendance', 'step_up']);
  });

  it('asks for consent before a proposal when a stored participant has not given it', () => {
    expect(match(makeProfile(), [], { consent: 'none' }).notices.map((n) => n.code)).toEqual(['consent_missing']);
    expect(match(makeProfile(), [], { consent: 'given' }).notices).toEqual([]);
    expect(match(makeProfile(), []).notices).toEqual([]);
  });
});
