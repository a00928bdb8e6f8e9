/** The follow-up (定着支援) calendar of one placement, fixed on the day it starts. */
import { FOLLOW_UP_DAYS } from '../../config';
import { addDays } from '../dates';

export type ScheduledFollowUp = {
  dueDate: string;
  /** Days after the start date. */
  dayOffset: number;
  /** How people refer to this follow-up, e.g. 開始から30日後. */
  label: string;
};

/** One follow-up for each configured day after `startDate` (the day it entered trial or active). */
export function scheduleFollowUps(startDate: string): ScheduledFollowUp[] {
  return FOLLOW_UP_DAYS.map((dayOffset) => ({
    dueDate: addDays(startDate, dayOffset),
    dayOffset,
    label: followUpLabel(dayOffset),
  }));
}

// "N日後" rather than "N日目": the due date is the start date plus N, and 日目 would count the start as day 1.
export function followUpLabel(dayOffset: number): string {
  return `開始から${dayOffset}日後`;
}
