import { describe, expect, it } from 'vitest';
import {
  CONVERSATION_LEVELS,
  DAYS,
  GENDERS,
  GROUP_SIZES,
  HOST_TYPES,
  OPPORTUNITY_KINDS,
  STEPS,
  SUPPORTS,
  TRAVEL_MODES,
} from '../../src/domain/types';
import { ROLES } from '../../src/domain/roles';
import { demoHosts, demoOpportunities, demoParticipants, demoUsers } from '../../seed/demo';
import { DEMO_AREAS } from '../../seed/demo/city';
import { NAGAREYAMA_BOUNDS, NAGAREYAMA_STATIONS } from '../../seed/demo/stations';
import { REFERRERS, SUPPORTER_KEYS } from '../../seed/demo/types';
import { hostProblems, opportunityProblems } from './checks';

const hostKeys = new Set(demoHosts.map((h) => h.key));
const inCity = (lat: number, lng: number) =>
  lat >= NAGAREYAMA_BOUNDS.minLat && lat <= NAGAREYAMA_BOUNDS.maxLat && lng >= NAGAREYAMA_BOUNDS.minLng && lng <= NAGAREYAMA_BOUNDS.maxLng;

describe('demo data: hosts', () => {
  it('are valid host bodies for the API', () => {
    expect(demoHosts.flatMap((h) => hostProblems(h, DEMO_AREAS))).toEqual([]);
  });

  it('number at least 18 and cover every host type and every area', () => {
    expect(demoHosts.length).toBeGreaterThanOrEqual(18);
    expect(new Set(demoHosts.map((h) => h.type))).toEqual(new Set(HOST_TYPES));
    expect(new Set(demoHosts.map((h) => h.area))).toEqual(new Set(DEMO_AREAS));
  });

  it('have unique keys, names and phone numbers', () => {
    expect(hostKeys.size).toBe(demoHosts.length);
    expect(new Set(demoHosts.map((h) => h.name)).size).toBe(demoHosts.length);
    expect(new Set(demoHosts.map((h) => h.contact.phone)).size).toBe(demoHosts.length);
  });

  it('are mostly active, with a couple still being approached and one paused', () => {
    const count = (status: string) => demoHosts.filter((h) => h.status === status).length;
    expect(count('prospect')).toBeGreaterThanOrEqual(2);
    expect(count('paused')).toBe(1);
    expect(count('active')).toBeGreaterThan(demoHosts.length * 0.75);
  });

  it('are all in Nagareyama', () => {
    expect(demoHosts.filter((h) => !h.address.startsWith('流山市')).map((h) => h.key)).toEqual([]);
  });
});

