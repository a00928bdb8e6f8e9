import { normalize } from './normalize';
import { createTypoIndex } from './typo-index';
import { isWordAt } from './word-boundary';

/**
 * Synonym groups from src/config/synonyms.json, normalized once. A group holds words that should find each
 * other, kana readings included, because nothing else can tell that のうえん is 農園. A word may sit
 * in several groups; a group's id is its position in the file.
 */
export type Synonyms = {
  readonly groupCount: number;
  /** Ids of the groups a normalized term belongs to; empty when the term is not in the data. */
  groupsOf(term: string): readonly number[];
  /** The normalized terms of one group. */
  termsOf(group: number): readonly string[];
  /** The other normalized terms of every group the term is in, without the term itself. */
  relatedTerms(term: string): readonly string[];
  /** Known terms one typo from a normalized word (see typo-index). */
  nearTerms(word: string): string[];
  /**
   * Known terms found in normalized text, reading left to right and taking the longest term at each
   * position, so ペットボトル (a recycling word) is not also read as ペット (an animal word).
   */
  findTerms(text: string): TermOccurrence[];
};

export type TermOccurrence = { term: string; start: number; end: number };

export function loadSynonyms(groups: readonly (readonly string[])[]): Synonyms {
  const members = groups.map((group) => [...new Set(group.map(normalize).filter((term) => term.length > 0))]);
  const groupsByTerm = new Map<string, number[]>();
  members.forEach((terms, id) => {
    for (const term of terms) {
      const ids = groupsByTerm.get(term);
      if (ids) ids.push(id);
      else groupsByTerm.set(term, [id]);
    }
  });

  const related = new Map<string, string[]>();
  for (const [term, ids] of groupsByTerm) {
    const others = new Set(ids.flatMap((id) => members[id] ?? []));
    others.delete(term);
    related.set(term, [...others]);
  }

  // Terms by their first character, longest first, so scanning text is one map look-up a character.
  const byFirstUnit = new Map<number, string[]>();
  for (const term of groupsByTerm.keys()) {
    const list = byFirstUnit.get(term.charCodeAt(0)) ?? [];
    list.push(term);
    byFirstUnit.set(term.charCodeAt(0), list);
  }
  for (const list of byFirstUnit.values()) list.sort((a, b) => b.length - a.length);

  const typos = createTypoIndex(groupsByTerm.keys());

  return {
    groupCount: members.length,
    groupsOf: (term) => groupsByTerm.get(term) ?? [],
    termsOf: (group) => members[group] ?? [],
    relatedTerms: (term) => related.get(term) ?? [],
    nearTerms: (word) => typos.near(word),
    findTerms(text) {
      const found: TermOccurrence[] = [];
      let i = 0;
      while (i < text.length) {
        const term = byFirstUnit
          .get(text.charCodeAt(i))
          ?.find((candidate) => text.startsWith(candidate, i) && isWordAt(text, i, i + candidate.length));
        if (term) {
          found.push({ term, start: i, end: i + term.length });
          i += term.length;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}
