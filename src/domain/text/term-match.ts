import { TERM_MATCH_STRENGTH } from '../../config';
import { createFallbackChain, type FallbackChain, followChain, INTEREST_RULES } from './fallback-chain';
import { buildGramPostings, type GramPostings } from './gram-postings';
import { normalize, type SourceMap, sourceSlice, TOKEN_SEPARATORS } from './normalize';
import { type FieldReadings, readingsOf, type TextSource } from './readings';
import type { Synonyms } from './synonyms';
import { indexOfWord } from './word-boundary';

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

/** The words of every opportunity in one catalog version. Treat as opaque. */
export type TermCatalog = {
  /** `texts[i]` is the opportunity whose fields were `fieldsOf[i]`. */
  readonly texts: readonly PreparedText[];
  /** Each distinct list of fields once; `texts[i].shape` is its position here. */
  readonly shapes: readonly Shape[];
  /** Keyed by shape. */
  readonly byTerm: ReadonlyMap<string, readonly Occurrence[]>;
  readonly byGroup: ReadonlyMap<number, readonly Occurrence[]>;
  readonly postings: GramPostings;
  readonly chain: FallbackChain;
  /** Prepared queries by term, least recently asked first; see QUERY_CACHE_SIZE. */
  readonly recentQueries: Map<string, PreparedQuery>;
};

/** One opportunity's words inside a TermCatalog. Treat as opaque. */
export type PreparedText = Shape & {
  readonly index: number;
  /** Position of its words in TermCatalog.shapes. */
  readonly shape: number;
};

/** One distinct list of fields, shared by every opportunity worded exactly so. */
type Shape = {
  readonly fields: readonly string[];
  /** The normalized fields joined by line breaks (no word spans one), searched in one pass. */
  readonly text: string;
  /** Where each field starts in `text`, and how its normalized units map back to the field. */
  readonly starts: readonly number[];
  readonly maps: readonly SourceMap[];
};

/** One interest, looked up in one TermCatalog. Treat as opaque; shared by every request asking it. */
export type PreparedQuery = {
  readonly catalog: TermCatalog;
  readonly term: string;
  /** The match for `shapes[i]`, or null. */
  readonly hits: readonly (TermMatch | null)[];
};

/**
 * How many prepared queries a catalog keeps: the interests of a dozen or more recent requests. A
 * query holds one entry (8 bytes) per shape, so at worst, 10,000 opportunities all worded
 * differently, the cache holds about 5 MB.
 */
const QUERY_CACHE_SIZE = 64;

/** Where a synonym term (or one of its group) occurs: the shape, and its match for each kind. */
type Occurrence = { text: number; as: Wording };
/** What one distinct field gives, worked out once however many opportunities carry it. */
type FieldWords = { text: string; map: SourceMap; terms: { term: string; as: Wording }[] };
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
  const { texts, shapes, fieldIdsOf } = groupIntoShapes(fieldsOf, fields);
  const { byTerm, byGroup } = indexTerms(fieldIdsOf, fields.byId, synonyms);
  return {
    texts,
    shapes,
    byTerm,
    byGroup,
    postings: buildGramPostings(shapes.map((shape) => shape.text)),
    chain: createFallbackChain(INTEREST_RULES, synonyms, fields.vocabulary),
    recentQueries: new Map(),
  };
}

/**
 * Reads each distinct field once, however many opportunities carry it: its normalized text, the
 * synonym terms in it with their wording as written, and its words worth correcting typos against.
 */
type FieldReader = {
  /** The field's id: its position in `byId`. */
  idOf(field: string): number;
  readonly byId: readonly FieldWords[];
  readonly vocabulary: ReadonlySet<string>;
};

function readFields(readings: FieldReadings): FieldReader {
  const byId: FieldWords[] = [];
  const ids = new Map<string, number>();
  const wordings = new Map<string, Wording>();
  const vocabulary = new Set<string>();
  const idOf = (field: string): number => {
    let id = ids.get(field);
    if (id === undefined) {
      const { text, map, terms: found, words } = readings.read(field);
      const terms = found.map(({ term, start, end }) => ({ term, as: wordingOf(wordings, sourceSlice(field, map, start, end)) }));
      for (const word of words) vocabulary.add(word);
      id = byId.length;
      byId.push({ text, map, terms });
      ids.set(field, id);
    }
    return id;
  };
  return { idOf, byId, vocabulary };
}

/** Each opportunity's words, every distinct list of fields made into one shape, once. */
function groupIntoShapes(fieldsOf: readonly (readonly string[])[], fields: FieldReader) {
  const texts: PreparedText[] = [];
  const shapes: Shape[] = [];
  /** The field ids of each shape, for indexing its terms. */
  const fieldIdsOf: number[][] = [];
  const shapeIds = new Map<string, number>();
  fieldsOf.forEach((fieldList, index) => {
    const ids = fieldList.map((field) => fields.idOf(field));
    const key = ids.join(',');
    let shape = shapeIds.get(key);
    if (shape === undefined) {
      shape = shapes.length;
      shapeIds.set(key, shape);
      fieldIdsOf.push(ids);
      shapes.push(
        toShape(
          fieldList,
          ids.map((id) => fields.byId[id]!),
        ),
      );
    }
    const { text, starts, maps } = shapes[shape]!;
    texts.push({ index, shape, fields: fieldList, text, starts, maps });
  });
  return { texts, shapes, fieldIdsOf };
}

