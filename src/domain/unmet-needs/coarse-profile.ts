import type { Profile, Slot, Support } from '../types';
import { parseTime } from '../schedule/time';

/**
 * The coarse profile a person is counted under: never who they are, only what a host could act on
 * (where they live, when they can come, their step, the support they need).
 */

export const TIME_BANDS = ['weekday_morning', 'weekday_afternoon', 'weekday_evening', 'weekend', 'none'] as const;
export type TimeBand = (typeof TIME_BANDS)[number];

export const TIME_BAND_LABELS: Record<TimeBand, string> = {
  weekday_morning: '平日午前',
  weekday_afternoon: '平日午後',
  weekday_evening: '平日夜間',
  weekend: '土日',
  none: '参加できる時間の登録なし',
};

/** Where the weekday bands meet, in minutes after midnight: morning until noon, evening from five. */
const NOON = 12 * 60;
const EVENING = 17 * 60;

export type CoarseProfile = { area?: string; timeBand?: TimeBand; step?: number; needs?: Support[] };
export type CoarseKey = keyof CoarseProfile;

/**
 * The keys a group is made of, most specific last. A group too small to show drops the last key
 * and is counted again among the coarser groups (k-anonymity).
 */
export const COARSE_LEVELS: readonly (readonly CoarseKey[])[] = [
  ['area', 'timeBand', 'step', 'needs'],
  ['area', 'timeBand', 'step'],
  ['area', 'timeBand'],
  ['area'],
  [],
];

/** The band in which the person has the most free minutes a week (the earlier band on a tie). */
export function timeBandOf(availability: readonly Slot[]): TimeBand {
  const minutes: Record<TimeBand, number> = { weekday_morning: 0, weekday_afternoon: 0, weekday_evening: 0, weekend: 0, none: 0 };
  for (const slot of availability) {
    const start = parseTime(slot.start);
    const end = parseTime(slot.end);
    if (start === null || end === null || end <= start) continue;
    if (slot.day === 'sat' || slot.day === 'sun') {
      minutes.weekend += end - start;
      continue;
    }
    minutes.weekday_morning += Math.max(0, Math.min(end, NOON) - start);
    minutes.weekday_afternoon += Math.max(0, Math.min(end, EVENING) - Math.max(start, NOON));
    minutes.weekday_evening += Math.max(0, end - Math.max(start, EVENING));
  }
  let best: TimeBand = 'none';
  for (const band of TIME_BANDS) if (minutes[band] > minutes[best]) best = band;
  return best;
}

/** The person's full coarse profile (every key). */
export function coarseProfileOf(profile: Profile): Required<CoarseProfile> {
  return {
    area: profile.home.area,
    timeBand: timeBandOf(profile.availability),
    step: profile.step,
    needs: [...new Set(profile.needs)].sort(),
  };
}

/** The profile with only `keys` kept. */
export function coarsen(full: Required<CoarseProfile>, keys: readonly CoarseKey[]): CoarseProfile {
  const kept: CoarseProfile = {};
  for (const key of keys) Object.assign(kept, { [key]: full[key] });
  return kept;
}

/** At least this many people in every group shown, so that no one can be singled out. */
export const MIN_GROUP_SIZE = 3;

export type Grouped<T> = { profile: CoarseProfile; members: T[] };

/**
 * People grouped by their coarse profile, every group at least MIN_GROUP_SIZE strong: those in
 * smaller groups are grouped again with one key fewer, and whoever is still in too small a group
 * once no key is left is only counted (`suppressed`).
 */
export function groupAnonymously<T>(
  people: readonly T[],
  fullProfile: (person: T) => Required<CoarseProfile>,
): { groups: Grouped<T>[]; suppressed: number } {
  const groups: Grouped<T>[] = [];
  let remaining = people.map((person) => ({ person, full: fullProfile(person) }));
  for (const keys of COARSE_LEVELS) {
    const buckets = new Map<string, { profile: CoarseProfile; members: typeof remaining }>();
    for (const entry of remaining) {
      const profile = coarsen(entry.full, keys);
      const key = JSON.stringify(profile);
      const bucket = buckets.get(key) ?? { profile, members: [] };
      bucket.members.push(entry);
      buckets.set(key, bucket);
    }
    remaining = [];
    for (const bucket of buckets.values()) {
      if (bucket.members.length >= MIN_GROUP_SIZE)
        groups.push({ profile: bucket.profile, members: bucket.members.map((entry) => entry.person) });
      else remaining.push(...bucket.members);
    }
  }
  return { groups, suppressed: remaining.length };
}
