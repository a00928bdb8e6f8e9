/**
 * Retention (定着): whether a placement was still going N days after it started. A placement that
 * ended because the person finished or moved on to the next step counts as retained: leaving for
 * something better is the aim of participation support, not a failure of it.
 */
import { addDays } from '../dates';
import type { HostRetention } from '../types';
import type { EndReason, PlacementStatus } from './statuses';

/** How the summary report names the figure for a checkpoint: `day30` for day 30. */
export type RetentionKey = `day${number}`;

export function retentionKey(day: number): RetentionKey {
  return `day${day}`;
}

const GOOD_ENDINGS: readonly EndReason[] = ['completed', 'moved_on'];

export type PlacementOutcome = {
  /** The date it first entered `trial` or `active`; null when it never started. */
  startDate: string | null;
  status: PlacementStatus;
  /** Set when `status` is `ended`. */
  endDate?: string | null;
  endReason?: EndReason | null;
};

export type RetentionCheck = { eligible: boolean; retained: boolean };

/**
 * Day `day` counts once it has passed (start + day ≤ asOf). The placement is retained when it had
 * not ended before that day, or ended well. An ended placement without an end date is treated as
 * having ended early, so a missing date never inflates the rate.
 */
export function retentionAt(placement: PlacementOutcome, day: number, asOf: string): RetentionCheck {
  if (placement.startDate === null) return { eligible: false, retained: false };
  const checkpoint = addDays(placement.startDate, day);
  if (checkpoint > asOf) return { eligible: false, retained: false };
  if (placement.status !== 'ended') return { eligible: true, retained: true };
  const endedWell = placement.endReason != null && GOOD_ENDINGS.includes(placement.endReason);
  const endedAfterCheckpoint = placement.endDate != null && placement.endDate >= checkpoint;
  return { eligible: true, retained: endedWell || endedAfterCheckpoint };
}

/** How many placements had reached day `day` by `asOf`, and how many of those were retained. */
export function retentionCounts(placements: readonly PlacementOutcome[], day: number, asOf: string): HostRetention {
  let eligible = 0;
  let retained = 0;
  for (const placement of placements) {
    const check = retentionAt(placement, day, asOf);
    if (check.eligible) eligible += 1;
    if (check.retained) retained += 1;
  }
  return { eligible, retained };
}
