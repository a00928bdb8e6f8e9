import { describe, expect, it } from 'vitest';
import synonymData from '../../../src/config/synonyms.json';
import { normalize } from '../../../src/domain/text/normalize';
import { loadSynonyms } from '../../../src/domain/text/synonyms';

describe('text: loadSynonyms', () => {
  const synonyms = loadSynonyms([
    ['パソコン', 'PC', 'コンピューター'],
    ['農業', '農園', 'のうえん', '畑'],
    ['リサイクル', 'ペットボトル'],
    ['動物', 'ペット', '犬'],
    ['図書', '図書館', '本'],
  ]);

  it('finds a term by any spelling once it is normalized', () => {
    expect(synonyms.groupsOf(normalize('ﾊﾟｿｺﾝ'))).toEqual([0]);
    expect(synonyms.groupsOf(normalize('pc'))).toEqual([0]);
    expect(synonyms.groupsOf(normalize('コンピュータ'))).toEqual([0]);
  });

  it('knows nothing of words not in the data', () => {
    expect(synonyms.groupsOf(normalize('ゲーム'))).toEqual([]);
    expect(synonyms.relatedTerms(normalize('ゲーム'))).toEqual([]);
  });

  it('gives the other terms of the group, so a kana reading leads to the kanji', () => {
    expect(synonyms.relatedTerms(normalize('のうえん'))).toEqual(['農業', '農園', '畑']);
    expect(synonyms.termsOf(0)).toEqual(['ぱそこん', 'pc', 'こんぴゆた']);
    expect(synonyms.groupCount).toBe(5);
  });

  it('finds known terms inside unspaced text, as words', () => {
    const found = synonyms.findTerms(normalize('駅前のパソコン教室で本を読む'));
    expect(found.map((occurrence) => occurrence.term)).toEqual(['ぱそこん', '本']);
  });

  it('takes the longest term, so ペットボトル is not read as ペット', () => {
    const found = synonyms.findTerms(normalize('ペットボトルの回収'));
    expect(found.map((occurrence) => occurrence.term)).toEqual(['ぺつとぼとる']);
  });

  it('does not read a single kanji inside a compound (本 in 日本), nor latin inside a word (pc in pcr)', () => {
    expect(synonyms.findTerms(normalize('日本の文化と本日の予定'))).toEqual([]);
    expect(synonyms.findTerms(normalize('PCR検査'))).toEqual([]);
  });

  it('suggests the known terms one typo away', () => {
    expect(synonyms.nearTerms(normalize('パソコソ'))).toEqual(['ぱそこん']);
    expect(synonyms.nearTerms(normalize('のうえ'))).toEqual(['のうえん']);
  });
});

describe('text: src/config/synonyms.json', () => {
  const synonyms = loadSynonyms(synonymData.groups);

  it('explains its format to the staff who extend it', () => {
    expect(synonymData._comment.length).toBeGreaterThan(20);
  });

  it('covers at least 45 groups, each with words that find each other', () => {
    expect(synonymData.groups.length).toBeGreaterThanOrEqual(45);
    for (const group of synonymData.groups) expect(new Set(group.map(normalize)).size).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['のうえん', '農園'],
    ['土いじり', '農作業'],
    ['パソコン', 'PC'],
    ['そうじ', '清掃'],
    ['キッチン', '調理'],
    ['レジ', '接客'],
    ['としょかん', '読書'],
    ['喫茶', 'カフェ'],
    ['ねこ', '動物'],
    ['裁縫', '手芸'],
    ['手作り', 'ものづくり'],
  ])('puts %s with %s', (word, other) => {
    expect(synonyms.relatedTerms(normalize(word))).toContain(normalize(other));
  });
});
