import { describe, expect, it } from 'vitest';
import { scheduleFollowUps } from '../../../src/domain/follow-up/schedule';
import { followUpDays } from '../../support/city';

/** Whole days from one calendar date to another, counted apart from the code under test. */
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('follow-up: schedule', () => {
  it(`plans one check-in for each day of the city's cadence (${followUpDays.join(', ')}) after the start`, () => {
    const planned = scheduleFollowUps('2026-04-01');
    expect(planned.map((f) => f.dayOffset)).toEqual(followUpDays);
    expect(planned.map((f) => f.label)).toEqual(followUpDays.map((day) => `開始から${day}日後`));
    expect(planned.map((f) => daysBetween('2026-04-01', f.dueDate))).toEqual(followUpDays);
  });

  it('runs over the year end and through a leap day', () => {
    for (const start of ['2027-12-20', '2028-02-20']) {
      expect(scheduleFollowUps(start).map((f) => daysBetween(start, f.dueDate))).toEqual(followUpDays);
    }
    expect(scheduleFollowUps('2027-12-31').every((f) => f.dueDate.startsWith('2028-'))).toBe(true);
  });
});
