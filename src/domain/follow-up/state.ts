/** Where an open follow-up stands today, as the follow-up list shows it. */
import { FOLLOW_UP_DEFAULT_HORIZON_DAYS, FOLLOW_UP_DUE_WINDOW_DAYS } from '../../config';
import { addDays } from '../dates';

export const FOLLOW_UP_STATES = ['overdue', 'due', 'upcoming'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/**
 * `overdue`: due before today. `due`: today up to today + 7 days. `upcoming`: later, up to `until`
 * (default today + 60 days). Null when due after `until`, which cuts off `due` as well as
 * `upcoming`; overdue follow-ups are never hidden, because they are the ones to act on.
 */
export function followUpState(
  dueDate: string,
  today: string,
  until: string = addDays(today, FOLLOW_UP_DEFAULT_HORIZON_DAYS),
): FollowUpState | null {
  if (dueDate < today) return 'overdue';
  if (dueDate > until) return null;
  return dueDate <= addDays(today, FOLLOW_UP_DUE_WINDOW_DAYS) ? 'due' : 'upcoming';
}
