import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import synonymData from '../../../src/config/synonyms.json';
import { createRng } from '../../../seed/synthetic/prng';
import { FUZZY_MAX_SUGGESTIONS, FUZZY_THRESHOLD } from '../../../src/config';
import { createFuzzyIndex } from '../../../src/domain/text/fuzzy-index';
import { normalize } from '../../../src/domain/text/normalize';
import { withinOneEdit } from '../../../src/domain/text/typo-index';

/** Normalized words, as the catalog gives them: katakana already folded to hiragana. */
const vocabulary = [
  'ぼらんていあ', // ボランティア
  'ぷろぐらみんぐ', // プログラミング
  'ぼどげむ', // ボードゲーム
  'ぱそこん', // パソコン
  'かふえ', // カフェ
  'こみゆにていかふえ', // コミュニティカフェ
  'らんち', // ランチ
  'ていあら', // ティアラ
  'ぷらんた', // プランター
  '公園清掃',
  '子ども食堂',
];
const index = createFuzzyIndex(vocabulary);

describe('text: fuzzy index', () => {
  it('finds a long word with two wrong characters, which is beyond the one-edit typo index', () => {
    expect(withinOneEdit('ぼらそていま', 'ぼらんていあ')).toBe(false);
    expect(index.similar('ぼらそていま')).toEqual(['ぼらんていあ']);
    expect(index.similar('ぷろくらみんく')).toEqual(['ぷろぐらみんぐ']);
  });

  it('finds the word whichever two of its characters are wrong', () => {
    const word = 'ぷろぐらみんぐ';
    for (let i = 0; i < word.length; i++) {
      for (let j = i + 1; j < word.length; j++) {
        const typed = [...word].map((c, k) => (k === i || k === j ? 'ゑ' : c)).join('');
        expect(index.similar(typed), typed).toContain(word);
      }
    }
  });

  it('allows only one wrong character in a word of five', () => {
    expect(index.similar('ぷらんたあ')).toContain('ぷらんた');
    expect(index.similar('ぷらそたあ')).toEqual([]);
  });

  it('does not offer a word with three of six characters wrong', () => {
    expect(index.similar('ぼさそていま')).toEqual([]);
  });

  it('never guesses at a word of four characters or fewer', () => {
    // らそてい is one slip from らんてい, which sits inside ぼらんていあ; in so short a word that is noise.
    expect(index.similar('らそてい')).toEqual([]);
    expect(index.similar('ぱそこそ')).toEqual([]);
    expect(index.similar('公園清晴')).toEqual([]);
  });

  it('does not read a word inside a much longer one', () => {
    // ゆにていか with one slip sits inside こみゆにていかふえ, but that is a different, longer word.
    expect(index.similar('ゆにてえか')).toEqual([]);
  });

  it('does not offer the word itself', () => {
    expect(index.similar('ぼらんていあ')).toEqual([]);
  });

  it('offers the closest words first, and at most a handful', () => {
    const near = [
      'かいだんそうじ',
      'かいだんそうし',
      'かいだんそうぢ',
      'かいだんぞうじ',
      'かいだんそおじ',
      'がいだんそうじ',
      'かいたんそうじ',
    ];
    const crowded = createFuzzyIndex(['かいたんそうし', ...near]);
    const found = crowded.similar('かいだんそうじい');
    expect(found).toHaveLength(FUZZY_MAX_SUGGESTIONS);
    expect(found[0]).toBe('かいだんそうじ');
    expect(found).not.toContain('かいたんそうし');
  });
});

describe('text: fuzzy index, against one fuse over every word', () => {
  const words = [...new Set(synonymData.groups.flat().map(normalize))];
  const index = createFuzzyIndex(words);
  const rng = createRng(7);
  const characters = words.join('');

  it('finds the same words, though it searches only the few that can be close', () => {
    const long = words.filter((word) => word.length >= 5);
    for (let run = 0; run < 300; run++) {
      const typed = [...rng.pick(long)];
      for (let slip = rng.int(1, 3); slip > 0; slip--) {
        const at = rng.int(0, typed.length - 1);
        const other = characters[rng.int(0, characters.length - 1)]!;
        if (rng.chance(0.6)) typed[at] = other;
        else if (rng.chance(0.5)) typed.splice(at, 1);
        else typed.splice(at, 0, other);
      }
      const word = typed.join('');
      const nearLength = words.filter((candidate) => Math.abs(candidate.length - word.length) <= 2);
      const everyWord = new Fuse(nearLength, { threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
      const expected = everyWord
        .search(word)
        .map((result) => result.item)
        .filter((item) => item !== word);
      const found = index.similar(word);
      if (word.length < 5) expect(found, word).toEqual([]);
      else if (expected.length <= FUZZY_MAX_SUGGESTIONS) expect(new Set(found), word).toEqual(new Set(expected));
      else expect(expected, word).toEqual(expect.arrayContaining(found));
    }
  });
});
