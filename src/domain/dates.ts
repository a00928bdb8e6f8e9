/**
 * Calendar dates as `YYYY-MM-DD` strings, meaning dates in Asia/Tokyo. The arithmetic runs on UTC
 * midnights, where every day is exactly 24 hours long, so neither the machine's time zone nor any
 * daylight-saving rule can shift a date. Such strings already compare correctly with `<` and `>`.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
// Japan has no daylight saving time, so Tokyo is always exactly nine hours ahead of UTC.
export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in Asia/Tokyo at the instant `now`. */
export function tokyoDate(now: Date): string {
  return new Date(now.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a calendar date begins in Asia/Tokyo. */
export function tokyoDayStart(date: string): Date {
  return new Date(toUtcMidnight(date) - TOKYO_OFFSET_MS);
}

/** Nothing recorded as having happened (a transition, a check-in, a consent) predates this date. */
export const EARLIEST_RECORDED_DATE = '2000-01-01';

/**
 * Why `when` cannot be the time of something recorded as having happened, or null when it can:
 * work is recorded after the fact, so any past instant back to EARLIEST_RECORDED_DATE is fine,
 * but never one after `now`. Instants, not formatted dates, are compared: a year past 9999
 * formats as `+010000-…`, which sorts before every ordinary date.
 */
export function recordedTimeIssue(when: Date, now: Date): 'future' | 'too_early' | null {
  if (when.getTime() > now.getTime()) return 'future';
  if (when.getTime() < tokyoDayStart(EARLIEST_RECORDED_DATE).getTime()) return 'too_early';
  return null;
}

/** True only for a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not one). */
export function isValidDate(s: string): boolean {
  return parseDate(s) !== null;
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be a whole number, got ${n}`);
  return formatUtc(toUtcMidnight(date) + n * DAY_MS);
}

/** Days from `a` to `b`: positive when `b` is later, 0 on the same date. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / DAY_MS);
}

function toUtcMidnight(date: string): number {
  const ms = parseDate(date);
  if (ms === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return ms;
}

/** UTC midnight of the date in milliseconds, or null when `s` is not a real calendar date. */
function parseDate(s: string): number | null {
  const parts = DATE_PATTERN.exec(s);
  if (!parts) return null;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  const ms = d.getTime();
  // An impossible day or month rolls over into another date, so a round trip exposes it.
  return formatUtc(ms) === s ? ms : null;
}

function formatUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
