import { TERM_MATCH_STRENGTH } from '../../config';
import { createFallbackChain, type FallbackChain, followChain, INTEREST_RULES } from './fallback-chain';
import { buildGramPostings, type GramPostings, type PackedGramPostings, unpackGramPostings } from './gram-postings';
import { normalize, type SourceMap, sourceSlice, TOKEN_SEPARATORS } from './normalize';
import { type FieldReadings, readingsOf, type TextSource } from './readings';
import type { Synonyms } from './synonyms';
import { indexOfWord } from './word-boundary';
import { checked, positionIn, unpackInt32s } from '../packed';

/**
 * Does a person's interest (土いじり) fit an opportunity's words (畑の手入れ, 農作業)? The matching
 * engine asks this for ~5 interests × 10,000 opportunities per request, far too often to compare
 * text each time. So the work is turned around: `prepareTermCatalog` indexes every opportunity's
 * words once per catalog version; `prepareQuery` looks one interest up in that index, once per
 * request, and finds every opportunity it fits; `matchTerm` then only reads the answer for one
 * opportunity.
 *
 * An interest is looked for along the fall-back chain (fallback-chain, INTEREST_RULES): as typed,
 * through its synonyms, through the known words inside it, and, found nowhere, corrected against
 * the catalog's words by one typo, then by fuse. The chain's indexes are built here, once per
 * catalog version.
 *
 * Many opportunities share their words exactly (a host's recurring opportunity, the same tags), so
 * each distinct list of fields (a "shape") is normalized, scanned and indexed once, and a query
 * finds shapes, not opportunities: building and looking up cost what the distinct wording costs,
 * not the catalog size. Prepared queries are also kept per catalog for the interests asked most recently,
 * since the same few interests (パソコン, 畑, カフェ) come back request after request.
 */

export type TermMatchKind = 'exact' | 'synonym' | 'partial' | 'fuzzy';

/** Shared between the opportunities it describes: never modify one. */
export type TermMatch = {
  /** The words in the opportunity, as written there, that matched: for 「土いじり」が「農作業」に合います. */
  readonly matched: string;
  readonly kind: TermMatchKind;
  /** 0…1; see TERM_MATCH_STRENGTH. */
  readonly strength: number;
};

/**
 * The words of every opportunity in one catalog version, as a few flat arrays (TermTables), built
 * and loaded alike: a new isolate loads them stored (unpackTermCatalog) without an object per
 * opportunity, field or occurrence; what a query needs of one field is made when it is found.
 * Treat as opaque.
 */
export type TermCatalog = TermTables & {
  readonly postings: GramPostings;
  readonly chain: FallbackChain;
  /** Prepared queries by term, least recently asked first; see QUERY_CACHE_SIZE. */
  readonly recentQueries: Map<string, PreparedQuery>;
  /** Each wording's matches and each field's SourceMap, by id, made on first need. */
  readonly madeWordings: (Wording | undefined)[];
  readonly madeMaps: (SourceMap | undefined)[];
};

type TermTables = {
  /** Position among the shapes of each opportunity's list of fields, in catalog order. */
  readonly shapeOf: Int32Array;
  /**
   * Each distinct list of fields (a shape) once: its normalized fields joined by line breaks (no
   * word spans one), searched in one pass.
   */
  readonly shapeTexts: readonly string[];
  /** Shape k's fields are entries `shapeFieldStart[k]` … `shapeFieldStart[k + 1] - 1` of the next two. */
  readonly shapeFieldStart: Int32Array;
  /** The field's id. */
  readonly shapeFields: Int32Array;
  /** Where the field starts in its shape's text. */
  readonly fieldOffsets: Int32Array;
  /** Each distinct field once, as written, by id. */
  readonly fields: readonly string[];
  /**
   * How field f's normalized units map back to it (SourceMap): its breaks are
   * `breaks[breakStart[f]]` … `breaks[breakStart[f + 1] - 1]`, its wide entries the (key, value)
   * pairs from `wide[wideStart[f]]` to `wide[wideStart[f + 1] - 1]`.
   */
  readonly breakStart: Int32Array;
  readonly breaks: Int32Array;
  readonly wideStart: Int32Array;
  readonly wide: Int32Array;
  /** Each distinct wording of a synonym term, as written in a field, by id. */
  readonly wordings: readonly string[];
  /** Where each synonym term, and each synonym group, occurs. */
  readonly byTerm: Occurrences<string>;
  readonly byGroup: Occurrences<number>;
  /** The catalog's own words worth correcting a typo against (see createFallbackChain). */
  readonly vocabulary: readonly string[];
};

