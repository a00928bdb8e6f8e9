import { EARLIEST_RECORDED_DATE, recordedTimeIssue, tokyoDayStart } from '../domain/dates';
import { problem } from '../lib/problem';

const MESSAGES = {
  future: '先の日時は指定できません。実際に起きてから記録してください',
  too_early: `${EARLIEST_RECORDED_DATE} より前の日付は指定できません`,
} as const;

/**
 * 400 naming `path` when `when` (an instant, or a Tokyo calendar date meaning its first moment)
 * cannot be when something recorded happened. The one check behind every such field.
 */
export function assertRecordedTime(path: string, when: Date | string, now: Date): void {
  const issue = recordedTimeIssue(typeof when === 'string' ? tokyoDayStart(when) : when, now);
  if (issue) throw problem('validation', { errors: [{ path, message: MESSAGES[issue] }] });
}
