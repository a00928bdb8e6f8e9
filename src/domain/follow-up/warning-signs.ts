/**
 * Warning signs in a placement's check-ins: signals that the person may be struggling and a
 * supporter should reach out. They describe the situation now, so each looks at the latest records.
 */
import { LOW_ATTENDANCE_RATIO, LOW_ATTENDANCE_STREAK, WELLBEING_DROP, WELLBEING_LOOKBACK_READINGS } from '../../config';
import type { Concern } from './check-in';
import { CONCERN_LABELS } from './check-in';

export type CheckInSignals = {
  date: string;
  attendance?: { attended: number; planned: number } | null;
  /** 1 (very hard) … 5 (very well). */
  wellbeing?: number | null;
  concerns?: readonly Concern[] | null;
};

export type WarningSignCode = 'low_attendance' | 'wellbeing_drop' | 'concerns';
export type WarningSign = { code: WarningSignCode; message: string };

/**
 * How many of a placement's latest check-ins each sign reads: the latest with attendance recorded,
 * the latest with a wellbeing reading, and the very latest (its concerns). Reading only these gives
 * the same signs as reading every check-in, however many a placement has.
 */
export const WARNING_SIGN_WINDOW = { attendance: LOW_ATTENDANCE_STREAK, wellbeing: WELLBEING_LOOKBACK_READINGS, latest: 1 } as const;

/** The warning signs in a placement's check-ins, or [] when nothing stands out. */
export function warningSigns(checkIns: readonly CheckInSignals[]): WarningSign[] {
  // Sorted here (stably, so same-day records keep their order) because a sign read from the wrong
  // "latest" record would be worse than none.
  const ordered = [...checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [lowAttendance(ordered), wellbeingDrop(ordered), latestConcerns(ordered)].filter((sign): sign is WarningSign => sign !== null);
}

/**
 * The most recent check-ins that recorded attendance all fell below the ratio. Check-ins without
 * attendance (a phone call, say) neither break nor extend the streak; an old streak followed by
 * good attendance no longer counts.
 */
function lowAttendance(ordered: readonly CheckInSignals[]): WarningSign | null {
  const ratios = ordered.flatMap(({ attendance }) =>
    attendance && attendance.planned > 0 ? [attendance.attended / attendance.planned] : [],
  );
  const recent = ratios.slice(-LOW_ATTENDANCE_STREAK);
  if (recent.length < LOW_ATTENDANCE_STREAK || recent.some((ratio) => ratio >= LOW_ATTENDANCE_RATIO)) return null;
  return {
    code: 'low_attendance',
    message: `出席が予定の${Math.round(LOW_ATTENDANCE_RATIO * 100)}%に届かない記録が${LOW_ATTENDANCE_STREAK}回続いています`,
  };
}

/**
 * The latest wellbeing is well below the best of the last few readings. Comparing with the recent
 * best rather than only the previous reading also catches a slow slide (5 → 4 → 3); the short
 * window lets the sign clear once a lower level has held steady and been seen.
 */
function wellbeingDrop(ordered: readonly CheckInSignals[]): WarningSign | null {
  const readings = ordered.flatMap(({ wellbeing }) => (wellbeing == null ? [] : [wellbeing]));
  const recent = readings.slice(-WELLBEING_LOOKBACK_READINGS);
  const latest = recent.at(-1);
  if (latest === undefined) return null;
  const best = Math.max(...recent);
  if (best - latest < WELLBEING_DROP) return null;
  return { code: 'wellbeing_drop', message: `本人の調子（5段階）が${best}から${latest}に下がっています` };
}

function latestConcerns(ordered: readonly CheckInSignals[]): WarningSign | null {
  const concerns = [...new Set(ordered.at(-1)?.concerns ?? [])];
  if (concerns.length === 0) return null;
  const labels = concerns.map((concern) => CONCERN_LABELS[concern]).join('、');
  return { code: 'concerns', message: `最新の記録に気がかりな点があります: ${labels}` };
}
