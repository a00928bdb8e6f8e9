import { describe, expect, it } from 'vitest';
import { countedThrough, fiscalYearOf, reportPeriod } from '../../../src/domain/report/period';
import { rate } from '../../../src/domain/report/rate';

describe('report period: the Japanese fiscal year', () => {
  it('runs from April 1 to March 31', () => {
    expect(fiscalYearOf('2026-04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearOf('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearOf('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('defaults to the fiscal year of today, and completes a half-given period from the fiscal year of the given end', () => {
    expect(reportPeriod({}, '2026-11-27')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(reportPeriod({ from: '2026-10-01' }, '2026-11-27')).toEqual({ from: '2026-10-01', to: '2027-03-31' });
    expect(reportPeriod({ to: '2026-06-30' }, '2026-11-27')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(reportPeriod({ from: '2025-01-01', to: '2025-01-31' }, '2026-11-27')).toEqual({ from: '2025-01-01', to: '2025-01-31' });
  });

  it('counts days only up to today while the period is still running', () => {
    expect(countedThrough({ from: '2026-04-01', to: '2027-03-31' }, '2026-11-27')).toBe('2026-11-27');
    expect(countedThrough({ from: '2026-04-01', to: '2026-09-30' }, '2026-11-27')).toBe('2026-09-30');
  });
});

describe('report rate', () => {
  it('rounds to three decimals and is null when there was nothing to count', () => {
    expect(rate(2, 3)).toBe(0.667);
    expect(rate(1, 3)).toBe(0.333);
    expect(rate(3, 3)).toBe(1);
    expect(rate(0, 4)).toBe(0);
    expect(rate(0, 0)).toBeNull();
  });
});
