import { checked, countsIn, packCounts, positionIn, unpackInt32s } from '../packed';
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
 * The postings as stored: every distinct UTF-16 unit in id order (id = position + 1), the keys
 * ascending, and each key's positions ascending as gaps from the one before (the first from 0),
 * packed into one string (packCounts), key k's from unit `runs[k]` to `runs[k + 1]`. Positions are
 * most of an index's stored size; as one string a new isolate parses them as one JSON token, and
 * reads a key's stretch only when a query first reads that key.
 */
export type PackedGramPostings = { units: string; keys: number[]; runs: number[]; gaps: string };

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
  return postingsOver(unitIds, {
    units: String.fromCharCode(...units),
    keys,
    listAt: (k) => positions.subarray(starts[k]!, starts[k + 1]!),
  });
}

/** The postings `pack()` gave; throws on anything it did not write. */
export function unpackGramPostings(packed: PackedGramPostings): GramPostings {
  const { units, gaps } = packed;
  if (typeof units !== 'string' || typeof gaps !== 'string') throw new RangeError('unpackGramPostings: not packed postings');
  const keys = Float64Array.from(checked(packed.keys));
  const runs = unpackInt32s(packed.runs, keys.length + 1);
  if (runs[keys.length] !== gaps.length) throw new RangeError('unpackGramPostings: the runs do not fit the gaps');
  const unitIds = new Int32Array(0x10000);
  for (let i = 0; i < units.length; i++) unitIds[units.charCodeAt(i)] = i + 1;
  return postingsOver(unitIds, {
    units,
    keys,
    listAt: (k) => {
      const list = countsIn(gaps, runs[k]!, runs[k + 1]!);
      for (let at = 1; at < list.length; at++) list[at]! += list[at - 1]!;
      return list;
    },
  });
}

/** Key k's positions, made on first need (decoded, or cut from the built arrays). */
type Lists = { units: string; keys: Float64Array; listAt: (k: number) => Int32Array };

function postingsOver(unitIds: Int32Array, { units, keys, listAt }: Lists): GramPostings {
  const lists: (Int32Array | undefined)[] = new Array(keys.length);
  const listOf = (key: number): Int32Array | null => {
    const k = positionIn(keys, key);
    return k < 0 ? null : (lists[k] ??= listAt(k));
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
    pack: () => {
      const runs = [0];
      let gaps = '';
      keys.forEach((key) => {
        const list = listOf(key)!;
        gaps += packCounts(list.map((position, at) => (at === 0 ? position : position - list[at - 1]!)));
        runs.push(gaps.length);
      });
      return { units, keys: Array.from(keys), runs, gaps };
    },
  };
}

/** Pairs and single units share one key space: a pair's key is always above any unit's id. */
function pairKey(a: number, b: number): number {
  return a * 0x10000 + b;
}
