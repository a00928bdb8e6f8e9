import { describe, expect, it } from 'vitest';
import searchPhraseData from '../../../src/config/search-phrases.json';
import synonymData from '../../../src/config/synonyms.json';
import { SEARCH_PACK_FORMAT, type PackedSearch } from '../../../src/domain/search/cell-index';
import { createCatalogSearch, unpackCatalogSearch } from '../../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../../src/domain/search/query-parser';
import { READINGS_FORMAT } from '../../../src/domain/text/readings';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import { buildBenchCatalog } from '../../bench/catalog';
import { QUERIES } from '../../bench/queries';
import { throughJson } from '../../support/search';

const synonyms = loadSynonyms(synonymData.groups);
const vocabulary = loadQueryVocabulary(searchPhraseData);

/**
 * What people type beyond the labelled queries: everyday phrases and negations, typos for the typo
 * and fuse stages, a word in no listing, and nothing at all.
 */
const TYPED = [
  '静かな所',
  'しずかなところ',
  '接客なし',
  'カフェ 接客なし',
  '土日',
  '平日の午後',
  '午前だけ 畑',
  'ジョブコーチ',
  'バイト',
  '人混みが苦手',
  'パソコン作業',
  'ボランティア',
  'ボラソテイマ',
  'プロクラミンク',
  'ラソテイ',
  'トランポリン',
  '、・',
  '',
];

describe('search: an index loaded from its packed form', () => {
  describe.each([20261127, 7])('over the benchmark catalog of 1,000 openings (seed %i)', (seed) => {
    const { documents } = buildBenchCatalog(1000, seed);
    const built = createCatalogSearch(documents, synonyms, vocabulary);
    const loaded = throughJson(built, { documentAt: (at) => documents[at]!, synonyms, vocabulary });
    // A title typed whole ranks its listings first (the exact-title rule), and tags are words people type.
    const queries = [
      ...QUERIES.map(({ q }) => q),
      ...TYPED,
      ...documents.slice(0, 40).flatMap((document) => [document.title, document.tags.join(' '), document.hostName]),
    ];

    it('answers every query as the one built, with and without a limit', () => {
      for (const q of queries) {
        for (const limit of [undefined, 1, 10]) expect(loaded.search(q, limit), `${q} (limit ${limit})`).toEqual(built.search(q, limit));
      }
    });

    it('finds something for most queries, so the comparison means something', () => {
      expect(queries.filter((q) => built.search(q).length > 0).length).toBeGreaterThan(queries.length * 0.8);
    });

    it('packs again into the same plain data', () => {
      expect(loaded.pack()).toEqual(built.pack());
    });
  });

  it('is plain data that JSON gives back unchanged', () => {
    const { documents } = buildBenchCatalog(200, 1);
    const packed = createCatalogSearch(documents, synonyms, vocabulary).pack();
    expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
  });

  describe('refuses what it did not pack, so the caller builds instead', () => {
    const { documents } = buildBenchCatalog(200, 3);
    const packed: PackedSearch = JSON.parse(JSON.stringify(createCatalogSearch(documents, synonyms, vocabulary).pack()));
    const load = (changed: object) =>
      unpackCatalogSearch({ ...packed, ...changed }, { documentAt: (at) => documents[at]!, synonyms, vocabulary });

    it('loads the packed index as it was', () => {
      expect(() => load({})).not.toThrow();
    });

    it('another format, or text read under another format of readings', () => {
      expect(() => load({ format: SEARCH_PACK_FORMAT + 1 })).toThrow();
      expect(() => load({ format: undefined })).toThrow();
      expect(() => load({ readingsFormat: READINGS_FORMAT + 1 })).toThrow();
    });

    it('ids or open flags for fewer or more documents than its cells', () => {
      expect(() => load({ ids: packed.ids.slice(1) })).toThrow();
      expect(() => load({ ids: [...packed.ids, 'opp_other'] })).toThrow();
      expect(() => load({ open: packed.open.slice(1) })).toThrow();
      expect(() => load({ ids: undefined })).toThrow();
    });

    it('arrays that do not fit together', () => {
      expect(() => load({ cells: packed.cells.slice(1) })).toThrow();
      expect(() => load({ texts: packed.texts.slice(1) })).toThrow();
      expect(() => load({ cellStarts: packed.cellStarts.slice(0, -1) })).toThrow();
      expect(() => load({ titleTexts: packed.titleTexts.slice(1) })).toThrow();
      expect(() => load({ words: undefined })).toThrow();
      expect(() => load({ postings: undefined })).toThrow();
    });
  });
});
