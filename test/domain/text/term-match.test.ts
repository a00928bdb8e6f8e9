import { describe, expect, it } from 'vitest';
import { TERM_MATCH_STRENGTH } from '../../../src/config';
import { normalize } from '../../../src/domain/text/normalize';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import { matchTerm, prepareTermCatalog, prepareQuery } from '../../../src/domain/text/term-match';
import { withinOneEdit } from '../../../src/domain/text/typo-index';

const synonyms = loadSynonyms([
  ['農業', '農作業', '畑', '土いじり', '農園', 'のうえん'],
  ['パソコン', 'PC', 'コンピューター', 'データ入力'],
  ['動物', 'ペット', '犬', '猫'],
  ['リサイクル', 'ペットボトル'],
  ['料理', '調理', 'キッチン'],
  ['プログラミング', 'コーディング'],
]);

/** Opportunities as the matching engine passes them: title first, then tags, then description. */
const catalog = prepareTermCatalog(
  [
    ['畑の手入れ（午前のみ）', '農作業', '屋外'],
    ['駅前カフェでの接客体験', '接客', 'カフェ'],
    ['ＰＣでのデータ整理', '事務'],
    ['ペットボトルの回収', 'リサイクル'],
    ['犬の散歩ボランティア', '動物'],
    ['コンピューター教室の補助', 'IT'],
    ['ボードゲーム会の運営', 'ゲーム'],
    ['フラワーアレンジメント教室の準備', '花'],
  ],
  synonyms,
);

function match(interest: string, opportunity: number) {
  return matchTerm(prepareQuery(interest, catalog), catalog, opportunity);
}

describe('text: matchTerm', () => {
  it('finds the interest itself, however it is typed, and reports the words as written', () => {
    expect(match('ｶﾌｪ', 1)).toEqual({ matched: 'カフェ', kind: 'exact', strength: TERM_MATCH_STRENGTH.exact });
    expect(match('pc', 2)).toEqual({ matched: 'ＰＣ', kind: 'exact', strength: 1 });
    expect(match('コンピュータ', 5)).toEqual({ matched: 'コンピューター', kind: 'exact', strength: 1 });
  });

  it('finds a word not in the synonym data inside unspaced text', () => {
    expect(match('接客', 1)).toMatchObject({ matched: '接客', kind: 'exact' });
    expect(match('げーむ', 6)).toMatchObject({ matched: 'ゲーム', kind: 'exact' });
  });

  it('matches through a synonym group: 土いじり fits a listing about 農作業', () => {
    expect(match('土いじり', 0)).toEqual({ matched: '畑', kind: 'synonym', strength: TERM_MATCH_STRENGTH.synonym });
    expect(match('のうえん', 0)).toMatchObject({ kind: 'synonym' });
    expect(match('パソコン', 2)).toMatchObject({ matched: 'ＰＣ', kind: 'synonym' });
  });

  it('matches part of an interest: パソコン作業 fits a PC listing', () => {
    expect(match('パソコン作業', 2)).toEqual({ matched: 'ＰＣ', kind: 'partial', strength: TERM_MATCH_STRENGTH.partial });
    expect(match('カフェ 接客', 1)).toMatchObject({ kind: 'exact' });
    expect(match('カフェ 調理', 1)).toMatchObject({ kind: 'partial', matched: 'カフェ' });
  });

  it('forgives one typo when nothing else fits', () => {
    expect(match('パソコソ', 2)).toEqual({ matched: 'ＰＣ', kind: 'fuzzy', strength: TERM_MATCH_STRENGTH.fuzzy });
    expect(match('ボードゲーミ', 6)).toMatchObject({ matched: 'ボードゲーム', kind: 'fuzzy' });
  });

  it('forgives two slips in a longer word when not even one typo fits (fuse.js)', () => {
    expect(withinOneEdit(normalize('フラワーアレソジメソト'), normalize('フラワーアレンジメント'))).toBe(false);
    expect(match('フラワーアレソジメソト', 7)).toEqual({
      matched: 'フラワーアレンジメント',
      kind: 'fuzzy',
      strength: TERM_MATCH_STRENGTH.fuzzy,
    });
    expect(match('ボラソテイマ', 4)).toMatchObject({ matched: 'ボランティア', kind: 'fuzzy' });
  });

  it('never guesses beyond one typo at an interest of four characters or fewer', () => {
    // ラソテイ is one slip from the ランティ inside ボランティア: close to fuse, but no word a person meant.
    expect(match('ラソテイ', 4)).toBeNull();
    expect(match('パンコソ', 2)).toBeNull();
  });

  it('uses no close word where the interest itself or its synonym is found', () => {
    const slipped = prepareTermCatalog([['プログラミング講座'], ['コーディング入門'], ['プロクラミンク教室']], synonyms);
    const fit = (interest: string, opportunity: number) => matchTerm(prepareQuery(interest, slipped), slipped, opportunity);
    expect(fit('プログラミング', 0)).toMatchObject({ kind: 'exact' });
    expect(fit('プログラミング', 1)).toMatchObject({ kind: 'synonym' });
    expect(fit('プログラミング', 2)).toBeNull();
    expect(fit('プロクラミンク', 2)).toMatchObject({ kind: 'exact' });
    expect(fit('プロクラミンク', 0)).toBeNull();
  });

  it('uses no close word where a word one typo away fits', () => {
    const slipped = prepareTermCatalog([['ボランティア募集'], ['ボラソティア募集']], synonyms);
    const query = prepareQuery('ボランティマ', slipped);
    expect(matchTerm(query, slipped, 0)).toMatchObject({ matched: 'ボランティア', kind: 'fuzzy' });
    expect(matchTerm(query, slipped, 1)).toBeNull();
  });

  it('prefers the strongest way of fitting', () => {
    expect(match('犬', 4)).toMatchObject({ kind: 'exact', matched: '犬' });
  });

  it('does not fit unrelated listings', () => {
    expect(match('料理', 0)).toBeNull();
    expect(match('土いじり', 1)).toBeNull();
    expect(match('とらんぽりん', 6)).toBeNull();
  });

  it('does not take ペットボトル for an animal word', () => {
    expect(match('ペット', 3)).toBeNull();
    expect(match('動物', 3)).toBeNull();
    expect(match('リサイクル', 3)).toMatchObject({ kind: 'exact' });
  });

  it('refuses a query prepared for another catalog version', () => {
    const other = prepareTermCatalog([['畑の手入れ']], synonyms);
    expect(() => matchTerm(prepareQuery('畑', other), catalog, 0)).toThrow();
  });
});
