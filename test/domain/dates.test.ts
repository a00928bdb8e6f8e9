import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isValidDate, recordedTimeIssue, tokyoDate, tokyoDayStart } from '../../src/domain/dates';

describe('dates: the date in Tokyo', () => {
  it('is already the next day when it is 15:30 UTC', () => {
    expect(tokyoDate(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
  });

  it('changes exactly at 15:00 UTC (midnight in Tokyo)', () => {
    expect(tokyoDate(new Date('2026-06-30T14:59:59.999Z'))).toBe('2026-06-30');
    expect(tokyoDate(new Date('2026-06-30T15:00:00Z'))).toBe('2026-07-01');
  });

  it('turns the year at 15:00 UTC on New Year’s Eve', () => {
    expect(tokyoDate(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });

  it('reads an instant given with a Tokyo offset as that local date', () => {
    expect(tokyoDate(new Date('2026-04-01T00:10:00+09:00'))).toBe('2026-04-01');
    expect(tokyoDate(new Date('2026-04-01T23:59:00+09:00'))).toBe('2026-04-01');
  });
});

describe('dates: valid calendar dates', () => {
  it.each(['2026-01-01', '2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])('accepts %s', (s) => {
    expect(isValidDate(s)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'a day the month does not have'],
    ['2026-02-29', 'Feb 29 outside a leap year'],
    ['1900-02-29', 'Feb 29 in a century year that is not a leap year'],
    ['2026-04-31', 'the 31st of a 30-day month'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-1-5', 'missing zero padding'],
    ['2026/01/05', 'slashes'],
    ['2026-01-05T00:00:00Z', 'a timestamp'],
    [' 2026-01-05', 'surrounding space'],
    ['２０２６-01-05', 'full-width digits'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (s) => {
    expect(isValidDate(s)).toBe(false);
  });
});

describe('dates: adding days', () => {
  it('crosses month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
  });

  it('crosses the year end both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('knows leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('keeps the date for 0 and goes far without drifting', () => {
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
    expect(addDays('2026-01-01', 180)).toBe('2026-06-30');
  });

  it('refuses an impossible date or a fraction of a day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('dates: days between', () => {
  it('counts forward as positive and backward as negative', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });

  it('counts February by the year', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
  });

  it('counts across a year end', () => {
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11);
  });

  it('is the inverse of addDays', () => {
    for (const n of [-400, -1, 0, 1, 7, 59, 366, 1000]) {
      expect(daysBetween('2026-02-28', addDays('2026-02-28', n))).toBe(n);
    }
  });

  it('refuses an impossible date', () => {
    expect(() => daysBetween('2026-01-01', '2026-13-01')).toThrow(RangeError);
  });
});

describe('dates: when something recorded can have happened', () => {
  const now = new Date('2026-11-27T01:00:00Z'); // 10:00 in Tokyo

  it('may be earlier today, or any day back to 2000-01-01', () => {
    expect(recordedTimeIssue(new Date('2026-11-27T00:59:00Z'), now)).toBeNull();
    expect(recordedTimeIssue(tokyoDayStart('2026-11-27'), now)).toBeNull();
    expect(recordedTimeIssue(tokyoDayStart('2000-01-01'), now)).toBeNull();
  });

  it('is never in the future, compared as instants, however far', () => {
    expect(recordedTimeIssue(new Date(now.getTime() + 60_000), now)).toBe('future');
    expect(recordedTimeIssue(tokyoDayStart('2026-11-28'), now)).toBe('future');
    expect(recordedTimeIssue(tokyoDayStart('9999-12-31'), now)).toBe('future');
    expect(recordedTimeIssue(new Date('9999-12-31T23:00:00+09:00'), now)).toBe('future');
    expect(recordedTimeIssue(new Date('+010000-01-01T00:00:00Z'), now)).toBe('future');
  });

  it('is never before 2000-01-01 in Tokyo', () => {
    expect(recordedTimeIssue(tokyoDayStart('1999-12-31'), now)).toBe('too_early');
    expect(recordedTimeIssue(new Date('1999-12-31T23:59:59+09:00'), now)).toBe('too_early');
  });
});
