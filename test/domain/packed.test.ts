import { describe, expect, it } from 'vitest';
import { countsIn, packCounts } from '../../src/domain/packed';

describe('packed counts', () => {
  const values = [0, 1, 44, 79, 80, 2047, 55_247, 55_248, 65_535, 1_000_000, 2 ** 31 - 1];

  it('give back every number they hold, through JSON too, and any stretch of them', () => {
    const text = JSON.parse(JSON.stringify(packCounts(values))) as string;
    expect(Array.from(countsIn(text, 0, text.length))).toEqual(values);
    const head = packCounts(values.slice(0, 7));
    expect(Array.from(countsIn(text, head.length, text.length))).toEqual(values.slice(7));
  });

  it('take one UTF-16 unit for a number below 55,248, and never a lone surrogate', () => {
    expect(packCounts([0, 55_247])).toHaveLength(2);
    expect(packCounts(values)).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('refuse what they cannot hold', () => {
    for (const value of [-1, 0.5, 2 ** 45, Number.NaN]) expect(() => packCounts([value])).toThrow(RangeError);
  });
});
