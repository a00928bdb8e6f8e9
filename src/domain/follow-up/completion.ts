/** Which open follow-up a new check-in fulfils. */
import { FOLLOW_UP_EARLY_GRACE_DAYS } from '../../config';
import { addDays } from '../dates';

/**
 * The earliest of `openFollowUps` (neither completed nor cancelled) due on or before the check-in
 * date plus the grace days, or null when the check-in is too early for all of them. Earliest first,
 * so a late visit settles the overdue follow-up before the next one.
 */
export function pickFollowUpToComplete<T extends { dueDate: string }>(openFollowUps: readonly T[], checkInDate: string): T | null {
  const latestDue = addDays(checkInDate, FOLLOW_UP_EARLY_GRACE_DAYS);
  let pick: T | null = null;
  for (const followUp of openFollowUps) {
    if (followUp.dueDate > latestDue) continue;
    if (pick === null || followUp.dueDate < pick.dueDate) pick = followUp;
  }
  return pick;
}
