/**
 * Retention (定着): whether a placement was still going N days after it started. A placement that
 * ended because the person finished or moved on to the next step counts as retained: leaving for
 * something better is the aim of participation support, not a failure of it.
 */
import { addDays } from '../dates';
import type { HostRetention } from '../types';
import type { EndReason, PlacementStatus } from './statuses';

/** The checkpoints reported to the city (`day30`, `day90`, `day180` in the summary report). */
export const RETENTION_DAYS = [30, 90, 180] as const;
export type RetentionDay = (typeof RETENTION_DAYS)[number];

/** The checkpoint behind a host's record of keeping people, used in matching. */
export const HOST_RETENTION_DAY: RetentionDay = 90;

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
export function retentionAt(placement: PlacementOutcome, day: RetentionDay, asOf: string): RetentionCheck {
  if (placement.startDate === null) return { eligible: false, retained: false };
  const checkpoint = addDays(placement.startDate, day);
  if (checkpoint > asOf) return { eligible: false, retained: false };
  if (placement.status !== 'ended') return { eligible: true, retained: true };
  const endedWell = placement.endReason != null && GOOD_ENDINGS.includes(placement.endReason);
  const endedAfterCheckpoint = placement.endDate != null && placement.endDate >= checkpoint;
  return { eligible: true, retained: endedWell || endedAfterCheckpoint };
}

/** How many placements had reached day `day` by `asOf`, and how many of those were retained. */
export function retentionCounts(placements: readonly PlacementOutcome[], day: RetentionDay, asOf: string): HostRetention {
  let eligible = 0;
  let retained = 0;
  for (const placement of placements) {
    const check = retentionAt(placement, day, asOf);
    if (check.eligible) eligible += 1;
    if (check.retained) retained += 1;
  }
  return { eligible, retained };
}

/** A host's record: its placements retained at 90 days. Pass only that host's placements. */
export function hostRetention(placements: readonly PlacementOutcome[], asOf: string): HostRetention {
  return retentionCounts(placements, HOST_RETENTION_DAY, asOf);
}
