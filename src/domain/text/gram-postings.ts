/**
 * For each character and each pair of adjacent characters, the slots (a document, or one field of
 * a document) whose normalized text contains it. Japanese has no spaces, so a word is found as a
 * substring: only the slots holding every pair of the word can contain it, and only those few are
 * then checked with a real substring search by the caller.
 */
export type GramPostings = {
  /** Slots holding every character pair of `word` (its character, if it has one): a superset of
   * the slots containing it. Ascending. */
  candidates(word: string): Int32Array | number[];
};

/** `texts[slot]` is the normalized text of each slot; spaces and line breaks never start or end a pair. */
export function buildGramPostings(texts: readonly string[]): GramPostings {
  const building = new Map<number, number[]>();
  const add = (key: number, slot: number): void => {
    const list = building.get(key);
    if (!list) building.set(key, [slot]);
    else if (list[list.length - 1] !== slot) list.push(slot);
  };
  texts.forEach((text, slot) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) continue;
      add(c, slot);
      const next = text.charCodeAt(i + 1);
      if (i + 1 < text.length && !isSpace(next)) add(pairKey(c, next), slot);
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of building) postings.set(key, Int32Array.from(list));

  return {
    candidates(word) {
      if (word.length === 0) return [];
      if (word.length === 1) return postings.get(word.charCodeAt(0)) ?? [];
      const lists: Int32Array[] = [];
      for (let i = 0; i + 1 < word.length; i++) {
        const list = postings.get(pairKey(word.charCodeAt(i), word.charCodeAt(i + 1)));
        if (!list) return [];
        lists.push(list);
      }
      lists.sort((a, b) => a.length - b.length);
      const [shortest, ...others] = lists;
      if (others.length === 0) return shortest ?? [];
      return (shortest ?? []).filter((slot) => others.every((list) => contains(list, slot)));
    },
  };
}

/** Pairs and single characters share one key space: a pair's key is always above 0xFFFF. */
function pairKey(a: number, b: number): number {
  return (a + 1) * 0x10000 + b;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a;
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
