import { TERM_MATCH_STRENGTH } from '../../config';
import { createFuzzyIndex, type FuzzyIndex } from './fuzzy-index';
import { buildGramPostings, type GramPostings } from './gram-postings';
import { normalize, normalizeWithOffsets, type SourceMap, sourceSlice, tokenize } from './normalize';
import type { Synonyms } from './synonyms';
import { createTypoIndex, MIN_TYPO_WORD_LENGTH, type TypoIndex } from './typo-index';
import { indexOfWord } from './word-boundary';
import { vocabularyWords } from './words';

/**
 * Does a person's interest (土いじり) fit an opportunity's words (畑の手入れ, 農作業)? The matching
 * engine asks this for ~5 interests × 10,000 opportunities per request, far too often to compare
 * text each time. So the work is turned around: `prepareCatalog` indexes every opportunity's words
 * once per catalog version; `prepareQuery` looks one interest up in that index, once per request,
 * and finds every opportunity it fits; `matchTerm` then only reads the answer for one opportunity.
 *
 * An interest found nowhere is corrected against the catalog's words: first by the one-edit typo
 * index (exact and fast, the common case of one slip), then, for an interest of five or more
 * characters, by fuse.js over the same words (fuzzy-index), which grades how close a longer word
 * is and so forgives the two slips common in one. Both are built here, once per catalog version.
 *
 * Many openings share their words exactly (a host's recurring listing, the same tags), so each
 * distinct list of fields (a "shape") is normalized, scanned and indexed once, and a query finds
 * shapes, not openings: building and looking up cost what the distinct wording costs, not the
 * catalog size. Prepared queries are also kept per catalog for the interests asked most recently,
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
  readonly synonyms: Synonyms;
  /** `texts[i]` is the opportunity whose fields were `fieldsOf[i]`. */
  readonly texts: readonly PreparedText[];
  /** Each distinct list of fields once; `texts[i].shape` is its position here. */
  readonly shapes: readonly Shape[];
  /** Keyed by shape. */
  readonly byTerm: ReadonlyMap<string, readonly Occurrence[]>;
  readonly byGroup: ReadonlyMap<number, readonly Occurrence[]>;
  readonly postings: GramPostings;
  readonly vocabulary: TypoIndex;
  readonly fuzzyVocabulary: FuzzyIndex;
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
 * query holds one slot (8 bytes) per shape, so at worst, 10,000 openings all worded differently,
 * the cache holds about 5 MB.
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
export function prepareCatalog(fieldsOf: readonly (readonly string[])[], synonyms: Synonyms): TermCatalog {
  const byTerm = new Map<string, Occurrence[]>();
  const byGroup = new Map<number, Occurrence[]>();
  const record = <K>(index: Map<K, Occurrence[]>, key: K, occurrence: Occurrence): void => {
    const list = index.get(key);
    if (!list) index.set(key, [occurrence]);
    else if (list[list.length - 1]!.text !== occurrence.text) list.push(occurrence);
  };

  const texts: PreparedText[] = [];
  const shapes: Shape[] = [];
  const words = new Set<string>();
  const wordings = new Map<string, Wording>();
  const fieldIds = new Map<string, number>();
  const fieldWords: FieldWords[] = [];
  const shapeIds = new Map<string, number>();

  const wordsOf = (field: string): number => {
    let id = fieldIds.get(field);
    if (id === undefined) {
      const { text, map } = normalizeWithOffsets(field);
      const terms = synonyms
        .findTerms(text)
        .map(({ term, start, end }) => ({ term, as: wordingOf(wordings, sourceSlice(field, map, start, end)) }));
      for (const word of vocabularyWords(field)) words.add(word);
      id = fieldWords.length;
      fieldWords.push({ text, map, terms });
      fieldIds.set(field, id);
    }
    return id;
  };

  fieldsOf.forEach((fields, index) => {
    const ids = fields.map(wordsOf);
    const key = ids.join(',');
    let shape = shapeIds.get(key);
    if (shape === undefined) {
      shape = shapes.length;
      shapeIds.set(key, shape);
      const norms: string[] = [];
      const starts: number[] = [];
      let offset = 0;
      for (const id of ids) {
        const { text, terms } = fieldWords[id]!;
        norms.push(text);
        starts.push(offset);
        offset += text.length + 1;
        for (const { term, as } of terms) {
          const occurrence = { text: shape, as };
          record(byTerm, term, occurrence);
          for (const group of synonyms.groupsOf(term)) record(byGroup, group, occurrence);
        }
      }
      shapes.push({ fields, text: norms.join('\n'), starts, maps: ids.map((id) => fieldWords[id]!.map) });
    }
    const { text, starts, maps } = shapes[shape]!;
    texts.push({ index, shape, fields, text, starts, maps });
  });
  const postings = buildGramPostings(shapes.map((shape) => shape.text));
  const vocabulary = createTypoIndex(words);
  return {
    synonyms,
    texts,
    shapes,
    byTerm,
    byGroup,
    postings,
    vocabulary,
    fuzzyVocabulary: createFuzzyIndex(words),
    recentQueries: new Map(),
  };
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
  const { synonyms } = catalog;
  const norm = normalize(term);
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

  const groups = synonyms.groupsOf(norm);
  if (groups.length > 0) {
    for (const { text, as } of catalog.byTerm.get(norm) ?? []) hit(text, as.exact);
    hitGroups(groups, 'synonym');
  } else {
    const words = tokenize(term);
    const perWord = (words.length > 1 ? words : [norm]).filter((word) => word.length > 0).map((word) => findWord(catalog, word));
    const [first, ...others] = perWord;
    hitWords(new Map([...(first ?? [])].filter(([text]) => others.every((each) => each.has(text)))), 'exact');
    for (const each of perWord) hitWords(each, 'partial');
  }
  const inner = synonyms.findTerms(norm).filter((occurrence) => occurrence.term !== norm);
  hitGroups(inner.flatMap((occurrence) => synonyms.groupsOf(occurrence.term)), 'partial');

  const hitCorrections = (corrections: Iterable<string>): void => {
    for (const corrected of corrections) {
      const correctedGroups = synonyms.groupsOf(corrected);
      if (correctedGroups.length > 0) hitGroups(correctedGroups, 'fuzzy');
      else hitWords(findWord(catalog, corrected), 'fuzzy');
    }
  };
  if (hitCount === 0 && groups.length === 0 && norm.length >= MIN_TYPO_WORD_LENGTH) {
    hitCorrections(new Set([...synonyms.nearTerms(norm), ...catalog.vocabulary.near(norm)]));
    if (hitCount === 0) hitCorrections(catalog.fuzzyVocabulary.similar(norm));
  }
  return { catalog, term, hits };
}

/** How the interest fits this opportunity, or null. Both must come from the same catalog. */
export function matchTerm(query: PreparedQuery, text: PreparedText): TermMatch | null {
  if (query.catalog.texts[text.index] !== text) {
    throw new Error('matchTerm: the query was prepared for another catalog version');
  }
  return query.hits[text.shape] ?? null;
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
