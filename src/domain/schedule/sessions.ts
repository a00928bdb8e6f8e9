import type { Slot } from '../types';
import { longestShared } from './overlap';
import { parseTime } from './time';
import { toWeekRanges, type WeekRanges } from './week-ranges';

/*
 * An opportunity's slots one by one, for the rules that judge each slot on its own: a fixed course
 * the person must attend whole, and whether a matched slot can be attended from start to end.
 */

/** Each valid slot as its own WeekRanges, in the order given. */
export function sessionRanges(slots: readonly Slot[]): WeekRanges[] {
  return slots.map((slot) => toWeekRanges([slot])).filter((ranges) => ranges.length > 0);
}

/**
 * The longest window the person shares with the session they share least with: for a fixed course,
 * the overlap that decides whether they can come to every session. 0 when there are no sessions.
 */
export function weakestSessionShared(availability: WeekRanges, sessions: readonly WeekRanges[]): number {
  if (sessions.length === 0) return 0;
  let weakest = Infinity;
  for (const session of sessions) weakest = Math.min(weakest, longestShared(availability, session));
  return weakest;
}

/**
 * Among the sessions sharing at least `minMinutes` with the person, whether none lies wholly inside
 * their free time (they would arrive late or leave early at every one).
 */
export function everyMatchedSessionCutShort(availability: WeekRanges, sessions: readonly WeekRanges[], minMinutes: number): boolean {
  let matched = 0;
  for (const session of sessions) {
    const shared = longestShared(availability, session);
    if (shared < minMinutes) continue;
    matched++;
    if (shared >= session[1]! - session[0]!) return false;
  }
  return matched > 0;
}

/** Whether every slot lasts at most `maxMinutes` (true of no slots, which fail the schedule anyway). */
export function everySlotAtMost(slots: readonly Slot[], maxMinutes: number): boolean {
  for (const slot of slots) {
    const start = parseTime(slot.start);
    const end = parseTime(slot.end);
    if (start === null || end === null || end - start > maxMinutes) return false;
  }
  return true;
}