/**
 * For each key (ascending), its occurrences `start[k]` … `start[k + 1] - 1`: the shape, in order
 * and each once, and the wording there.
 */
type Occurrences<K> = { readonly keys: ArrayLike<K>; readonly start: Int32Array; readonly shape: Int32Array; readonly wording: Int32Array };

/** One interest, looked up in one TermCatalog. Treat as opaque; shared by every request asking it. */
export type PreparedQuery = {
  readonly catalog: TermCatalog;
  readonly term: string;
  /** The match for shape i, or null. */
  readonly hits: readonly (TermMatch | null)[];
};

/**
 * How many prepared queries a catalog keeps: the interests of a dozen or more recent requests. A
 * query holds one entry (8 bytes) per shape, so at worst, 10,000 opportunities all worded
 * differently, the cache holds about 5 MB.
 */
const QUERY_CACHE_SIZE = 64;

/** One wording as a match of each kind, made once per catalog and shared by every query. */
type Wording = Readonly<Record<TermMatchKind, TermMatch>>;

/**
 * Indexes the words of every opportunity. `fieldsOf[i]` lists opportunity i's fields, most telling
 * first (title, tags…, description): when a word occurs in several, the earliest one's wording is
 * reported.
 */
export function prepareTermCatalog(fieldsOf: readonly (readonly string[])[], source: TextSource): TermCatalog {
  const readings = readingsOf(source);
  const { synonyms } = readings;
  const fields = readFields(readings);
  const shapes = groupIntoShapes(fieldsOf, fields);
  const tables: TermTables = {
    ...shapes,
    ...fields.tables(),
    ...indexTerms(shapes, fields.termsOf, synonyms),
  };
  return termCatalogOver(tables, synonyms, buildGramPostings(shapes.shapeTexts));
}

function termCatalogOver(tables: TermTables, synonyms: Synonyms, postings: GramPostings): TermCatalog {
  return {
    ...tables,
    postings,
    chain: createFallbackChain(INTEREST_RULES, synonyms, tables.vocabulary),
    recentQueries: new Map(),
    madeWordings: new Array<Wording | undefined>(tables.wordings.length),
    madeMaps: new Array<SourceMap | undefined>(tables.fields.length),
  };
}

/**
 * A TermCatalog in plain arrays, for storing; unpackTermCatalog gives it back. Part of a
 * PackedCatalog, whose CATALOG_FORMAT covers its layout.
 */
export type PackedTermCatalog = {
  shapeOf: number[];
  shapeTexts: string[];
  shapeFieldStart: number[];
  shapeFields: number[];
  fieldOffsets: number[];
  fields: string[];
  breakStart: number[];
  breaks: number[];
  wideStart: number[];
  wide: number[];
  wordings: string[];
  byTerm: PackedOccurrences<string>;
  byGroup: PackedOccurrences<number>;
  vocabulary: string[];
  postings: PackedGramPostings;
};

type PackedOccurrences<K> = { keys: K[]; start: number[]; shape: number[]; wording: number[] };

