import { normalize, tokenize } from '../text/normalize';
import { type Condition, readCondition } from './conditions';

/**
 * Reads a `q` the way a support worker types it (静かな所, 接客なし, 土日の午前, ジョブコーチ) into
 * what the search looks for:
 * - words: ordinary words, searched in the listings' text (カフェ, 畑, パソコン);
 * - preferences: phrases of the vocabulary (src/config/search-phrases.json) with the condition on an
 *   opportunity's fields they stand for; a listing meeting the condition is found, and ranks like one
 *   that names the phrase;
 * - filters: a phrase followed by a negation (接客なし, 人と話さない, 電話は苦手), which removes every
 *   listing meeting the condition.
 *
 * Negation becomes a filter, never a word: searching the text for 接客 in 接客なし finds exactly the
 * customer-facing listings the person wants to avoid, and a listing that says 接客はありません
 * contains the word too. Absence cannot be found in text; the structured field (customerFacing
 * false) is the host's own statement of it, so the negation is answered there, and as a promise:
 * what it rules out never appears, however well it matches the other words.
 *
 * Japanese is written without spaces, so phrases are found inside a token, but only where they
 * stand as words: at the token's edges, at a change between kanji and kana or latin, or next to a
 * particle, an ending, a negation or another phrase (so レジ is not read inside レジャー, nor 接客 in
 * 接客体験). Particles and endings (な所, だけ, がいい) around a phrase are dropped, and endings at the
 * end of any word; a particle alone is never cut from a plain word, where it is usually part of it
 * (まんが, のうえん).
 */

/** src/config/search-phrases.json as staff write it. */
export type SearchPhraseData = {
  negations: readonly string[];
  particles: readonly string[];
  endings: readonly string[];
  fillers: readonly string[];
  phrases: readonly { words: readonly string[]; means: unknown }[];
};

/** The data normalized once. Treat as opaque. */
export type QueryVocabulary = {
  /** Phrases by their first UTF-16 unit, longest first. */
  readonly phrases: ReadonlyMap<number, readonly Phrase[]>;
  /** Each list longest first, so なくて is read before なく. */
  readonly negations: readonly string[];
  readonly particles: readonly string[];
  readonly endings: readonly string[];
  /** Particles and endings together: what may stand next to a phrase. */
  readonly aroundPhrase: readonly string[];
  readonly fillers: ReadonlySet<string>;
};

type Phrase = { text: string; condition: Condition };

export type Preference = {
  /** The phrase as typed (normalized), also looked for in the listings' text. */
  text: string;
  condition: Condition;
};
export type ParsedQuery = { words: string[]; preferences: Preference[]; filters: Condition[] };

export function loadQueryVocabulary(data: SearchPhraseData): QueryVocabulary {
  const phrases = new Map<number, Phrase[]>();
  data.phrases.forEach(({ words, means }, i) => {
    const condition = readCondition(means, `phrases.${i}.means`);
    for (const text of new Set(words.map(normalize).filter((word) => word.length > 0))) {
      const list = phrases.get(text.charCodeAt(0)) ?? [];
      list.push({ text, condition });
      phrases.set(text.charCodeAt(0), list);
    }
  });
  for (const list of phrases.values()) list.sort((a, b) => b.text.length - a.text.length);
  return {
    phrases,
    negations: longestFirst(data.negations),
    particles: longestFirst(data.particles),
    endings: longestFirst(data.endings),
    aroundPhrase: longestFirst([...data.particles, ...data.endings]),
    fillers: new Set(data.fillers.map(normalize)),
  };
}

function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words.map(normalize))].filter((word) => word.length > 0).sort((a, b) => b.length - a.length);
}

/** One thing read from the query, in order: a phrase (with its condition) or a plain word. */
type Item = { text: string; condition: Condition | null; negated: boolean };

export function parseQuery(q: string, vocabulary: QueryVocabulary): ParsedQuery {
  const items: Item[] = [];
  for (const token of tokenize(q)) readToken(token, vocabulary, items);
  return collect(items);
}

function readToken(token: string, vocabulary: QueryVocabulary, items: Item[]): void {
  // A negation on its own (接客 なし) negates what the token before ended with.
  if (vocabulary.negations.includes(trimmed(stripLeading(token, vocabulary.particles), vocabulary, true))) {
    const last = items[items.length - 1];
    if (last) last.negated = true;
    return;
  }
  let gapStart = 0;
  let i = 0;
  while (i < token.length) {
    const phrase = phraseAt(token, i, gapStart, vocabulary);
    if (!phrase) {
      i++;
      continue;
    }
    readGap(token.slice(gapStart, i), { afterPhrase: gapStart > 0, beforePhrase: true }, vocabulary, items);
    let end = i + phrase.text.length;
    const afterParticle = end + (longestAt(token, end, vocabulary.particles)?.length ?? 0);
    const negation = longestAt(token, end, vocabulary.negations) ?? longestAt(token, afterParticle, vocabulary.negations);
    if (negation) end = token.startsWith(negation, end) ? end + negation.length : afterParticle + negation.length;
    items.push({ text: phrase.text, condition: phrase.condition, negated: negation !== undefined });
    i = gapStart = end;
  }
  readGap(token.slice(gapStart), { afterPhrase: gapStart > 0, beforePhrase: false }, vocabulary, items);
}

