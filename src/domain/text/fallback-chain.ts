import { createFuzzyIndex, type FuzzyIndex } from './fuzzy-index';
import type { Synonyms } from './synonyms';
import { createTypoIndex, type TypoIndex } from './typo-index';

/**
 * How a word is looked for in a catalog's text, from the surest way to the loosest. Interest
 * matching (term-match) and the `q` search (catalog-search) both follow this one chain; they differ
 * only in how they look a word up and what a find is worth to them, and in where they stop (the
 * rules below, side by side so a change to one is made knowing the other).
 *
 * 1. asTyped: the word itself;
 * 2. synonym: the other words of its synonym groups (土いじり → 農作業, のうえん → 農園);
 * 3. knownWordInside: the synonym terms inside a longer word (パソコン作業 → パソコン);
 * 4. oneTypo: the synonym terms and catalog words one edit from it (パソコソ → パソコン), exact and
 *    fast for the common single slip (typo-index);
 * 5. fuse: the catalog words fuse.js finds most like a longer word (プロクラミンク → プログラミング),
 *    which grades how close a word is where two slips are common (fuzzy-index).
 *
 * Stages 3 to 5 put other words in the word's place; each of those is looked up with its synonyms.
 */

const FALLBACK_STAGES = ['asTyped', 'synonym', 'knownWordInside', 'oneTypo', 'fuse'] as const;
export type FallbackStage = (typeof FALLBACK_STAGES)[number];
/** The stages that look up other words in place of the word. */
export type ReplacingStage = Exclude<FallbackStage, 'asTyped' | 'synonym'>;

export type ChainRules = {
  /** After these stages the chain stops if anything has been found. */
  readonly stopAfter: readonly FallbackStage[];
  /** Whether a word that is itself a synonym term is still corrected (stages 4 and 5). */
  readonly correctsKnownTerms: boolean;
};

/**
 * A search word: its known words inside and its corrections count only when neither it nor its
 * synonyms are found, and then together; fuse only when those find nothing either.
 */
export const SEARCH_RULES: ChainRules = { stopAfter: ['synonym', 'oneTypo'], correctsKnownTerms: true };

/**
 * A person's interest: its known words inside always count (a partial fit); it is corrected only
 * when nothing fits anywhere and it is not a synonym term (whose groups already say what it means);
 * fuse only when one typo finds nothing.
 */
export const INTEREST_RULES: ChainRules = { stopAfter: ['knownWordInside', 'oneTypo'], correctsKnownTerms: false };

/** What the later stages draw on, built once per catalog version. */
export type FallbackChain = {
  readonly rules: ChainRules;
  readonly synonyms: Synonyms;
  readonly typos: TypoIndex;
  readonly fuzzy: FuzzyIndex;
};

/** The caller's side: how a word is looked up, and whether anything has been found yet. */
export type ChainLookup = {
  asTyped(word: string): void;
  synonym(word: string): void;
  /** One word a later stage puts in the word's place, to be looked up with its synonyms. */
  replaced(word: string, stage: ReplacingStage): void;
  found(): boolean;
};

/**
 * `words` are the catalog's own words worth correcting against (see vocabularyWords). The typo and
 * fuse indexes are built on first need: most words are found as typed or through a synonym, and a
 * new isolate's first request should not pay for corrections it may never make.
 */
export function createFallbackChain(rules: ChainRules, synonyms: Synonyms, words: Iterable<string>): FallbackChain {
  let typos: TypoIndex | undefined;
  let fuzzy: FuzzyIndex | undefined;
  return {
    rules,
    synonyms,
    get typos() {
      return (typos ??= createTypoIndex(words));
    },
    get fuzzy() {
      return (fuzzy ??= createFuzzyIndex(words));
    },
  };
}

/** Follows the chain for one normalized word, stage by stage, until the rules say stop. */
export function followChain(word: string, chain: FallbackChain, lookup: ChainLookup): void {
  for (const stage of FALLBACK_STAGES) {
    if (isCorrection(stage) && !chain.rules.correctsKnownTerms && chain.synonyms.groupsOf(word).length > 0) return;
    if (stage === 'asTyped') lookup.asTyped(word);
    else if (stage === 'synonym') lookup.synonym(word);
    else for (const replacement of replacements(word, stage, chain)) lookup.replaced(replacement, stage);
    if (chain.rules.stopAfter.includes(stage) && lookup.found()) return;
  }
}

function replacements(word: string, stage: ReplacingStage, chain: FallbackChain): Iterable<string> {
  switch (stage) {
    case 'knownWordInside':
      return knownWordsInside(word, chain.synonyms);
    case 'oneTypo':
      return oneTypoFrom(word, chain);
    case 'fuse':
      return chain.fuzzy.similar(word);
  }
}

function isCorrection(stage: FallbackStage): boolean {
  return stage === 'oneTypo' || stage === 'fuse';
}

/** The synonym terms inside the word, other than the word itself (the longest at each place). */
function knownWordsInside(word: string, synonyms: Synonyms): string[] {
  return synonyms
    .findTerms(word)
    .map((occurrence) => occurrence.term)
    .filter((term) => term !== word);
}

/** Synonym terms first, then catalog words, each once: an interest reports the first that fits. */
function oneTypoFrom(word: string, chain: FallbackChain): Set<string> {
  return new Set([...chain.synonyms.nearTerms(word), ...chain.typos.near(word)]);
}