export function packTermCatalog(catalog: TermCatalog): PackedTermCatalog {
  return {
    shapeOf: Array.from(catalog.shapeOf),
    shapeTexts: [...catalog.shapeTexts],
    shapeFieldStart: Array.from(catalog.shapeFieldStart),
    shapeFields: Array.from(catalog.shapeFields),
    fieldOffsets: Array.from(catalog.fieldOffsets),
    fields: [...catalog.fields],
    breakStart: Array.from(catalog.breakStart),
    breaks: Array.from(catalog.breaks),
    wideStart: Array.from(catalog.wideStart),
    wide: Array.from(catalog.wide),
    wordings: [...catalog.wordings],
    byTerm: packOccurrences(catalog.byTerm),
    byGroup: packOccurrences(catalog.byGroup),
    vocabulary: [...catalog.vocabulary],
    postings: catalog.postings.pack(),
  };
}

function packOccurrences<K>(occurrences: Occurrences<K>): PackedOccurrences<K> {
  const { keys, start, shape, wording } = occurrences;
  return { keys: Array.from(keys), start: Array.from(start), shape: Array.from(shape), wording: Array.from(wording) };
}

/**
 * The catalog packed for `size` opportunities; throws on a value of another layout.
 * `synonyms` must be those it was built with.
 */
export function unpackTermCatalog(packed: PackedTermCatalog, size: number, synonyms: Synonyms): TermCatalog {
  const shapeFieldStart = unpackInt32s(packed.shapeFieldStart, checked(packed.shapeTexts).length + 1);
  const fieldCount = shapeFieldStart[shapeFieldStart.length - 1]!;
  const breakStart = unpackInt32s(packed.breakStart, checked(packed.fields).length + 1);
  const wideStart = unpackInt32s(packed.wideStart, packed.fields.length + 1);
  const tables: TermTables = {
    shapeOf: unpackInt32s(packed.shapeOf, size),
    shapeTexts: packed.shapeTexts,
    shapeFieldStart,
    shapeFields: unpackInt32s(packed.shapeFields, fieldCount),
    fieldOffsets: unpackInt32s(packed.fieldOffsets, fieldCount),
    fields: packed.fields,
    breakStart,
    breaks: unpackInt32s(packed.breaks, breakStart[packed.fields.length]),
    wideStart,
    wide: unpackInt32s(packed.wide, wideStart[packed.fields.length]),
    wordings: checked(packed.wordings),
    byTerm: unpackOccurrences(packed.byTerm, (keys) => checked(keys)),
    byGroup: unpackOccurrences(packed.byGroup, (keys) => unpackInt32s(keys)),
    vocabulary: checked(packed.vocabulary),
  };
  return termCatalogOver(tables, synonyms, unpackGramPostings(packed.postings));
}

function unpackOccurrences<K>(packed: PackedOccurrences<K>, keysOf: (keys: K[]) => ArrayLike<K>): Occurrences<K> {
  const keys = keysOf(packed.keys);
  const start = unpackInt32s(packed.start, keys.length + 1);
  const count = start[keys.length];
  return { keys, start, shape: unpackInt32s(packed.shape, count), wording: unpackInt32s(packed.wording, count) };
}

/** What reading the distinct fields gives, each once however many opportunities carry it. */
type FieldReader = {
  /** The field's id. */
  idOf(field: string): number;
  /** The normalized text of a field read. */
  textOf(id: number): string;
  /** The synonym terms in a field read, each with the id of its wording as written there. */
  readonly termsOf: (id: number) => readonly { term: string; wording: number }[];
  /** The fields read, their SourceMaps, wordings and words worth correcting, as TermTables has them. */
  tables(): Pick<TermTables, 'fields' | 'breakStart' | 'breaks' | 'wideStart' | 'wide' | 'wordings' | 'vocabulary'>;
};

