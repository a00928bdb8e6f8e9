import { packCounts, positionIn, unpackCounts } from '../packed';
import { isSpace } from './normalize';

/**
 * For each character and each pair of adjacent characters, the texts (by position in the list
 * indexed) whose normalized text contains it. Japanese has no spaces, so a word is found as a
 * substring: only the texts holding every pair of the word can contain it, and only those few are
 * then checked with a real substring search by the caller.
 */
export type GramPostings = {
  /** Positions of the texts holding every character pair of `word` (its character, if it has
   * one): a superset of the texts containing it. Ascending. */
  candidates(word: string): Int32Array | number[];
  /** The postings as plain arrays, for storing; `unpackGramPostings` gives them back. */
  pack(): PackedGramPostings;
};

/**
 * The postings as strings (packCounts): every distinct UTF-16 unit in id order (id = position + 1),
 * the keys ascending as gaps from the one before, how many positions each key has, and the
 * positions of each key ascending as gaps from the one before (the first from 0). Postings are
 * most of an index's stored size; gaps are small, so this is a fraction of the numbers' JSON.
 */
export type PackedGramPostings = { units: string; keys: string; counts: string; positions: string };

/** `texts` are normalized; spaces and line breaks never start or end a pair. */
export function buildGramPostings(texts: readonly string[]): GramPostings {
  // Each distinct UTF-16 unit gets a small id, so a pair's key stays a small integer: keys built
  // from raw kanji codes are too large for V8's fast integer keys, which made building slow.
  const unitIds = new Int32Array(0x10000);
  const units: number[] = [];
  const building = new Map<number, number[]>();
  const add = (key: number, position: number): void => {
    const list = building.get(key);
    if (!list) building.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  texts.forEach((text, position) => {
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        previous = 0;
        continue;
      }
      let id = unitIds[c]!;
      if (id === 0) id = unitIds[c] = units.push(c);
      add(id, position);
      if (previous !== 0) add(pairKey(previous, id), position);
      previous = id;
    }
  });
  const keys = Float64Array.from(building.keys()).sort();
  const starts = new Int32Array(keys.length + 1);
  keys.forEach((key, k) => (starts[k + 1] = starts[k]! + building.get(key)!.length));
  const positions = new Int32Array(starts[keys.length]!);
  keys.forEach((key, k) => positions.set(building.get(key)!, starts[k]));
  return postingsOver(unitIds, { units: String.fromCharCode(...units), keys, starts, positions });
}

/** The postings `pack()` gave; throws on anything it did not write. */
export function unpackGramPostings(packed: PackedGramPostings): GramPostings {
  const { units } = packed;
  if (typeof units !== 'string') throw new RangeError('unpackGramPostings: not packed postings');
  const unitIds = new Int32Array(0x10000);
  for (let i = 0; i < units.length; i++) unitIds[units.charCodeAt(i)] = i + 1;
  const keys = runningSums(unpackCounts(packed.keys, Float64Array));
  const counts = unpackCounts(packed.counts, Int32Array, keys.length);
  const starts = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) starts[k + 1] = starts[k]! + counts[k]!;
  const positions = unpackCounts(packed.positions, Int32Array, starts[keys.length]);
  for (let k = 0; k < keys.length; k++) runningSums(positions.subarray(starts[k]!, starts[k + 1]!));
  return postingsOver(unitIds, { units, keys, starts, positions });
}

type Arrays = { units: string; keys: Float64Array; starts: Int32Array; positions: Int32Array };

function postingsOver(unitIds: Int32Array, { units, keys, starts, positions }: Arrays): GramPostings {
  const listOf = (key: number): Int32Array | null => {
    const k = positionIn(keys, key);
    return k < 0 ? null : positions.subarray(starts[k]!, starts[k + 1]!);
  };
  return {
    candidates(word) {
      if (word.length === 0) return [];
      const ids = new Int32Array(word.length);
      for (let i = 0; i < word.length; i++) ids[i] = unitIds[word.charCodeAt(i)]!;
      if (ids.includes(0)) return [];
      if (word.length === 1) return listOf(ids[0]!) ?? [];
      const lists: Int32Array[] = [];
      for (let i = 0; i + 1 < word.length; i++) {
        const list = listOf(pairKey(ids[i]!, ids[i + 1]!));
        if (!list) return [];
        lists.push(list);
      }
      lists.sort((a, b) => a.length - b.length);
      const [shortest, ...others] = lists;
      if (others.length === 0) return shortest ?? [];
      return (shortest ?? []).filter((position) => others.every((list) => positionIn(list, position) >= 0));
    },
    pack: () => ({
      units,
      keys: packCounts(gaps(keys)),
      counts: packCounts(Array.from({ length: keys.length }, (_, k) => starts[k + 1]! - starts[k]!)),
      positions: packCounts(
        Int32Array.from(positions, (position, at) => (isListStart(starts, at) ? position : position - positions[at - 1]!)),
      ),
    }),
  };
}

/** Each value less the one before it (the first as it is): the inverse of runningSums. */
function gaps(values: Float64Array): Float64Array {
  return values.map((value, at) => (at === 0 ? value : value - values[at - 1]!));
}

/** Sums each value with all before it, in place. */
function runningSums<T extends Int32Array | Float64Array>(values: T): T {
  for (let at = 1; at < values.length; at++) values[at]! += values[at - 1]!;
  return values;
}

/** Whether position `at` is the first of some key's list. */
function isListStart(starts: Int32Array, at: number): boolean {
  return positionIn(starts, at) >= 0;
}

/** Pairs and single units share one key space: a pair's key is always above any unit's id. */
function pairKey(a: number, b: number): number {
  return a * 0x10000 + b;
}
