import { describe, expect, it } from 'vitest';
import { uuidFor } from '../../../src/domain/hsds/uuid';

const VERSION_8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('hsds ids', () => {
  it('derives the same RFC 9562 version-8 UUID from the same key, every time', () => {
    expect(uuidFor('service:opp_01')).toMatch(VERSION_8);
    expect(uuidFor('service:opp_01')).toBe(uuidFor('service:opp_01'));
  });

  it('gives different keys different ids, even keys that differ in one character', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `attribute:service:opp_${i}:support:trial_visit`);
    expect(new Set(keys.map(uuidFor)).size).toBe(keys.length);
    expect(uuidFor('service:opp_1')).not.toBe(uuidFor('location:opp_1'));
  });
});