function readFields(readings: FieldReadings): FieldReader {
  const fields: string[] = [];
  const texts: string[] = [];
  const maps: SourceMap[] = [];
  const terms: { term: string; wording: number }[][] = [];
  const ids = new Map<string, number>();
  const wordings: string[] = [];
  const wordingIds = new Map<string, number>();
  const vocabulary = new Set<string>();
  const wordingId = (written: string): number => {
    let id = wordingIds.get(written);
    if (id === undefined) wordingIds.set(written, (id = wordings.push(written) - 1));
    return id;
  };
  return {
    idOf(field) {
      let id = ids.get(field);
      if (id === undefined) {
        const { text, map, terms: found, words } = readings.read(field);
        for (const word of words) vocabulary.add(word);
        id = fields.push(field) - 1;
        texts.push(text);
        maps.push(map);
        terms.push(found.map(({ term, start, end }) => ({ term, wording: wordingId(sourceSlice(field, map, start, end)) })));
        ids.set(field, id);
      }
      return id;
    },
    textOf: (id) => texts[id]!,
    termsOf: (id) => terms[id]!,
    tables: () => ({ fields, ...flattenMaps(maps), wordings, vocabulary: [...vocabulary] }),
  };
}

function flattenMaps(maps: readonly SourceMap[]): Pick<TermTables, 'breakStart' | 'breaks' | 'wideStart' | 'wide'> {
  const breakStart = new Int32Array(maps.length + 1);
  const wideStart = new Int32Array(maps.length + 1);
  maps.forEach(({ breaks, wide }, f) => {
    breakStart[f + 1] = breakStart[f]! + breaks.length;
    wideStart[f + 1] = wideStart[f]! + 2 * wide.size;
  });
  const breaks = new Int32Array(breakStart[maps.length]!);
  const wide = new Int32Array(wideStart[maps.length]!);
  maps.forEach((map, f) => {
    breaks.set(map.breaks, breakStart[f]);
    let at = wideStart[f]!;
    for (const [key, value] of map.wide) {
      wide[at++] = key;
      wide[at++] = value;
    }
  });
  return { breakStart, breaks, wideStart, wide };
}

type ShapeTables = Pick<TermTables, 'shapeOf' | 'shapeTexts' | 'shapeFieldStart' | 'shapeFields' | 'fieldOffsets'>;

/** Each opportunity's words, every distinct list of fields made into one shape, once. */
function groupIntoShapes(fieldsOf: readonly (readonly string[])[], fields: FieldReader): ShapeTables {
  const shapeOf = new Int32Array(fieldsOf.length);
  const shapeTexts: string[] = [];
  const shapeFieldStart = [0];
  const shapeFields: number[] = [];
  const fieldOffsets: number[] = [];
  const shapeIds = new Map<string, number>();
  fieldsOf.forEach((fieldList, index) => {
    const ids = fieldList.map((field) => fields.idOf(field));
    const key = ids.join(',');
    let shape = shapeIds.get(key);
    if (shape === undefined) {
      shape = shapeTexts.length;
      shapeIds.set(key, shape);
      let offset = 0;
      for (const id of ids) {
        shapeFields.push(id);
        fieldOffsets.push(offset);
        offset += fields.textOf(id).length + 1;
      }
      shapeFieldStart.push(shapeFields.length);
      shapeTexts.push(ids.map((id) => fields.textOf(id)).join('\n'));
    }
    shapeOf[index] = shape;
  });
  return {
    shapeOf,
    shapeTexts,
    shapeFieldStart: Int32Array.from(shapeFieldStart),
    shapeFields: Int32Array.from(shapeFields),
    fieldOffsets: Int32Array.from(fieldOffsets),
  };
}

/** Where each synonym term, and each synonym group, occurs: shapes in order, each once per key. */
function indexTerms(shapes: ShapeTables, termsOf: FieldReader['termsOf'], synonyms: Synonyms): Pick<TermTables, 'byTerm' | 'byGroup'> {
  const byTerm = new Map<string, number[]>();
  const byGroup = new Map<number, number[]>();
  const { shapeFieldStart, shapeFields } = shapes;
  for (let shape = 0; shape + 1 < shapeFieldStart.length; shape++) {
    for (let entry = shapeFieldStart[shape]!; entry < shapeFieldStart[shape + 1]!; entry++) {
      for (const { term, wording } of termsOf(shapeFields[entry]!)) {
        addOccurrence(byTerm, term, shape, wording);
        for (const group of synonyms.groupsOf(term)) addOccurrence(byGroup, group, shape, wording);
      }
    }
  }
  return {
    byTerm: toOccurrences(byTerm, [...byTerm.keys()].sort()),
    byGroup: toOccurrences(byGroup, Int32Array.from(byGroup.keys()).sort()),
  };
}

