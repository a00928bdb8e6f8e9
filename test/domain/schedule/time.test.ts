import { describe, expect, it } from 'vitest';
import { formatTime, parseTime } from '../../../src/domain/schedule/time';
import { slotIssues } from '../../../src/domain/schedule/slot-issues';

describe('schedule: clock times', () => {
  it('reads HH:MM as minutes after midnight', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('09:30')).toBe(570);
    expect(parseTime('23:59')).toBe(1439);
  });

  it('accepts 24:00 so an evening slot can end at midnight', () => {
    expect(parseTime('24:00')).toBe(1440);
  });

  it('rejects anything that is not two-digit HH:MM within the day', () => {
    for (const bad of ['9:00', '24:01', '25:00', '12:60', '12:5', '', '１２:００', '12:00:00', ' 12:00']) {
      expect(parseTime(bad), bad).toBeNull();
    }
  });

  it('writes minutes back as HH:MM', () => {
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(545)).toBe('09:05');
    expect(formatTime(1440)).toBe('24:00');
  });
});

describe('schedule: slot validation', () => {
  it('finds nothing wrong with an ordinary morning slot', () => {
    expect(slotIssues({ day: 'tue', start: '09:00', end: '12:00' })).toEqual([]);
  });

  it('allows a slot that runs until midnight', () => {
    expect(slotIssues({ day: 'fri', start: '21:00', end: '24:00' })).toEqual([]);
  });

  it('asks for the end to come after the start', () => {
    expect(slotIssues({ day: 'tue', start: '12:00', end: '12:00' }).map((i) => i.path)).toEqual(['end']);
    expect(slotIssues({ day: 'tue', start: '13:00', end: '12:00' }).map((i) => i.path)).toEqual(['end']);
  });

  it('never lets a slot start at 24:00', () => {
    expect(slotIssues({ day: 'tue', start: '24:00', end: '24:00' }).map((i) => i.path)).toEqual(['start']);
  });

  it('lists every problem at once, each in Japanese', () => {
    const issues = slotIssues({ day: 'tuesday', start: '9:00', end: '25:00' });
    expect(issues.map((i) => i.path)).toEqual(['day', 'start', 'end']);
    for (const issue of issues) expect(issue.message).toMatch(/[ぁ-んァ-ン一-龯]/);
  });
});
