import { describe, expect, it } from 'vitest';
import synonymData from '../../../src/config/synonyms.json';
import {
  CATALOG_FORMAT,
  describeMatch,
  matchProfile,
  packCatalog,
  prepareCatalog,
  rankMatch,
  startMatch,
  unpackCatalog,
  withSeatsRefreshed,
  type MatchOptions,
  type PackedCatalog,
} from '../../../src/domain/matching/match';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type { HostRetention, MatchableOpportunity, Profile } from '../../../src/domain/types';
import { BENCH_NOW, buildBenchCatalog } from '../../bench/catalog';
import { PROFILES } from '../../bench/in-process';
import { QUERIES } from '../../bench/queries';
import { recordsAtHand, recordsOnNeed } from '../../support/catalog-records';

/**
 * A new isolate loads the matching catalog stored (packed, as JSON) instead of building it; what
 * it answers must not depend on which it did, for any person, at any seat count or confirmation.
 */

const synonyms = loadSynonyms(synonymData.groups);

/** Through JSON, as it is stored. */
function stored(packed: PackedCatalog): PackedCatalog {
  return JSON.parse(JSON.stringify(packed)) as PackedCatalog;
}

/**
 * The bench's people, each also with every few labelled queries as interests (typed as people
 * type: readings, slips, half-width, two words), so every way a word is found is asked.
 */
function people(): Profile[] {
  const asked = QUERIES.map((query) => query.q);
  return PROFILES.flatMap((profile, p) => [
    profile,
    ...[0, 1, 2].map((offset) => ({ ...profile, interests: asked.filter((_, q) => (q + p + offset) % 7 === 0) })),
  ]);
}

function optionsFor(retention: ReadonlyMap<string, HostRetention>): MatchOptions[] {
  return [true, false].flatMap((includeExcluded) => [
    { now: BENCH_NOW, limit: 20, includeExcluded, retention },
    { now: new Date('2027-06-01T10:00:00+09:00'), limit: 200, includeExcluded, retention },
  ]);
}

describe.each([1, 20261127])('matching: a catalog loaded from its packed form (bench catalog, seed %i)', (seed) => {
  const { opportunities } = buildBenchCatalog(1000, seed);
  const built = prepareCatalog(opportunities, synonyms);
  const packed = stored(packCatalog(built));
  const hostIds = [...new Set(opportunities.map((opportunity) => opportunity.hostId))];
  const retention = new Map<string, HostRetention>(hostIds.slice(0, 40).map((id, h) => [id, { eligible: 2 + (h % 5), retained: h % 3 }]));

  it('answers every person as the one built, listing left-out openings or not', () => {
    const loaded = unpackCatalog(packed, recordsAtHand(opportunities), synonyms);
    let offered = 0;
    for (const profile of people()) {
      for (const options of optionsFor(retention)) {
        const answer = matchProfile(profile, built, options);
        expect(matchProfile(profile, loaded, options)).toEqual(answer);
        offered += answer.items.length;
      }
    }
    expect(offered).toBeGreaterThan(1000);
  });

  it('holds the columns the one built holds, those worked out of each point too', () => {
    expect(unpackCatalog(packed, recordsAtHand(opportunities), synonyms).columns).toEqual(built.columns);
  });

  it('reads the records and seats it is asked for only when a match names them, and answers as the one built', () => {
    for (const profile of people()) {
      for (const options of optionsFor(retention)) {
        const records = recordsOnNeed(opportunities);
        const loaded = unpackCatalog(packed, records.source, synonyms);
        const start = startMatch(profile, loaded, options);
        records.read(start.recordsToRank);
        const ranked = rankMatch(start);
        records.read(ranked.ids);
        expect(describeMatch(ranked)).toEqual(matchProfile(profile, built, options));
        // Listing every left-out opening names each one; otherwise a match reads a few records, not the catalog.
        if (!options.includeExcluded && options.limit === 20) expect(records.count()).toBeLessThan(opportunities.length / 10);
      }
    }
  });

  it('reads seats and confirmations from the records it is given, as a built catalog refreshed in place does', () => {
    const records = opportunities.map((opportunity) => ({ ...opportunity }));
    const before = prepareCatalog(records, synonyms);
    records.forEach((record, i) => {
      if (i % 3 === 0) record.filled = record.capacity;
      if (i % 5 === 0) record.confirmedAt = '2027-05-30T09:00:00+09:00';
      if (i % 7 === 0) record.updatedAt = '2025-01-01T00:00:00+09:00';
    });
    const refreshed = withSeatsRefreshed(before, recordsAtHand(records).seats);
    const loaded = unpackCatalog(packed, recordsAtHand(records.map((record) => ({ ...record }))), synonyms);
    for (const profile of people().slice(0, 24)) {
      for (const options of optionsFor(retention)) {
        expect(matchProfile(profile, loaded, options)).toEqual(matchProfile(profile, refreshed, options));
      }
    }
  });
});

describe('matching: a packed catalog is loaded only for what it was packed from', () => {
  const { opportunities } = buildBenchCatalog(100, 7);
  const built = prepareCatalog(opportunities, synonyms);
  const packed = stored(packCatalog(built));
  const load = (value: PackedCatalog, records: readonly MatchableOpportunity[] = opportunities) =>
    unpackCatalog(value, recordsAtHand(records), synonyms);

  it('refuses another format', () => {
    expect(() => load({ ...packed, format: CATALOG_FORMAT + 1 })).toThrow();
    expect(() => load(null as unknown as PackedCatalog)).toThrow();
  });

  it('refuses a value whose arrays have other lengths', () => {
    expect(() => load({ ...packed, hostOf: packed.hostOf.slice(1) })).toThrow();
    expect(() => load({ ...packed, columns: { ...packed.columns, minAge: packed.columns.minAge.slice(1) } })).toThrow();
    expect(() => load({ ...packed, terms: { ...packed.terms, breaks: [...packed.terms.breaks, 0] } })).toThrow();
    expect(() => load({ ...packed, descriptions: { ...packed.descriptions, groups: [] } })).toThrow();
  });

  it('keeps what JSON cannot: open-ended ages and unreadable numbers', () => {
    const odd = { ...opportunities[0]!, capacity: Number.NaN, eligibility: { genders: [], minAge: null, maxAge: 30 } };
    const catalog = prepareCatalog([odd, ...opportunities.slice(1)], synonyms);
    const loaded = load(stored(packCatalog(catalog)), [odd, ...opportunities.slice(1)]);
    expect(loaded.columns.capacity[0]).toBeNaN();
    expect(loaded.columns.minAge[0]).toBe(-Infinity);
    expect(loaded.columns.maxAge[0]).toBe(30);
  });
});