/** Adds (shape, wording) to the key's flat list, unless the shape is already its last. */
function addOccurrence<K>(index: Map<K, number[]>, key: K, shape: number, wording: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [shape, wording]);
  else if (list[list.length - 2] !== shape) list.push(shape, wording);
}

function toOccurrences<K>(index: ReadonlyMap<K, readonly number[]>, keys: ArrayLike<K>): Occurrences<K> {
  const start = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) start[k + 1] = start[k]! + index.get(keys[k]!)!.length / 2;
  const shape = new Int32Array(start[keys.length]!);
  const wording = new Int32Array(start[keys.length]!);
  for (let k = 0; k < keys.length; k++) {
    const list = index.get(keys[k]!)!;
    for (let i = 0; i < list.length; i += 2) {
      shape[start[k]! + i / 2] = list[i]!;
      wording[start[k]! + i / 2] = list[i + 1]!;
    }
  }
  return { keys, start, shape, wording };
}

/**
 * Finds every opportunity of the catalog the interest fits, keeping the best way for each:
 * - exact: the interest itself (or every word of a several-word interest) is in the text;
 * - synonym: a word of its synonym group is (土いじり → 農作業, のうえん → 農園);
 * - partial: part of it is: one word of several, or a known term inside it (パソコン作業 → PC);
 * - fuzzy: only when nothing else fits anywhere, a word one typo from it (パソコソ → パソコン),
 *   from the synonym terms or the catalog's own words; only when none of those fits either, the
 *   catalog's words most like a longer interest (プロクラミンク → プログラミング).
 */
export function prepareQuery(term: string, catalog: TermCatalog): PreparedQuery {
  const { recentQueries } = catalog;
  let query = recentQueries.get(term);
  if (query) {
    recentQueries.delete(term);
  } else {
    query = lookUp(term, catalog);
    if (recentQueries.size >= QUERY_CACHE_SIZE) recentQueries.delete(recentQueries.keys().next().value!);
  }
  recentQueries.set(term, query);
  return query;
}

function lookUp(term: string, catalog: TermCatalog): PreparedQuery {
  const { synonyms } = catalog.chain;
  const hits = new Array<TermMatch | null>(catalog.shapeTexts.length).fill(null);
  const wordings = new Map<string, Wording>();
  let hitCount = 0;
  const hit = (shape: number, match: TermMatch): void => {
    if (hits[shape] !== null) return;
    hits[shape] = match;
    hitCount++;
  };
  const hitOccurrences = <K extends number | string>(
    { keys, start, shape, wording }: Occurrences<K>,
    key: K,
    kind: TermMatchKind,
  ): void => {
    const k = positionIn(keys, key);
    if (k < 0) return;
    for (let at = start[k]!; at < start[k + 1]!; at++) hit(shape[at]!, wordingAt(catalog, wording[at]!)[kind]);
  };
  const hitGroups = (groups: readonly number[], kind: TermMatchKind): void => {
    for (const group of groups) hitOccurrences(catalog.byGroup, group, kind);
  };
  const hitWords = (found: ReadonlyMap<number, string>, kind: TermMatchKind): void => {
    for (const [shape, written] of found) hit(shape, wordingOf(wordings, written)[kind]);
  };

  followChain(normalize(term), catalog.chain, {
    asTyped(norm) {
      if (synonyms.groupsOf(norm).length > 0) {
        hitOccurrences(catalog.byTerm, norm, 'exact');
        return;
      }
      // Every word of a several-word interest is an exact fit; some of them, a partial one.
      const words = norm.split(TOKEN_SEPARATORS).filter((word) => word.length > 0);
      const perWord = (words.length > 1 ? words : [norm]).filter((word) => word.length > 0).map((word) => findWord(catalog, word));
      const [first, ...others] = perWord;
      hitWords(new Map([...(first ?? [])].filter(([shape]) => others.every((each) => each.has(shape)))), 'exact');
      for (const each of perWord) hitWords(each, 'partial');
    },
    synonym(norm) {
      hitGroups(synonyms.groupsOf(norm), 'synonym');
    },
    replaced(word, stage) {
      const kind = stage === 'knownWordInside' ? 'partial' : 'fuzzy';
      const groups = synonyms.groupsOf(word);
      if (groups.length > 0) hitGroups(groups, kind);
      else hitWords(findWord(catalog, word), kind);
    },
    found: () => hitCount > 0,
  });
  return { catalog, term, hits };
}

