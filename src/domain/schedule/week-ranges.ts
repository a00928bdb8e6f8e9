import type { Slot } from '../types';
import { DAYS } from '../types';
import { MINUTES_PER_DAY, parseTime } from './time';

/**
 * A weekly schedule as flat `[start, end)` pairs in minutes from Monday 00:00, sorted, with
 * overlapping or touching slots of the same day merged into one. Pairs never cross midnight and
 * are never merged across it, so "same day only" holds for everything computed from them.
 * Built once per schedule so overlap checks are a short walk over integers.
 */
export type WeekRanges = Int32Array;

const DAY_INDEX = new Map<string, number>(DAYS.map((day, i) => [day, i]));

/** The merged weekly ranges of `slots`. Slots that are not valid (see slotIssues) take no time. */
export function toWeekRanges(slots: readonly Slot[]): WeekRanges {
  const pairs: [number, number][] = [];
  for (const slot of slots) {
    const day = DAY_INDEX.get(slot.day);
    const start = parseTime(slot.start);
    const end = parseTime(slot.end);
    if (day === undefined || start === null || end === null || end <= start) continue;
    pairs.push([day * MINUTES_PER_DAY + start, day * MINUTES_PER_DAY + end]);
  }
  pairs.sort((a, b) => a[0] - b[0]);

  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    const lastEnd = merged[last];
    const lastStart = merged[last - 1];
    const sameDay = lastStart !== undefined && Math.floor(lastStart / MINUTES_PER_DAY) === Math.floor(start / MINUTES_PER_DAY);
    if (lastEnd !== undefined && sameDay && start <= lastEnd) {
      merged[last] = Math.max(lastEnd, end);
    } else {
      merged.push(start, end);
    }
  }
  return Int32Array.from(merged);
}
