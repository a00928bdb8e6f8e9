import { DAYS } from '../types';
import { MINUTES_PER_DAY, parseTime } from './time';

/** One problem with a slot; `path` is relative to the slot so callers can prefix `schedule.0.`. */
export type SlotIssue = { path: 'day' | 'start' | 'end'; message: string };

const DAY_NAMES: readonly string[] = DAYS;

/**
 * Every problem with a weekly slot, for input validation at the edges: an unknown day, a time not
 * in `HH:MM`, a start at 24:00, or an end that is not after the start. Empty when the slot is fine.
 */
export function slotIssues(slot: { day: string; start: string; end: string }): SlotIssue[] {
  const issues: SlotIssue[] = [];
  if (!DAY_NAMES.includes(slot.day)) {
    issues.push({ path: 'day', message: '曜日は mon, tue, wed, thu, fri, sat, sun のいずれかで指定してください' });
  }
  const start = parseTime(slot.start);
  const end = parseTime(slot.end);
  if (start === null || start === MINUTES_PER_DAY) {
    issues.push({ path: 'start', message: '開始時刻は 00:00〜23:59 の HH:MM 形式で指定してください' });
  }
  if (end === null) {
    issues.push({ path: 'end', message: '終了時刻は 00:00〜24:00 の HH:MM 形式で指定してください' });
  }
  if (start !== null && start !== MINUTES_PER_DAY && end !== null && end <= start) {
    issues.push({ path: 'end', message: '終了時刻は開始時刻より後にしてください' });
  }
  return issues;
}