/** How the interest fits opportunity `index` of the catalog, or null. The query must be prepared for this catalog. */
export function matchTerm(query: PreparedQuery, catalog: TermCatalog, index: number): TermMatch | null {
  if (query.catalog !== catalog) throw new Error('matchTerm: the query was prepared for another catalog version');
  return matchShape(query, catalog.shapeOf[index]!);
}

/**
 * matchTerm by the opportunity's entry in the catalog's shapeOf, for a caller that reads it from
 * there itself. Same catalog only.
 */
export function matchShape(query: PreparedQuery, shape: number): TermMatch | null {
  return query.hits[shape] ?? null;
}

function wordingAt(catalog: TermCatalog, id: number): Wording {
  return (catalog.madeWordings[id] ??= wordingAs(catalog.wordings[id]!));
}

function wordingOf(wordings: Map<string, Wording>, written: string): Wording {
  let wording = wordings.get(written);
  if (!wording) {
    wording = wordingAs(written);
    wordings.set(written, wording);
  }
  return wording;
}

function wordingAs(written: string): Wording {
  const as = (kind: TermMatchKind): TermMatch => ({ matched: written, kind, strength: TERM_MATCH_STRENGTH[kind] });
  return { exact: as('exact'), synonym: as('synonym'), partial: as('partial'), fuzzy: as('fuzzy') };
}

/** The shapes where `word` occurs as a word, with its wording there (earliest field first). */
function findWord(catalog: TermCatalog, word: string): Map<number, string> {
  const { shapeTexts, shapeFieldStart, shapeFields, fieldOffsets, fields } = catalog;
  const found = new Map<number, string>();
  for (const shape of catalog.postings.candidates(word)) {
    const at = indexOfWord(shapeTexts[shape]!, word);
    if (at < 0) continue;
    let entry = shapeFieldStart[shape + 1]! - 1;
    while (fieldOffsets[entry]! > at) entry--;
    const offset = fieldOffsets[entry]!;
    const field = shapeFields[entry]!;
    found.set(shape, sourceSlice(fields[field]!, sourceMapOf(catalog, field), at - offset, at - offset + word.length));
  }
  return found;
}

const NO_WIDE_UNITS: ReadonlyMap<number, number> = new Map();

function sourceMapOf(catalog: TermCatalog, field: number): SourceMap {
  let map = catalog.madeMaps[field];
  if (map === undefined) {
    const { breakStart, breaks, wideStart, wide } = catalog;
    let wideUnits = NO_WIDE_UNITS;
    if (wideStart[field + 1]! > wideStart[field]!) {
      const units = new Map<number, number>();
      for (let at = wideStart[field]!; at < wideStart[field + 1]!; at += 2) units.set(wide[at]!, wide[at + 1]!);
      wideUnits = units;
    }
    map = catalog.madeMaps[field] = { breaks: breaks.subarray(breakStart[field], breakStart[field + 1]), wide: wideUnits };
  }
  return map;
}