/** The fields' normalized texts joined by line breaks, with where each starts. */
function toShape(fields: readonly string[], words: readonly FieldWords[]): Shape {
  const starts: number[] = [];
  let offset = 0;
  for (const { text } of words) {
    starts.push(offset);
    offset += text.length + 1;
  }
  return { fields, text: words.map(({ text }) => text).join('\n'), starts, maps: words.map(({ map }) => map) };
}

/** Where each synonym term, and each synonym group, occurs: shapes in order, each once per list. */
function indexTerms(fieldIdsOf: readonly number[][], fields: readonly FieldWords[], synonyms: Synonyms) {
  const byTerm = new Map<string, Occurrence[]>();
  const byGroup = new Map<number, Occurrence[]>();
  fieldIdsOf.forEach((ids, shape) => {
    for (const id of ids) {
      for (const { term, as } of fields[id]!.terms) {
        const occurrence = { text: shape, as };
        addOccurrence(byTerm, term, occurrence);
        for (const group of synonyms.groupsOf(term)) addOccurrence(byGroup, group, occurrence);
      }
    }
  });
  return { byTerm, byGroup };
}

function addOccurrence<K>(index: Map<K, Occurrence[]>, key: K, occurrence: Occurrence): void {
  const list = index.get(key);
  if (!list) index.set(key, [occurrence]);
  else if (list[list.length - 1]!.text !== occurrence.text) list.push(occurrence);
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
  const hits = new Array<TermMatch | null>(catalog.shapes.length).fill(null);
  const wordings = new Map<string, Wording>();
  let hitCount = 0;
  const hit = (text: number, match: TermMatch): void => {
    if (hits[text] !== null) return;
    hits[text] = match;
    hitCount++;
  };
  const hitGroups = (groups: readonly number[], kind: TermMatchKind): void => {
    for (const group of groups) for (const { text, as } of catalog.byGroup.get(group) ?? []) hit(text, as[kind]);
  };
  const hitWords = (found: ReadonlyMap<number, string>, kind: TermMatchKind): void => {
    for (const [text, written] of found) hit(text, wordingOf(wordings, written)[kind]);
  };

  followChain(normalize(term), catalog.chain, {
    asTyped(norm) {
      if (synonyms.groupsOf(norm).length > 0) {
        for (const { text, as } of catalog.byTerm.get(norm) ?? []) hit(text, as.exact);
        return;
      }
      // Every word of a several-word interest is an exact fit; some of them, a partial one.
      const words = norm.split(TOKEN_SEPARATORS).filter((word) => word.length > 0);
      const perWord = (words.length > 1 ? words : [norm]).filter((word) => word.length > 0).map((word) => findWord(catalog, word));
      const [first, ...others] = perWord;
      hitWords(new Map([...(first ?? [])].filter(([text]) => others.every((each) => each.has(text)))), 'exact');
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

/** How the interest fits this opportunity, or null. Both must come from the same catalog. */
export function matchTerm(query: PreparedQuery, text: PreparedText): TermMatch | null {
  if (query.catalog.texts[text.index] !== text) {
    throw new Error('matchTerm: the query was prepared for another catalog version');
  }
  return matchShape(query, text.shape);
}

/** Each opportunity's position among the catalog's shapes, in catalog order: what matchShape reads. */
export function textShapes(catalog: TermCatalog): Int32Array {
  return Int32Array.from(catalog.texts, (text) => text.shape);
}

/**
 * matchTerm by the opportunity's entry in textShapes, for a caller that reads it from a typed
 * array rather than from the opportunity's PreparedText object. Same catalog only.
 */
export function matchShape(query: PreparedQuery, shape: number): TermMatch | null {
  return query.hits[shape] ?? null;
}

function wordingOf(wordings: Map<string, Wording>, written: string): Wording {
  let wording = wordings.get(written);
  if (!wording) {
    const as = (kind: TermMatchKind): TermMatch => ({ matched: written, kind, strength: TERM_MATCH_STRENGTH[kind] });
    wording = { exact: as('exact'), synonym: as('synonym'), partial: as('partial'), fuzzy: as('fuzzy') };
    wordings.set(written, wording);
  }
  return wording;
}

/** The shapes where `word` occurs as a word, with its wording there (earliest field first). */
function findWord(catalog: TermCatalog, word: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const index of catalog.postings.candidates(word)) {
    const text = catalog.shapes[index]!;
    const at = indexOfWord(text.text, word);
    if (at < 0) continue;
    let field = text.starts.length - 1;
    while (text.starts[field]! > at) field--;
    const offset = text.starts[field]!;
    found.set(index, sourceSlice(text.fields[field]!, text.maps[field]!, at - offset, at - offset + word.length));
  }
  return found;
}
