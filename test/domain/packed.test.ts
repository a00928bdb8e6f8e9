import { describe, expect, it } from 'vitest';
import { packCounts, unpackCounts } from '../../src/domain/packed';

describe('packed counts', () => {
  const values = [0, 1, 44, 79, 80, 2047, 55_247, 55_248, 65_535, 1_000_000, 2 ** 32 + 5, 2 ** 45 - 1];

  it('give back every number they hold, through JSON too', () => {
    const text = JSON.parse(JSON.stringify(packCounts(values))) as string;
    expect(Array.from(unpackCounts(text, Float64Array))).toEqual(values);
    expect(Array.from(unpackCounts(packCounts([3, 0, 7]), Int32Array, 3))).toEqual([3, 0, 7]);
  });

  it('take one UTF-16 unit for a number below 55,248, and never a lone surrogate', () => {
    expect(packCounts([0, 55_247])).toHaveLength(2);
    expect(packCounts(values)).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('refuse what they cannot hold, and a count other than the one expected', () => {
    for (const value of [-1, 0.5, 2 ** 45, Number.NaN]) expect(() => packCounts([value])).toThrow(RangeError);
    expect(() => unpackCounts(packCounts([1, 2]), Int32Array, 3)).toThrow(RangeError);
    expect(() => unpackCounts(42 as unknown as string, Int32Array)).toThrow(RangeError);
  });
});
