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
};

/** `texts` are normalized; spaces and line breaks never start or end a pair. */
export function buildGramPostings(texts: readonly string[]): GramPostings {
  // Each distinct UTF-16 unit gets a small id, so a pair's key stays a small integer: keys built
  // from raw kanji codes are too large for V8's fast integer keys, which made building slow.
  const unitIds = new Int32Array(0x10000);
  let units = 0;
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
      const id = unitIds[c] || (unitIds[c] = ++units);
      add(id, position);
      if (previous !== 0) add(pairKey(previous, id), position);
      previous = id;
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of building) postings.set(key, Int32Array.from(list));

  return {
    candidates(word) {
      if (word.length === 0) return [];
      const ids = new Int32Array(word.length);
      for (let i = 0; i < word.length; i++) ids[i] = unitIds[word.charCodeAt(i)]!;
      if (ids.includes(0)) return [];
      if (word.length === 1) return postings.get(ids[0]!) ?? [];
      const lists: Int32Array[] = [];
      for (let i = 0; i + 1 < word.length; i++) {
        const list = postings.get(pairKey(ids[i]!, ids[i + 1]!));
        if (!list) return [];
        lists.push(list);
      }
      lists.sort((a, b) => a.length - b.length);
      const [shortest, ...others] = lists;
      if (others.length === 0) return shortest ?? [];
      return (shortest ?? []).filter((position) => others.every((list) => contains(list, position)));
    },
  };
}

/** Pairs and single units share one key space: a pair's key is always above any unit's id. */
function pairKey(a: number, b: number): number {
  return a * 0x10000 + b;
}

function contains(list: Int32Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
