import type { Slot } from '../types';
import { DAYS } from '../types';
import { MIN_OVERLAP_MINUTES } from '../../config';
import { MINUTES_PER_DAY, formatTime } from './time';
import { toWeekRanges, type WeekRanges } from './week-ranges';

/*
 * Shared time between two weekly schedules. Both sides are merged per day first (toWeekRanges),
 * so free time given as 09:00–10:00 and 10:00–12:00 counts as one window of two hours. The walks
 * below run on every opportunity for every request, so they allocate nothing.
 */

/**
 * Minutes of the longest single window shared by `a` and `b` (0 when nothing is shared). `b` may
 * be a stretch `[bFrom, bTo)` of a longer array, so many schedules can be packed into one.
 */
export function longestShared(a: WeekRanges, b: WeekRanges, bFrom = 0, bTo = b.length): number {
  let longest = 0;
  let i = 0;
  let j = bFrom;
  while (i < a.length && j < bTo) {
    const aEnd = a[i + 1]!;
    const bEnd = b[j + 1]!;
    const length = Math.min(aEnd, bEnd) - Math.max(a[i]!, b[j]!);
    if (length > longest) longest = length;
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  return longest;
}

/** Total minutes a week of the shared windows that last at least `minMinutes` (`b` as in longestShared). */
export function usableShared(a: WeekRanges, b: WeekRanges, minMinutes: number, bFrom = 0, bTo = b.length): number {
  let total = 0;
  let i = 0;
  let j = bFrom;
  while (i < a.length && j < bTo) {
    const aEnd = a[i + 1]!;
    const bEnd = b[j + 1]!;
    const length = Math.min(aEnd, bEnd) - Math.max(a[i]!, b[j]!);
    if (length > 0 && length >= minMinutes) total += length;
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  return total;
}

/** The shared windows lasting at least `minMinutes`, as slots in week order. */
export function overlapWindows(a: WeekRanges, b: WeekRanges, minMinutes: number): Slot[] {
  const windows: Slot[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const aEnd = a[i + 1]!;
    const bEnd = b[j + 1]!;
    const start = Math.max(a[i]!, b[j]!);
    const end = Math.min(aEnd, bEnd);
    if (end - start > 0 && end - start >= minMinutes) windows.push(toSlot(start, end));
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  return windows;
}

/** Minutes of the longest window shared by two slot lists (same day only). */
export function longestOverlap(a: readonly Slot[], b: readonly Slot[]): number {
  return longestShared(toWeekRanges(a), toWeekRanges(b));
}

/** Total minutes shared by two slot lists in a week (same day only). */
export function overlapMinutes(a: readonly Slot[], b: readonly Slot[]): number {
  return usableShared(toWeekRanges(a), toWeekRanges(b), 0);
}

/** The shared windows long enough to take part in (by default the matching minimum). */
export function matchedSlots(a: readonly Slot[], b: readonly Slot[], minMinutes = MIN_OVERLAP_MINUTES): Slot[] {
  return overlapWindows(toWeekRanges(a), toWeekRanges(b), minMinutes);
}

function toSlot(start: number, end: number): Slot {
  const dayIndex = Math.floor(start / MINUTES_PER_DAY);
  const dayStart = dayIndex * MINUTES_PER_DAY;
  return { day: DAYS[dayIndex]!, start: formatTime(start - dayStart), end: formatTime(end - dayStart) };
}
