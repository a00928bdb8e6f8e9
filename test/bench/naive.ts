/**
 * The naive baseline the issue names: one fuse.js index over every text field of every opening,
 * default options, then the hard constraints applied to what it returns. It is what one writes
 * first, and what our engine and search are measured against.
 */
import Fuse from 'fuse.js';
import type { MatchableOpportunity, Profile } from '../../src/domain/types';
import { hardConstraints, type PlainOpportunity } from './raw-loop';

export type NaiveIndex = { fuse: Fuse<MatchableOpportunity>; openings: readonly PlainOpportunity[] };

/** `openings[i].opportunity` is the i-th record fuse indexes, so fuse's refIndex finds it. */
export function createNaiveIndex(openings: readonly PlainOpportunity[]): NaiveIndex {
  const fuse = new Fuse(
    openings.map((opening) => opening.opportunity),
    {
      keys: ['title', 'tags', 'description', 'hostName', 'location.station'],
      // Only reports the score fuse computes anyway; matching needs it to merge several interests.
      includeScore: true,
    },
  );
  return { fuse, openings };
}

/** Search: fuse's best `limit` (fuse scores 0 = perfect). */
export function naiveSearch(index: NaiveIndex, q: string, limit: number): string[] {
  return index.fuse.search(q, { limit }).map((result) => result.item.id);
}

/**
 * Matching: fuse queried once per interest (a list of interests is not one fuzzy pattern), each
 * opening keeping its best score, the hard constraints applied to those hits, best `limit` first.
 */
export function naiveMatch(index: NaiveIndex, profile: Profile, limit: number, now: Date): string[] {
  const best = new Map<number, number>();
  for (const interest of profile.interests) {
    for (const { refIndex, score = 1 } of index.fuse.search(interest)) {
      const known = best.get(refIndex);
      if (known === undefined || score < known) best.set(refIndex, score);
    }
  }
  const fits = hardConstraints(profile, now);
  return [...best]
    .filter(([at]) => fits(index.openings[at]!))
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([at]) => index.openings[at]!.opportunity.id);
}
