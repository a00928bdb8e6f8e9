import { describe, expect, it } from 'vitest';
import searchPhraseData from '../../../src/config/search-phrases.json';
import synonymData from '../../../src/config/synonyms.json';
import { matchProfile, prepareCatalog, withSeatsRefreshed } from '../../../src/domain/matching/match';
import { createCatalogSearch } from '../../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../../src/domain/search/query-parser';
import { createFieldReadings, decodeReadings, encodeReadings, readField } from '../../../src/domain/text/readings';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import { BENCH_NOW, buildBenchCatalog } from '../../bench/catalog';
import { PROFILES } from '../../bench/in-process';
import { QUERIES } from '../../bench/queries';
import { recordsAtHand } from '../../support/catalog-records';

const synonyms = loadSynonyms(synonymData.groups);
const phrases = loadQueryVocabulary(searchPhraseData);
const { opportunities, documents } = buildBenchCatalog(600, 20261127);

/** Reads every field of the synthetic catalog, as the service does before storing the readings. */
function readAll() {
  const readings = createFieldReadings(synonyms);
  for (const { title, tags, description, hostName, hostNameKana } of documents) {
    for (const field of [title, ...tags, description, hostName, hostNameKana ?? '']) readings.read(field);
  }
  return readings;
}

describe('field readings: stored and loaded', () => {
  it('loads every reading exactly as it was read, half-width kana and long-vowel marks included', () => {
    const readings = readAll();
    for (const field of ['ｺﾝﾋﾟｭｰﾀｰ教室', 'コーヒー　と  パソコン', '𠮷野家のバイト', '']) readings.read(field);
    expect(decodeReadings(encodeReadings(readings.byField))).toEqual(readings.byField);
  });

  it('reads a field the loaded readings lack, as if none had been loaded', () => {
    const loaded = createFieldReadings(synonyms, new Map([['畑', readField('畑', synonyms)]]));
    expect(loaded.read('パソコン入力の補助')).toEqual(readField('パソコン入力の補助', synonyms));
  });

  it('refuses stored readings it did not write', () => {
    expect(() => decodeReadings('[["畑"],[0,0,0,0,0,3,0]]')).toThrow();
    expect(() => decodeReadings('[["畑"],[0,9]]')).toThrow();
  });
});

describe('field readings: an index from loaded readings is the index built by reading', () => {
  const loaded = () => createFieldReadings(synonyms, decodeReadings(encodeReadings(readAll().byField)));
  const options = { now: BENCH_NOW, limit: 50, includeExcluded: true, retention: new Map() };

  it('matches every demo profile identically, before and after a seat change', () => {
    const built = prepareCatalog(opportunities, synonyms);
    const fromStored = prepareCatalog(opportunities, loaded());
    const everyone = (catalog: typeof built) => PROFILES.map((profile) => matchProfile(profile, catalog, options));
    const before = everyone(built);
    expect(before.some((result) => result.items.length > 0)).toBe(true);
    expect(everyone(fromStored)).toEqual(before);

    const taken = opportunities.filter((_, i) => i % 7 === 0);
    for (const opportunity of taken) opportunity.filled = opportunity.capacity;
    try {
      const after = everyone(withSeatsRefreshed(built, recordsAtHand(opportunities).seats));
      expect(after).not.toEqual(before);
      expect(everyone(withSeatsRefreshed(fromStored, recordsAtHand(opportunities).seats))).toEqual(after);
    } finally {
      for (const opportunity of taken) opportunity.filled = 0;
    }
  });

  it('answers every labelled query identically', () => {
    const built = createCatalogSearch(documents, synonyms, phrases);
    const fromStored = createCatalogSearch(documents, loaded(), phrases);
    for (const { q } of QUERIES) expect(fromStored.search(q), q).toEqual(built.search(q));
  });

  it('gives both indexes, sharing one set of readings, the answers each gives alone', () => {
    const shared = createFieldReadings(synonyms);
    const catalog = prepareCatalog(opportunities, shared);
    const search = createCatalogSearch(documents, shared, phrases);
    const alone = createCatalogSearch(documents, synonyms, phrases);
    for (const { q } of QUERIES) expect(search.search(q), q).toEqual(alone.search(q));
    const profile = PROFILES[0]!;
    expect(matchProfile(profile, catalog, options)).toEqual(matchProfile(profile, prepareCatalog(opportunities, synonyms), options));
  });
});
