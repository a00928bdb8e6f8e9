import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/config';
import { HOST_TYPES, OPPORTUNITY_KINDS, STEPS } from '../../src/domain/types';
import { generateCatalog } from '../../seed/synthetic/catalog';
import { CATALOG_CITIES, HOME_BOUNDS } from '../../seed/synthetic/places';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../../seed/synthetic/description';
import { createRng } from '../../seed/synthetic/prng';
import { hostProblems, opportunityProblems } from './checks';

const home = generateCatalog({ size: 3_000, seed: 42 });
const nationwide = generateCatalog({ size: 3_000, seed: 42, cities: CATALOG_CITIES.length });

describe('synthetic catalog: reproducible', () => {
  it('gives the same catalog for the same seed', () => {
    expect(generateCatalog({ size: 3_000, seed: 42 })).toEqual(home);
    expect(generateCatalog({ size: 3_000, seed: 42, cities: CATALOG_CITIES.length })).toEqual(nationwide);
  });

  it('gives a different catalog for a different seed', () => {
    const other = generateCatalog({ size: 3_000, seed: 43 });
    expect(other.opportunities.map((o) => o.title)).not.toEqual(home.opportunities.map((o) => o.title));
    expect(other.hosts.map((h) => h.name)).not.toEqual(home.hosts.map((h) => h.name));
  });
});

describe('synthetic catalog: size', () => {
  it.each([0, 1, 7, 1_234])('makes exactly %i openings', (size) => {
    expect(generateCatalog({ size, seed: 1 }).opportunities).toHaveLength(size);
  });

  it('makes 100,000 openings for benchmarks', () => {
    const big = generateCatalog({ size: 100_000, seed: 7, cities: 5 });
    expect(big.opportunities).toHaveLength(100_000);
    expect(big.hosts.length).toBeGreaterThan(100_000 / 8);
  });

  it('gives each host 5 to 8 openings (the last one may get fewer)', () => {
    const perHost = new Map<string, number>();
    for (const o of home.opportunities) perHost.set(o.hostKey, (perHost.get(o.hostKey) ?? 0) + 1);
    const counts = home.hosts.map((h) => perHost.get(h.key) ?? 0);
    expect(counts.slice(0, -1).every((n) => n >= 5 && n <= 8)).toBe(true);
    expect(counts.at(-1)).toBeGreaterThanOrEqual(1);
  });

  it('refuses sizes and city counts it cannot honour', () => {
    expect(() => generateCatalog({ size: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateCatalog({ size: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateCatalog({ size: 10, seed: 1, cities: 0 })).toThrow(RangeError);
    expect(() => generateCatalog({ size: 10, seed: 1, cities: CATALOG_CITIES.length + 1 })).toThrow(RangeError);
  });
});

describe('synthetic catalog: valid and realistic', () => {
  it('produces valid hosts and openings inside the city of the settings for one city', () => {
    expect(home.hosts.flatMap((h) => hostProblems(h))).toEqual([]);
    expect(home.opportunities.flatMap((o) => opportunityProblems(o, HOME_BOUNDS))).toEqual([]);
  });

  it('produces valid hosts and openings across many cities', () => {
    expect(nationwide.hosts.flatMap((h) => hostProblems(h))).toEqual([]);
    expect(nationwide.opportunities.flatMap((o) => opportunityProblems(o))).toEqual([]);
    const lats = nationwide.opportunities.flatMap((o) => (o.location.lat === null ? [] : [o.location.lat]));
    expect(Math.max(...lats) - Math.min(...lats)).toBeGreaterThan(5);
    expect(new Set(nationwide.hosts.map((h) => h.address.slice(0, 3))).size).toBeGreaterThan(5);
  });

  it('has unique host keys, and every opening belongs to a generated host', () => {
    const keys = new Set(home.hosts.map((h) => h.key));
    expect(keys.size).toBe(home.hosts.length);
    expect(home.opportunities.filter((o) => !keys.has(o.hostKey))).toEqual([]);
  });

  it('covers every kind, step, host type and area', () => {
    for (const catalog of [home, nationwide]) {
      expect(new Set(catalog.opportunities.map((o) => o.kind))).toEqual(new Set(OPPORTUNITY_KINDS));
      expect(new Set(catalog.opportunities.map((o) => o.step))).toEqual(new Set(STEPS));
      expect(new Set(catalog.hosts.map((h) => h.type))).toEqual(new Set(HOST_TYPES));
      expect(new Set(catalog.hosts.map((h) => h.area))).toEqual(new Set(AREAS));
    }
  });

  it('writes descriptions of 60 to 200 characters', () => {
    const outside = nationwide.opportunities.filter(
      (o) => o.description.length < DESCRIPTION_MIN || o.description.length > DESCRIPTION_MAX,
    );
    expect(outside.map((o) => o.description)).toEqual([]);
  });

  it('mixes online and in-person, open and closed, paid and unpaid openings', () => {
    const share = (test: (o: (typeof home.opportunities)[number]) => boolean) =>
      home.opportunities.filter(test).length / home.opportunities.length;
    expect(share((o) => o.location.online)).toBeGreaterThan(0.02);
    expect(share((o) => o.status === 'open')).toBeGreaterThan(0.75);
    expect(share((o) => o.status !== 'open')).toBeGreaterThan(0.02);
    expect(share((o) => o.pay !== 'none')).toBeGreaterThan(0.1);
    expect(share((o) => o.eligibility.genders.includes('female'))).toBeGreaterThan(0);
  });

  it('titles say where, what and when', () => {
    expect(home.opportunities.filter((o) => !/^.+での.+（.+）$/.test(o.title)).map((o) => o.title)).toEqual([]);
  });
});

describe('synthetic catalog: random source', () => {
  it('repeats its sequence for the same seed and stays in range', () => {
    const a = createRng(9);
    const b = createRng(9);
    const draws = Array.from({ length: 1_000 }, () => a.int(3, 5));
    expect(Array.from({ length: 1_000 }, () => b.int(3, 5))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
  });

  it('samples distinct items', () => {
    const picked = createRng(1).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
  });
});
