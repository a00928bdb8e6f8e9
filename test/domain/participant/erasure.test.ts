import { describe, expect, it } from 'vitest';
import { ageBand, retentionCutoff } from '../../../src/domain/participant/erasure';

describe('erasure: what a tombstone keeps', () => {
  it('keeps the decade of an age, not the age', () => {
    expect(ageBand(34)).toBe(30);
    expect(ageBand(30)).toBe(30);
    expect(ageBand(9)).toBe(0);
    expect(ageBand(null)).toBeNull();
  });
});

describe('erasure: the retention cutoff', () => {
  it('is the same date the given number of years earlier', () => {
    expect(retentionCutoff('2031-11-28', 5)).toBe('2026-11-28');
  });

  it('falls back to 28 February from 29 February', () => {
    expect(retentionCutoff('2028-02-29', 5)).toBe('2023-02-28');
    expect(retentionCutoff('2028-02-29', 4)).toBe('2024-02-29');
  });
});
