import { normalizeWithOffsets, type SourceMap } from './normalize';
import type { Synonyms, TermOccurrence } from './synonyms';
import { vocabularyWords } from './words';

/**
 * What reading one field (a title, a tag, a description, a host's name) gives, whichever index
 * reads it: its normalized text with where each unit came from, the synonym terms in that text,
 * and its words worth correcting typos against (see vocabularyWords).
 */
export type FieldReading = {
  readonly text: string;
  readonly map: SourceMap;
  readonly terms: readonly TermOccurrence[];
  readonly words: readonly string[];
};

/**
 * Each distinct field read once for matching and search together: reading text is most of what
 * building either index costs. A reading depends only on the field and the synonym table, never
 * on the catalog version, so one made for an earlier version, or stored and loaded again, is as
 * good as a fresh one.
 */
export type FieldReadings = {
  readonly synonyms: Synonyms;
  read(field: string): FieldReading;
  /** Every field read so far, with its reading. */
  readonly byField: ReadonlyMap<string, FieldReading>;
};

/**
 * Raise when normalization, vocabularyWords or the synonym scan would read a field differently:
 * stored readings of another format are never loaded.
 */
export const READINGS_FORMAT = 1;

/** What the index builders take: the synonym table, or readings already made under it to share. */
export type TextSource = Synonyms | FieldReadings;

/** `known` readings (loaded, or the previous version's) are taken over instead of read again. */
export function createFieldReadings(synonyms: Synonyms, known: ReadonlyMap<string, FieldReading> = new Map()): FieldReadings {
  const byField = new Map<string, FieldReading>();
  return {
    synonyms,
    byField,
    read(field) {
      let reading = byField.get(field);
      if (reading === undefined) {
        reading = known.get(field) ?? readField(field, synonyms);
        byField.set(field, reading);
      }
      return reading;
    },
  };
}

export function readingsOf(source: TextSource): FieldReadings {
  return 'read' in source ? source : createFieldReadings(source);
}

export function readField(field: string, synonyms: Synonyms): FieldReading {
  const { text, map } = normalizeWithOffsets(field);
  return { text, map, terms: synonyms.findTerms(text), words: vocabularyWords(field) };
}

/**
 * The readings as one string for storage: a table of distinct strings and one list of integers,
 * per field [field, text, breaks…, wide…, terms…, words…], each list preceded by its length and
 * every string given by its position in the table. Far smaller and quicker to load than the
 * objects, and nothing in it needs reading text again.
 */
export function encodeReadings(readings: ReadonlyMap<string, FieldReading>): string {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      ids.set(s, (id = strings.length));
      strings.push(s);
    }
    return id;
  };
  const ints: number[] = [];
  for (const [field, { text, map, terms, words }] of readings) {
    ints.push(idOf(field), idOf(text), map.breaks.length, ...map.breaks, map.wide.size * 2);
    for (const [at, end] of map.wide) ints.push(at, end);
    ints.push(terms.length * 3);
    for (const { term, start, end } of terms) ints.push(idOf(term), start, end);
    ints.push(words.length, ...words.map(idOf));
  }
  return JSON.stringify([strings, ints]);
}

const NO_WIDE: ReadonlyMap<number, number> = new Map();

/** The readings `encodeReadings` stored; throws on anything it did not write. */
export function decodeReadings(encoded: string): Map<string, FieldReading> {
  const [strings, ints] = JSON.parse(encoded) as [string[], number[]];
  const readings = new Map<string, FieldReading>();
  let at = 0;
  const next = (): number => {
    const value = ints[at++];
    if (value === undefined) throw new Error('decodeReadings: the stored readings end early');
    return value;
  };
  const string = (): string => {
    const value = strings[next()];
    if (value === undefined) throw new Error('decodeReadings: a string outside the table');
    return value;
  };
  while (at < ints.length) {
    const field = string();
    const text = string();
    const breaks = new Int32Array(next());
    for (let i = 0; i < breaks.length; i++) breaks[i] = next();
    const widePairs = next() / 2;
    // Most fields have no wide unit; as normalization does, they share one empty map.
    const wide = widePairs === 0 ? NO_WIDE : new Map(Array.from({ length: widePairs }, () => [next(), next()] as const));
    const terms: TermOccurrence[] = [];
    for (let left = next(); left > 0; left -= 3) terms.push({ term: string(), start: next(), end: next() });
    const words: string[] = [];
    for (let left = next(); left > 0; left--) words.push(string());
    readings.set(field, { text, map: { breaks, wide }, terms, words });
  }
  return readings;
}