/** The longest phrase at `at` that stands as a word there; `boundary` is where the last one ended. */
function phraseAt(token: string, at: number, boundary: number, vocabulary: QueryVocabulary): Phrase | undefined {
  const candidates = vocabulary.phrases.get(token.charCodeAt(at));
  if (!candidates) return undefined;
  const startsWord = at === boundary || scriptChangesAt(token, at) || vocabulary.particles.some((p) => token.endsWith(p, at));
  if (!startsWord) return undefined;
  return candidates.find(({ text }) => token.startsWith(text, at) && endsWord(token, at + text.length, vocabulary));
}

function endsWord(token: string, end: number, vocabulary: QueryVocabulary): boolean {
  if (end === token.length || scriptChangesAt(token, end)) return true;
  const { aroundPhrase, negations, phrases } = vocabulary;
  const startsHere = (word: string) => token.startsWith(word, end);
  return (
    aroundPhrase.some(startsHere) ||
    negations.some(startsHere) ||
    (phrases.get(token.charCodeAt(end)) ?? []).some(({ text }) => startsHere(text))
  );
}

/**
 * The text between phrases (or the whole token when it holds none): a plain word once the
 * particles next to a phrase and the endings are dropped; nothing when only a filler or a lone kana
 * is left. A word followed by a negation (パソコンなし) is dropped rather than searched for, which
 * would find the opposite; only phrases become filters.
 */
function readGap(gap: string, side: { afterPhrase: boolean; beforePhrase: boolean }, vocabulary: QueryVocabulary, items: Item[]): void {
  let word = side.afterPhrase ? stripLeading(gap, vocabulary.aroundPhrase) : gap;
  word = trimmed(word, vocabulary, side.beforePhrase);
  const negation = vocabulary.negations.find((each) => word.endsWith(each) && !isLoneKana(word.slice(0, -each.length)));
  if (negation) return;
  if (word.length === 0 || vocabulary.fillers.has(word) || isLoneKana(word)) return;
  items.push({ text: word, condition: null, negated: false });
}

/** Drops endings from the end of a word, and particles too when a phrase follows it. */
function trimmed(word: string, vocabulary: QueryVocabulary, dropParticles: boolean): string {
  const trailing = dropParticles ? vocabulary.aroundPhrase : vocabulary.endings;
  let rest = word;
  for (
    let cut = trailing.find((each) => rest.endsWith(each) && rest.length > each.length);
    cut;
    cut = trailing.find((each) => rest.endsWith(each) && rest.length > each.length)
  ) {
    rest = rest.slice(0, -cut.length);
  }
  return rest;
}

function stripLeading(word: string, leading: readonly string[]): string {
  let rest = word;
  for (let cut = leading.find((each) => rest.startsWith(each)); cut; cut = leading.find((each) => rest.startsWith(each))) {
    rest = rest.slice(cut.length);
  }
  return rest;
}

function longestAt(token: string, at: number, words: readonly string[]): string | undefined {
  return at < token.length ? words.find((word) => token.startsWith(word, at)) : undefined;
}

/**
 * Words, preferences and filters, each once. A day and a time of day next to each other
 * (土曜の午前, 土日 午後) become one preference, met by one slot on that day at that time, and
 * looked for in text as written in listings (土曜午前), never as two words each found anywhere.
 */
function collect(items: readonly Item[]): ParsedQuery {
  const words = new Set<string>();
  const preferences: Preference[] = [];
  const filters: Condition[] = [];
  let previous: Item | undefined;
  for (const item of items) {
    const { text, condition, negated } = item;
    if (condition === null) {
      if (!negated) words.add(text);
    } else if (negated) {
      filters.push({ on: 'not', condition });
    } else {
      const last = previous && preferences[preferences.length - 1];
      const merged = last && previous?.condition && !previous.negated ? mergedSchedule(last.condition, condition) : null;
      if (last && merged) preferences[preferences.length - 1] = { text: last.text + text, condition: merged };
      else if (!preferences.some((each) => each.text === text)) preferences.push({ text, condition });
    }
    previous = item;
  }
  return { words: [...words], preferences, filters };
}

/** A days-only and a time-only schedule condition as one, or null. */
function mergedSchedule(a: Condition, b: Condition): Condition | null {
  if (a.on !== 'schedule' || b.on !== 'schedule') return null;
  if (a.days && !a.time && !b.days && b.time) return { on: 'schedule', days: a.days, time: b.time };
  if (!a.days && a.time && b.days && !b.time) return { on: 'schedule', days: b.days, time: a.time };
  return null;
}

type Script = 'kanji' | 'kana' | 'other';

function scriptOf(c: number): Script {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005) return 'kanji';
  if (c >= 0x3041 && c <= 0x309f) return 'kana';
  return 'other';
}

/** Normalized text holds no katakana (folded to hiragana), so kana is one script here. */
function scriptChangesAt(token: string, at: number): boolean {
  return scriptOf(token.charCodeAt(at - 1)) !== scriptOf(token.charCodeAt(at));
}

function isLoneKana(word: string): boolean {
  return word.length === 1 && scriptOf(word.charCodeAt(0)) === 'kana';
}
