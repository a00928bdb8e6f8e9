import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import type { PlacementOutcome } from '../../../src/domain/placement/retention';
import { retentionAt, retentionCounts, retentionKey } from '../../../src/domain/placement/retention';

const START = '2026-01-10';
// 2026-01-10 + 30 = 2026-02-09, + 90 = 2026-04-10, + 180 = 2026-07-09.
const running: PlacementOutcome = { startDate: START, status: 'active' };
const ended = (endDate: string, endReason: PlacementOutcome['endReason']): PlacementOutcome => ({
  startDate: START,
  status: 'ended',
  endDate,
  endReason,
});

describe('retention: when a placement counts', () => {
  it('counts day 30 from the day start + 30 onwards, not the day before', () => {
    expect(retentionAt(running, 30, '2026-02-08')).toEqual({ eligible: false, retained: false });
    expect(retentionAt(running, 30, '2026-02-09')).toEqual({ eligible: true, retained: true });
  });

  it('counts day 90 and day 180 at their own boundaries', () => {
    expect(retentionAt(running, 90, '2026-04-09').eligible).toBe(false);
    expect(retentionAt(running, 90, '2026-04-10').eligible).toBe(true);
    expect(retentionAt(running, 180, '2026-07-08').eligible).toBe(false);
    expect(retentionAt(running, 180, '2026-07-09').eligible).toBe(true);
  });

  it('never counts a placement that did not start', () => {
    const proposed: PlacementOutcome = { startDate: null, status: 'proposed' };
    const declined: PlacementOutcome = { startDate: null, status: 'declined' };
    expect(retentionAt(proposed, 30, '2030-01-01')).toEqual({ eligible: false, retained: false });
    expect(retentionAt(declined, 30, '2030-01-01')).toEqual({ eligible: false, retained: false });
  });
});

describe('retention: retained or not', () => {
  it('retains a placement still in trial', () => {
    expect(retentionAt({ startDate: START, status: 'trial' }, 30, '2026-03-01').retained).toBe(true);
  });

  it('retains one that ended on day N itself, not one that ended the day before', () => {
    expect(retentionAt(ended('2026-02-09', 'participant_withdrew'), 30, '2026-03-01').retained).toBe(true);
    expect(retentionAt(ended('2026-02-08', 'participant_withdrew'), 30, '2026-03-01').retained).toBe(false);
  });

  it('does not retain one the host ended early', () => {
    expect(retentionAt(ended('2026-01-20', 'host_ended'), 30, '2026-03-01')).toEqual({ eligible: true, retained: false });
  });

  it('retains one that ended early because the person completed it or moved on', () => {
    expect(retentionAt(ended('2026-01-20', 'completed'), 90, '2026-06-01').retained).toBe(true);
    expect(retentionAt(ended('2026-01-20', 'moved_on'), 180, '2026-08-01').retained).toBe(true);
  });

  it('is retained at day 30 but not at day 90 when it ended in between', () => {
    const p = ended('2026-03-01', 'other');
    expect(retentionAt(p, 30, '2026-05-01').retained).toBe(true);
    expect(retentionAt(p, 90, '2026-05-01')).toEqual({ eligible: true, retained: false });
  });

  it('does not retain an ended placement whose end date is missing, unless it ended well', () => {
    expect(retentionAt({ startDate: START, status: 'ended', endReason: 'other' }, 30, '2026-03-01').retained).toBe(false);
    expect(retentionAt({ startDate: START, status: 'ended', endReason: 'completed' }, 30, '2026-03-01').retained).toBe(true);
  });
});

describe('retention: counts and a host’s record', () => {
  const placements: PlacementOutcome[] = [
    running, // retained at 90 as of 2026-05-01
    ended('2026-02-01', 'host_ended'), // eligible, not retained
    ended('2026-02-01', 'moved_on'), // eligible, retained
    { startDate: '2026-03-01', status: 'active' }, // day 90 is 2026-05-30: not yet eligible
    { startDate: null, status: 'cancelled' },
  ];

  it('counts eligible and retained placements at a checkpoint', () => {
    expect(retentionCounts(placements, 90, '2026-05-01')).toEqual({ eligible: 3, retained: 2 });
    expect(retentionCounts(placements, 30, '2026-05-01')).toEqual({ eligible: 4, retained: 3 });
  });

  it('counts nothing before the first placement reaches the checkpoint', () => {
    expect(retentionCounts(placements, 90, '2026-04-09')).toEqual({ eligible: 0, retained: 0 });
  });

  it('is empty for a host with no placements', () => {
    expect(retentionCounts([], 90, '2026-05-01')).toEqual({ eligible: 0, retained: 0 });
  });
});

describe('retention: checkpoints a city chooses', () => {
  // Another city's checkpoints: 2026-01-10 + 45 = 2026-02-24, + 120 = 2026-05-10, + 365 = 2027-01-10.
  const checkpoints = [
    { day: 45, reached: '2026-02-24' },
    { day: 120, reached: '2026-05-10' },
    { day: 365, reached: '2027-01-10' },
  ];

  it('counts each checkpoint from start + days onwards, not the day before', () => {
    for (const { day, reached } of checkpoints) {
      expect(retentionCounts([running], day, addDays(reached, -1))).toEqual({ eligible: 0, retained: 0 });
      expect(retentionCounts([running], day, reached)).toEqual({ eligible: 1, retained: 1 });
    }
  });

  it('retains a placement that ended between two checkpoints at the first and not at the second', () => {
    const p = ended('2026-04-01', 'host_ended');
    expect(checkpoints.map(({ day }) => retentionCounts([p], day, '2027-12-31'))).toEqual([
      { eligible: 1, retained: 1 },
      { eligible: 1, retained: 0 },
      { eligible: 1, retained: 0 },
    ]);
  });

  it('names each figure after its days, as the summary report keys it', () => {
    expect(checkpoints.map(({ day }) => retentionKey(day))).toEqual(['day45', 'day120', 'day365']);
  });
});
