import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../../src/domain/search/query-parser';
import { normalize } from '../../../src/domain/text/normalize';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import { withinOneEdit } from '../../../src/domain/text/typo-index';
import { SEARCH_INDEX_ORIGINS } from '../../support/search';

const synonyms = loadSynonyms([
  ['パソコン', 'PC', 'コンピューター', 'ぱそこん'],
  ['農業', '農作業', '畑', '農園', 'のうえん'],
  ['カフェ', '喫茶'],
]);
const noPhrases = loadQueryVocabulary({ negations: [], particles: [], endings: [], fillers: [], phrases: [] });

function doc(id: string, title: string, more: Partial<CatalogDocument> = {}): CatalogDocument {
  return {
    id,
    title,
    tags: [],
    description: '',
    hostName: 'テスト受け入れ先',
    hostNameKana: null,
    hostUnderstanding: [],
    status: 'open',
    kind: 'volunteer',
    schedule: [],
    support: [],
    pay: 'none',
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    ...more,
  };
}

const documents: CatalogDocument[] = [
  doc('cafe', '駅前カフェでの接客体験', { tags: ['接客'], description: '駅前の小さなカフェで、飲み物を運びます。' }),
  doc('pc', 'データ整理のお手伝い', { tags: ['PC', '事務'], description: '静かな部屋で入力作業をします。' }),
  doc('farm', '市民農園の手入れ', { tags: ['屋外'], description: '野菜の水やりと草取り。' }),
  doc('shop', '商店街の清掃', { tags: ['清掃'], description: '駅前通りを掃除します。', hostName: 'つなぐ商店会' }),
  doc('kissa', '喫茶こもれびの仕込み', { tags: ['調理'], description: '朝の仕込みを手伝います。' }),
  doc('volunteer', 'ボランティア受付', { description: 'イベントの受付をします。', hostName: '流山ボランティアセンター' }),
  doc('exact', '接客体験', { description: '接客体験の前に見学できます。' }),
];

describe.each(SEARCH_INDEX_ORIGINS)('search: catalog, the index $origin', ({ make }) => {
  const search = make(documents, synonyms, noPhrases);
  const ids = (q: string) => search.search(q).map((hit) => hit.id);

  it('finds a katakana title from a hiragana query, and the other way round', () => {
    expect(ids('かふぇ')).toContain('cafe');
    expect(ids('ボランティア')).toEqual(ids('ぼらんてぃあ'));
  });

  it('ignores full/half width and case', () => {
    expect(ids('ｶﾌｪ')).toEqual(ids('カフェ'));
    expect(ids('ＰＣ')).toContain('pc');
    expect(ids('pc')).toContain('pc');
  });

  it('finds a word inside unspaced Japanese text', () => {
    expect(ids('カフェ')).toContain('cafe');
    expect(ids('仕込み')).toEqual(['kissa']);
  });

  it('still finds it with one wrong, missing or swapped character in a word of three or more', () => {
    expect(ids('ボランテイア')).toContain('volunteer');
    expect(ids('ボランティ')).toContain('volunteer');
    expect(ids('パソコソ')).toContain('pc');
  });

  it('still finds a word of five or more characters with two slips (fuse.js), where one typo is not enough', () => {
    expect(withinOneEdit(normalize('ボラソテイマ'), normalize('ボランティア'))).toBe(false);
    expect(ids('ボラソテイマ')).toEqual(['volunteer']);
  });

  it('never guesses beyond one typo at a word of four characters or fewer', () => {
    // ラソテイ is one slip from the ランティ inside ボランティア: close to fuse, but no word anyone meant.
    expect(ids('ラソテイ')).toEqual([]);
  });

  it('uses no close word where the word itself, or one a single typo away, is found', () => {
    const slipped = make(
      [
        doc('right', 'プログラミング講座'),
        doc('slipped', 'プロクラミンク教室'),
        doc('near', 'ボラソティア募集'),
        doc('volunteer', 'ボランティア募集'),
      ],
      synonyms,
      noPhrases,
    );
    const found = (q: string) => slipped.search(q).map((hit) => hit.id);
    expect(found('プログラミング')).toEqual(['right']);
    expect(found('プロクラミンク')).toEqual(['slipped']);
    expect(found('ボランティマ')).toEqual(['volunteer']);
    expect(found('プロゲラミソグ')).toEqual(['right']);
  });

  it('knows synonyms: パソコン finds a listing tagged PC, 喫茶 finds a カフェ', () => {
    expect(ids('パソコン')).toEqual(['pc']);
    expect(ids('喫茶')).toEqual(expect.arrayContaining(['kissa', 'cafe']));
  });

  it('falls back to a known word inside a longer one: パソコン作業 finds the PC listing', () => {
    expect(ids('パソコン作業')).toEqual(['pc']);
  });

  it('finds kanji from a kana reading: のうえん finds 農園', () => {
    expect(ids('のうえん')).toEqual(['farm']);
  });

  it('ranks an exact title match first', () => {
    const hits = search.search('接客体験');
    expect(hits[0]).toEqual({ id: 'exact', score: 1 });
    expect(hits.map((hit) => hit.id)).toContain('cafe');
  });

  it('ranks documents with every word of the query above those with one', () => {
    const ranked = ids('駅前 カフェ');
    expect(ranked[0]).toBe('cafe');
    expect(ranked.indexOf('cafe')).toBeLessThan(ranked.indexOf('shop'));
    expect(ranked.indexOf('cafe')).toBeLessThan(ranked.indexOf('kissa'));
  });

  it('weighs a title above a tag, a tag above the host name, the host name above the description', () => {
    const weighted = make(
      [
        doc('description', 'A', { description: '清掃' }),
        doc('host', 'B', { hostName: '清掃' }),
        doc('tag', 'C', { tags: ['清掃'] }),
        doc('title', 'D 清掃'),
      ],
      synonyms,
      noPhrases,
    );
    expect(weighted.search('清掃').map((hit) => hit.id)).toEqual(['title', 'tag', 'host', 'description']);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  　 ')).toEqual([]);
    expect(search.search('、・')).toEqual([]);
  });

  it('returns only documents of the catalog, best first, at most `limit`', () => {
    const all = new Set(documents.map((d) => d.id));
    const hits = search.search('駅前 カフェ 清掃 パソコン');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(all.has(hit.id)).toBe(true);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(search.search('駅前 カフェ 清掃 パソコン', 2)).toEqual(hits.slice(0, 2));
  });

  it('finds nothing for a word in no document', () => {
    expect(search.search('トランポリン')).toEqual([]);
  });
});
