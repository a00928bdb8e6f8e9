import { describe, expect, it } from 'vitest';
import { fitsFilter, isFilterEmpty } from '../../../src/domain/matching/filter';
import { makeOpportunity } from './fixtures';
import { anArea, anotherArea } from '../../support/city';

describe('match filter', () => {
  const farm = makeOpportunity({ kind: 'work_experience', location: { area: anArea, online: false } });
  const online = makeOpportunity({ kind: 'learning', location: { area: anotherArea, online: true } });

  it('keeps every opening when nothing is chosen', () => {
    expect(isFilterEmpty({})).toBe(true);
    expect(fitsFilter(farm, {})).toBe(true);
  });

  it('narrows by kind, by area and to online openings, each on its own and together', () => {
    expect(fitsFilter(farm, { kind: 'work_experience' })).toBe(true);
    expect(fitsFilter(farm, { kind: 'learning' })).toBe(false);
    expect(fitsFilter(farm, { area: anotherArea })).toBe(false);
    expect(fitsFilter(farm, { onlineOnly: true })).toBe(false);
    expect(fitsFilter(online, { kind: 'learning', area: anotherArea, onlineOnly: true })).toBe(true);
  });
});
