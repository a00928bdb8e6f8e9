import { describe, expect, it } from 'vitest';
import { isStale, lastTouchedMs, staleCutoff } from '../../../src/domain/matching/staleness';
import { staleListingDays } from '../../support/city';

const now = new Date('2026-06-01T10:00:00+09:00');

describe('matching: stale listings', () => {
  it('counts the later of the last change and the last confirmation', () => {
    expect(lastTouchedMs({ updatedAt: '2025-01-01T00:00:00Z', confirmedAt: '2026-05-01T00:00:00Z' })).toBe(
      Date.parse('2026-05-01T00:00:00Z'),
    );
    expect(lastTouchedMs({ updatedAt: '2026-05-02T00:00:00Z', confirmedAt: '2026-05-01T00:00:00Z' })).toBe(
      Date.parse('2026-05-02T00:00:00Z'),
    );
    expect(lastTouchedMs({ updatedAt: '2026-05-02T00:00:00Z', confirmedAt: null })).toBe(Date.parse('2026-05-02T00:00:00Z'));
  });

  it(`is current up to exactly ${staleListingDays} days and stale a moment later`, () => {
    const limit = now.getTime() - staleListingDays * 86_400_000;
    expect(isStale(limit, now)).toBe(false);
    expect(isStale(limit - 1_000, now)).toBe(true);
    expect(staleCutoff(now).getTime()).toBe(limit);
  });

  it('treats a listing without a readable date as stale, so someone checks it', () => {
    expect(isStale(lastTouchedMs({ updatedAt: 'not a date' }), now)).toBe(true);
  });
});