describe('demo data: opportunities', () => {
  it('are valid opportunity bodies for the API, placed inside Nagareyama', () => {
    expect(demoOpportunities.flatMap((o) => opportunityProblems(o, NAGAREYAMA_BOUNDS, DEMO_AREAS))).toEqual([]);
  });

  it('number at least 70, with unique titles', () => {
    expect(demoOpportunities.length).toBeGreaterThanOrEqual(70);
    expect(new Set(demoOpportunities.map((o) => o.title)).size).toBe(demoOpportunities.length);
  });

  it('belong to demo hosts, and every host offers something', () => {
    expect(demoOpportunities.filter((o) => !hostKeys.has(o.hostKey)).map((o) => o.title)).toEqual([]);
    const offering = new Set(demoOpportunities.map((o) => o.hostKey));
    expect(demoHosts.filter((h) => !offering.has(h.key)).map((h) => h.key)).toEqual([]);
  });

  it('cover every kind, every step of the ladder and every area', () => {
    expect(new Set(demoOpportunities.map((o) => o.kind))).toEqual(new Set(OPPORTUNITY_KINDS));
    expect(new Set(demoOpportunities.map((o) => o.step))).toEqual(new Set(STEPS));
    expect(new Set(demoOpportunities.filter((o) => !o.location.online).map((o) => o.location.area))).toEqual(new Set(DEMO_AREAS));
  });

  it('put each kind on its step of the ladder', () => {
    const allowed: Record<string, number[]> = {
      ibasho: [1],
      volunteer: [2, 3],
      work_experience: [3],
      intermediate_work: [4],
      employment: [5],
      learning: [1, 2],
    };
    const misplaced = demoOpportunities.filter((o) => !allowed[o.kind]?.includes(o.step));
    expect(misplaced.map((o) => `${o.title}: ${o.kind} ${o.step}`)).toEqual([]);
  });

  it('sit near a real station when they are not online', () => {
    const stations = new Set<string>(NAGAREYAMA_STATIONS.map((s) => s.name));
    const unknown = demoOpportunities.filter((o) => !o.location.online && !stations.has(o.location.station ?? ''));
    expect(unknown.map((o) => o.title)).toEqual([]);
  });

  it('include the variety matching must be tried against', () => {
    const some = (test: (o: (typeof demoOpportunities)[number]) => boolean) => demoOpportunities.filter(test).length;
    expect(some((o) => o.location.online)).toBeGreaterThanOrEqual(3);
    expect(some((o) => o.eligibility.genders.length === 1 && o.eligibility.genders[0] === 'female')).toBeGreaterThanOrEqual(2);
    expect(some((o) => o.eligibility.minAge === 15 && o.eligibility.maxAge === 39)).toBeGreaterThanOrEqual(3);
    expect(some((o) => o.status === 'paused')).toBeGreaterThanOrEqual(1);
    expect(some((o) => o.status === 'closed')).toBeGreaterThanOrEqual(1);
    expect(some((o) => o.pay === 'wage')).toBeGreaterThanOrEqual(3);
    expect(some((o) => o.pay === 'allowance')).toBeGreaterThanOrEqual(3);
    expect(some((o) => o.costYen > 0)).toBeGreaterThanOrEqual(1);
    expect(some((o) => o.costYen === 0)).toBeGreaterThan(demoOpportunities.length * 0.75);
    expect(some((o) => o.environment.phone)).toBeGreaterThanOrEqual(1);
    expect(some((o) => o.environment.customerFacing)).toBeGreaterThanOrEqual(3);
    for (const size of GROUP_SIZES) expect(some((o) => o.environment.groupSize === size)).toBeGreaterThanOrEqual(3);
    for (const level of CONVERSATION_LEVELS) expect(some((o) => o.environment.conversation === level)).toBeGreaterThanOrEqual(3);
    for (const support of SUPPORTS) expect(some((o) => o.support.includes(support))).toBeGreaterThanOrEqual(1);
    for (const day of DAYS) expect(some((o) => o.schedule.some((s) => s.day === day))).toBeGreaterThanOrEqual(1);
  });
});

