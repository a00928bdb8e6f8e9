import { describe, expect, it } from 'vitest';
import { createTypoIndex, withinOneEdit } from '../../../src/domain/text/typo-index';

describe('text: typo index', () => {
  const index = createTypoIndex(['ぱそこん', 'かふえ', 'せいそう', 'こひ', 'ぼらんていあ']);

  it.each([
    ['ぱそこそ', 'ぱそこん', 'one wrong character'],
    ['ぱそん', 'ぱそこん', 'one missing character'],
    ['ぱそここん', 'ぱそこん', 'one extra character'],
    ['ぱこそん', 'ぱそこん', 'two neighbours swapped'],
  ])('corrects %s to %s (%s)', (typed, known) => {
    expect(index.near(typed)).toEqual([known]);
  });

  it('does not offer a word two edits away', () => {
    expect(index.near('ぱさこそ')).toEqual([]);
  });

  it('does not correct words shorter than three characters, nor to them', () => {
    expect(index.near('こび')).toEqual([]);
    expect(index.near('かふ')).toEqual([]);
  });

  it('does not offer the word itself', () => {
    expect(index.near('かふえ')).toEqual([]);
  });

  it('measures one edit exactly', () => {
    expect(withinOneEdit('abc', 'abc')).toBe(true);
    expect(withinOneEdit('abc', 'abd')).toBe(true);
    expect(withinOneEdit('abc', 'ab')).toBe(true);
    expect(withinOneEdit('abc', 'bac')).toBe(true);
    expect(withinOneEdit('abc', 'bca')).toBe(false);
    expect(withinOneEdit('abc', 'a')).toBe(false);
  });
});
