import type { WeekRanges } from './week-ranges';

/**
 * Total minutes a week of `b`'s windows that lie wholly inside `a`'s and last at least
 * `minMinutes`: the slots of an opportunity a person can attend from start to end, rather than
 * arriving late or leaving early. `b` may be a stretch `[bFrom, bTo)` of a longer array, as in
 * overlap.ts; like those walks, this one allocates nothing.
 */
export function wholeShared(a: WeekRanges, b: WeekRanges, minMinutes: number, bFrom = 0, bTo = b.length): number {
  let total = 0;
  let i = 0;
  for (let j = bFrom; j < bTo; j += 2) {
    const start = b[j]!;
    const end = b[j + 1]!;
    // Both lists are sorted and their windows disjoint: only the first of `a`'s windows that ends
    // after `start` can hold the whole of `b`'s.
    while (i < a.length && a[i + 1]! <= start) i += 2;
    if (i >= a.length) break;
    if (a[i]! <= start && end <= a[i + 1]! && end - start >= minMinutes) total += end - start;
  }
  return total;
}