describe('demo data: participants', () => {
  it('number at least 12 with unique keys and pseudonymous display names', () => {
    expect(demoParticipants.length).toBeGreaterThanOrEqual(12);
    expect(new Set(demoParticipants.map((p) => p.key)).size).toBe(demoParticipants.length);
    expect(demoParticipants.filter((p) => !/^[A-Z]さん$/.test(p.displayName)).map((p) => p.key)).toEqual([]);
  });

  it('use only valid values', () => {
    const problems = demoParticipants.flatMap((p) => {
      const out: string[] = [];
      if (p.gender !== undefined && !(GENDERS as readonly string[]).includes(p.gender)) out.push(`${p.key}: gender`);
      if (!DEMO_AREAS.includes(p.home.area)) out.push(`${p.key}: area`);
      if (p.travel.modes.some((m) => !(TRAVEL_MODES as readonly string[]).includes(m)) || p.travel.modes.length === 0)
        out.push(`${p.key}: travel`);
      if (p.step < 1 || p.step > 4) out.push(`${p.key}: step ${p.step}`);
      if (p.needs.some((n) => !(SUPPORTS as readonly string[]).includes(n))) out.push(`${p.key}: needs`);
      if (!(GROUP_SIZES as readonly string[]).includes(p.limits.maxGroupSize)) out.push(`${p.key}: maxGroupSize`);
      if (!(CONVERSATION_LEVELS as readonly string[]).includes(p.limits.maxConversation)) out.push(`${p.key}: maxConversation`);
      if (!(REFERRERS as readonly string[]).includes(p.referredBy)) out.push(`${p.key}: referredBy`);
      if (!(SUPPORTER_KEYS as readonly string[]).includes(p.supporterKey)) out.push(`${p.key}: supporterKey`);
      if (p.availability.length === 0 || p.availability.some((s) => !(DAYS as readonly string[]).includes(s.day) || s.start >= s.end)) {
        out.push(`${p.key}: availability`);
      }
      const { lat, lng } = p.home;
      if ((lat === undefined) !== (lng === undefined)) out.push(`${p.key}: half a coordinate`);
      if (lat !== undefined && lng !== undefined && !inCity(lat, lng)) out.push(`${p.key}: home outside the city`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('span the ladder from 1 to 4 and include people who have not shared where they live', () => {
    expect(new Set(demoParticipants.map((p) => p.step))).toEqual(new Set([1, 2, 3, 4]));
    expect(demoParticipants.filter((p) => p.home.lat === undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('have consent for most, and exactly two without it', () => {
    expect(demoParticipants.filter((p) => p.consent.status === 'none')).toHaveLength(2);
    expect(demoParticipants.filter((p) => p.consent.status === 'given' && !p.consent.scope).map((p) => p.key)).toEqual([]);
  });

  it('keep only obviously invented private details', () => {
    const real = demoParticipants.filter(
      (p) => !p.private.name.endsWith('（架空）') || !p.private.address.endsWith('（架空）') || !/^090-0000-00\d{2}$/.test(p.private.phone),
    );
    expect(real.map((p) => p.key)).toEqual([]);
  });

  it('are shared between both demo supporters', () => {
    expect(new Set(demoParticipants.map((p) => p.supporterKey))).toEqual(new Set(SUPPORTER_KEYS));
  });
});

describe('demo data: users', () => {
  it('have unique keys, no fixed tokens, and cover every role', () => {
    expect(new Set(demoUsers.map((u) => u.key)).size).toBe(demoUsers.length);
    expect(demoUsers.filter((u) => 'token' in u).map((u) => u.key)).toEqual([]);
    expect(new Set(demoUsers.map((u) => u.role))).toEqual(new Set(ROLES));
  });

  it('bind host users, and only host users, to an existing demo host', () => {
    expect(demoUsers.filter((u) => (u.role === 'host') !== (u.hostKey !== undefined)).map((u) => u.key)).toEqual([]);
    expect(demoUsers.filter((u) => u.hostKey !== undefined && !hostKeys.has(u.hostKey)).map((u) => u.key)).toEqual([]);
    expect(demoUsers.filter((u) => u.role === 'host').length).toBeGreaterThanOrEqual(2);
  });

  it('include the supporters participants are assigned to', () => {
    const supporters = new Set(demoUsers.filter((u) => u.role === 'supporter').map((u) => u.key));
    expect(demoParticipants.filter((p) => !supporters.has(p.supporterKey)).map((p) => p.key)).toEqual([]);
  });
});

describe('demo data: privacy', () => {
  it('contains no phone number outside the invented ranges', () => {
    const text = JSON.stringify({ demoHosts, demoOpportunities, demoParticipants, demoUsers });
    const phones = text.match(/\d{2,4}-\d{2,4}-\d{3,4}/g) ?? [];
    expect(phones.filter((n) => !/^04-0000-\d{4}$/.test(n) && !/^090-0000-00\d{2}$/.test(n))).toEqual([]);
    expect(phones.length).toBeGreaterThanOrEqual(demoHosts.length + demoParticipants.length);
  });

  it('uses e-mail addresses only at example.jp', () => {
    const text = JSON.stringify({ demoHosts, demoOpportunities, demoParticipants, demoUsers });
    const emails = text.match(/[\w.+-]+@[\w.-]+/g) ?? [];
    expect(emails.filter((e) => !e.endsWith('@example.jp'))).toEqual([]);
  });
});
