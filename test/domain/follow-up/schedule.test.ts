import { describe, expect, it } from 'vitest';
import { scheduleFollowUps } from '../../../src/domain/follow-up/schedule';

describe('follow-up: schedule', () => {
  it('plans check-ins 7, 14, 30, 90 and 180 days after the start', () => {
    expect(scheduleFollowUps('2026-04-01')).toEqual([
      { dueDate: '2026-04-08', dayOffset: 7, label: '開始から7日後' },
      { dueDate: '2026-04-15', dayOffset: 14, label: '開始から14日後' },
      { dueDate: '2026-05-01', dayOffset: 30, label: '開始から30日後' },
      { dueDate: '2026-06-30', dayOffset: 90, label: '開始から90日後' },
      { dueDate: '2026-09-28', dayOffset: 180, label: '開始から180日後' },
    ]);
  });

  it('runs over the year end and through a leap day', () => {
    expect(scheduleFollowUps('2027-12-20').map((f) => f.dueDate)).toEqual([
      '2027-12-27',
      '2028-01-03',
      '2028-01-19',
      '2028-03-19',
      '2028-06-17',
    ]);
  });
});
