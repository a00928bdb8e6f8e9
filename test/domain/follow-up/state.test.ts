import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import { scheduleFollowUps } from '../../../src/domain/follow-up/schedule';
import { followUpState } from '../../../src/domain/follow-up/state';
import { followUpDays } from '../../support/city';

const TODAY = '2026-06-10';

describe('follow-up: state on the list', () => {
  it('is overdue from the day after its due date', () => {
    expect(followUpState('2026-06-09', TODAY)).toBe('overdue');
    expect(followUpState('2026-01-01', TODAY)).toBe('overdue');
  });

  it('is due from today up to today + 7', () => {
    expect(followUpState('2026-06-10', TODAY)).toBe('due');
    expect(followUpState('2026-06-17', TODAY)).toBe('due');
  });

  it('is upcoming from today + 8 up to the horizon', () => {
    expect(followUpState('2026-06-18', TODAY)).toBe('upcoming');
    expect(followUpState(addDays(TODAY, 60), TODAY)).toBe('upcoming');
  });

  it('is not listed beyond the default horizon of today + 60', () => {
    expect(followUpState(addDays(TODAY, 61), TODAY)).toBeNull();
  });

  it('follows a given until date', () => {
    expect(followUpState('2026-07-01', TODAY, '2026-07-01')).toBe('upcoming');
    expect(followUpState('2026-07-02', TODAY, '2026-07-01')).toBeNull();
    expect(followUpState('2026-12-01', TODAY, '2026-12-31')).toBe('upcoming');
  });

  it('hides due ones after an until that is closer than a week, but never overdue ones', () => {
    expect(followUpState('2026-06-13', TODAY, '2026-06-12')).toBeNull();
    expect(followUpState('2026-06-12', TODAY, '2026-06-12')).toBe('due');
    expect(followUpState('2026-06-01', TODAY, '2026-06-12')).toBe('overdue');
  });

  it('counts the week across a month end', () => {
    expect(followUpState('2026-07-07', '2026-06-30')).toBe('due');
    expect(followUpState('2026-07-08', '2026-06-30')).toBe('upcoming');
  });

  it('shows a placement started 40 days ago with the earlier check-ins overdue, the next two months upcoming and later ones not yet', () => {
    const start = addDays(TODAY, -40);
    const states = scheduleFollowUps(start).map((f) => [f.dayOffset, followUpState(f.dueDate, TODAY)]);
    // Day 40 is today: before it overdue, up to a week on due, up to 60 days on upcoming.
    const expected = (day: number) => (day < 40 ? 'overdue' : day <= 47 ? 'due' : day <= 100 ? 'upcoming' : null);
    expect(states).toEqual(followUpDays.map((day) => [day, expected(day)]));
  });
});
