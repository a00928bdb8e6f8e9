import { SEARCH_CONDITION_STRENGTH, SEARCH_FALLBACK_STRENGTH, SEARCH_FIELD_WEIGHTS, SEARCH_SYNONYM_STRENGTH } from '../../config';
import type { OpportunityStatus } from '../types';
import { tokenize } from '../text/normalize';
import { type ChainLookup, createFallbackChain, type FallbackChain, followChain, SEARCH_RULES } from '../text/fallback-chain';
import { readingsOf, type TextSource } from '../text/readings';
import type { Synonyms } from '../text/synonyms';
import { indexOfWord } from '../text/word-boundary';
import { buildCellIndex, type CellIndex, documentsTitled, FIELDS, type PackedSearch, packCellIndex, unpackCellIndex } from './cell-index';
import { type Condition, type ConditionFacts, holds } from './conditions';
import { parseQuery, type QueryVocabulary } from './query-parser';

/**
 * The `q` search over opportunities (`GET /v1/opportunities?q=`): insensitive to kana, width and
 * case (normalize), synonym-aware (パソコン ≈ PC, のうえん → 農園), finding words inside unspaced
 * Japanese (カフェ in 駅前カフェでの接客体験), and reading the everyday phrases support workers type
 * (query-parser): 静かな所, 土日, ジョブコーチ and バイト find the listings whose fields say so, and a
 * negation (接客なし) removes the listings it rules out. Each plain word of the query follows the
 * fall-back chain (fallback-chain, SEARCH_RULES): a word found nowhere, not even through its
 * synonyms, falls back to the known words inside it (パソコン作業 → パソコン) and to the catalog's
 * words one typo from it, and only if those find nothing, to the catalog's words fuse.js finds most
 * like it (ボラソテイマ → ボランティア). Built once per catalog change; each query then touches only
 * the documents that contain its words, and a phrase's condition reads each document's fields once.
 *
 * Scoring, 0…1: each word of the query scores, per document, its best hit: field weight (title >
 * tags > host name and reading > description) × how it was found (as typed 1, synonym, fallback).
 * A phrase scores the same for its own wording, or SEARCH_CONDITION_STRENGTH when only the fields
 * meet its condition. A document's score puts the number of query words and phrases it matches
 * first, then their mean strength, so "駅前 カフェ" ranks documents with both words above those with
 * one. A title equal to the whole query scores 1. Open listings always come before paused and
 * closed ones, whatever their score: a worker looks for somewhere a person can go now.
 *
 * Building is paid by the first request after a catalog change. Titles, tags, host names and
 * descriptions repeat across opportunities, so each distinct string is normalized and read for
 * words once, and each distinct field text is indexed and searched once for all the cells holding
 * it (a cell is one field of one document; cell-index). A new isolate need not build at all: the
 * index packed once (`pack`) loads again with a few array copies (unpackCatalogSearch).
 */

export type CatalogDocument = ConditionFacts & {
  id: string;
  title: string;
  tags: string[];
  description: string;
  hostName: string;
  /** The host's reading, searched with its name: people type a name as they say it. */
  hostNameKana: string | null;
  /** As matching sees it: a listing of a host that is not active counts as paused. */
  status: OpportunityStatus;
};
export type SearchHit = { id: string; score: number };
export type CatalogSearch = {
  /** Matching documents, open ones first, best first (ties in catalog order); all unless `limit` is given. */
  search(q: string, limit?: number): SearchHit[];
  /**
   * Whether `q` names conditions (静かな所, 接客なし), which search reads from every document;
   * anything else it answers from the index alone.
   */
  readsDocuments(q: string): boolean;
  /** The index as JSON-safe plain data, to store; unpackCatalogSearch loads it again. */
  pack(): PackedSearch;
};
/** What a packed index is loaded with: what it was built from, other than the text it read. */
export type SearchInputs = {
  /**
   * The document at a position, as when the index was built; read only for a query that
   * readsDocuments says does, so a caller may hold the documents only from then on.
   */
  readonly documentAt: (document: number) => CatalogDocument;
  readonly synonyms: Synonyms;
  readonly vocabulary: QueryVocabulary;
};

const WEIGHTS = FIELDS.map((field) => SEARCH_FIELD_WEIGHTS[field]);
/** Keeps every ordinary score below the 1 reserved for an exact title. */
const BELOW_EXACT_TITLE = 0.99;
/** A query of negations alone (接客なし) ranks nothing above anything else it leaves. */
const FILTERS_ONLY_SCORE = BELOW_EXACT_TITLE / 2;

/** Built or loaded once per catalog. */
type SearchIndex = {
  readonly documentAt: (document: number) => CatalogDocument;
  readonly text: CellIndex;
  readonly chain: FallbackChain;
  readonly vocabulary: QueryVocabulary;
  /** Which documents meet each condition asked lately, by its key; see conditionMask. */
  readonly masks: Map<string, Uint8Array>;
};

/**
 * How many condition masks an index keeps. The vocabulary's phrases, their negations and the
 * day-and-time pairs asked are few; each mask is one byte a document.
 */
const MASK_CACHE_SIZE = 128;

export function createCatalogSearch(documents: readonly CatalogDocument[], source: TextSource, vocabulary: QueryVocabulary): CatalogSearch {
  const readings = readingsOf(source);
  return searchOver(buildCellIndex(documents, readings), {
    documentAt: (document) => documents[document]!,
    synonyms: readings.synonyms,
    vocabulary,
  });
}

/**
 * The index `pack` gave, loaded for the same documents in the same order (its `ids`): it answers
 * every query as the one built did. Throws on anything else (another format), so the caller
 * builds the index instead.
 */
export function unpackCatalogSearch(packed: PackedSearch, inputs: SearchInputs): CatalogSearch {
  return searchOver(unpackCellIndex(packed), inputs);
}

/** The fallback chain's typo and fuse indexes wait for the first word that needs them. */
function searchOver(text: CellIndex, { documentAt, synonyms, vocabulary }: SearchInputs): CatalogSearch {
  const index: SearchIndex = {
    documentAt,
    text,
    chain: createFallbackChain(SEARCH_RULES, synonyms, text.words),
    vocabulary,
    masks: new Map(),
  };
  return {
    search: (q, limit = Infinity) => search(index, q, limit),
    readsDocuments: (q) => {
      const { preferences, filters } = parseQuery(q, vocabulary);
      return preferences.length > 0 || filters.length > 0;
    },
    pack: () => packCellIndex(text),
  };
}

/** One query's running scores over an index, per document. */
type Tally = {
  readonly index: SearchIndex;
  readonly wordCount: number;
  /** How many of the query's words the document matched, and the sum of their best scores. */
  readonly matchedWords: Uint16Array;
  readonly total: Float64Array;
  /** The current word's best score; back to 0 once the word is counted. */
  readonly best: Float64Array;
  /** The documents the current word found, each once. */
  readonly found: number[];
  /** The documents any word found, each once. */
  readonly touched: number[];
};

function search(index: SearchIndex, q: string, limit: number): SearchHit[] {
  const { words, preferences, filters } = parseQuery(q, index.vocabulary);
  const termCount = words.length + preferences.length;
  if (termCount === 0 && filters.length === 0) return [];
  const count = index.text.ids.length;
  const tally: Tally = {
    index,
    wordCount: termCount,
    matchedWords: new Uint16Array(count),
    total: new Float64Array(count),
    best: new Float64Array(count),
    found: [],
    touched: [],
  };
  const lookup = searchLookup(tally);
  for (const word of words) {
    followChain(word, index.chain, lookup);
    countFound(tally);
  }
  // A phrase's synonyms are not looked up: the vocabulary already says what it means (バイト is a
  // waged job, not every listing that mentions 仕事).
  for (const { text, condition } of preferences) {
    credit(tally, text, 1);
    creditCondition(tally, condition);
    countFound(tally);
  }
  if (termCount === 0) for (let document = 0; document < count; document++) tally.touched.push(document);
  return rank(
    tally,
    tokenize(q),
    filters.map((filter) => conditionMask(index, filter)),
    limit,
  ).map(({ document, score }) => ({ id: index.text.ids[document]!, score }));
}

/** A word as typed counts in full, through a synonym or in another's place less (see config). */
function searchLookup(tally: Tally): ChainLookup {
  return {
    asTyped: (needle) => credit(tally, needle, 1),
    synonym: (needle) => creditSynonyms(tally, needle, 1),
    replaced: (needle) => {
      credit(tally, needle, SEARCH_FALLBACK_STRENGTH);
      creditSynonyms(tally, needle, SEARCH_FALLBACK_STRENGTH);
    },
    found: () => tally.found.length > 0,
  };
}

/** Adds the best score of each document the current word found to its running total. */
function countFound(tally: Tally): void {
  const { found, touched, matchedWords, total, best } = tally;
  for (const document of found) {
    if (matchedWords[document] === 0) touched.push(document);
    matchedWords[document]! += 1;
    total[document]! += best[document]!;
    best[document] = 0;
  }
  found.length = 0;
}

function creditSynonyms(tally: Tally, needle: string, strength: number): void {
  for (const synonym of tally.index.chain.synonyms.relatedTerms(needle)) {
    credit(tally, synonym, strength * SEARCH_SYNONYM_STRENGTH);
  }
}

/** Every document with `needle` as a word in a field: strength × the field's weight, if its best. */
function credit(tally: Tally, needle: string, strength: number): void {
  const { best, found } = tally;
  const { texts, postings, cellStarts, cells } = tally.index.text;
  for (const text of postings.candidates(needle)) {
    if (indexOfWord(texts[text]!, needle) < 0) continue;
    for (let at = cellStarts[text]!; at < cellStarts[text + 1]!; at++) {
      const cell = cells[at]!;
      const document = Math.floor(cell / FIELDS.length);
      const score = strength * WEIGHTS[cell % FIELDS.length]!;
      if (best[document] === 0) found.push(document);
      if (score > best[document]!) best[document] = score;
    }
  }
}

/**
 * Which documents meet the condition (1) and which do not (0). Worked out over the whole catalog
 * the first time a condition is asked and kept, so a query pays only for the documents it finds.
 */
function conditionMask(index: SearchIndex, condition: Condition): Uint8Array {
  const key = JSON.stringify(condition);
  let mask = index.masks.get(key);
  if (!mask) {
    mask = Uint8Array.from(index.text.ids, (_, document) => (holds(condition, index.documentAt(document)) ? 1 : 0));
    if (index.masks.size >= MASK_CACHE_SIZE) index.masks.delete(index.masks.keys().next().value!);
    index.masks.set(key, mask);
  }
  return mask;
}

/** Every document whose fields meet the condition: SEARCH_CONDITION_STRENGTH, if its best. */
function creditCondition(tally: Tally, condition: Condition): void {
  const { best, found } = tally;
  const mask = conditionMask(tally.index, condition);
  for (let document = 0; document < mask.length; document++) {
    if (mask[document] === 0) continue;
    if (best[document] === 0) found.push(document);
    if (SEARCH_CONDITION_STRENGTH > best[document]!) best[document] = SEARCH_CONDITION_STRENGTH;
  }
}

/**
 * The first `limit` documents every filter lets through: open before paused and closed, then by
 * the number of words matched, then their mean strength; a title equal to the whole query first
 * among its kind. Ties in catalog order.
 */
function rank(
  tally: Tally,
  typed: readonly string[],
  filters: readonly Uint8Array[],
  limit: number,
): { document: number; score: number }[] {
  const { index, wordCount, matchedWords, total, touched } = tally;
  const exactTitle = documentsTitled(index.text, typed.join(''));
  // The score, and 2 more for an open listing: one number to sort by, kept in `best` (all 0 again
  // once the last word was counted) rather than in a new array a query.
  const key = tally.best;
  const kept: number[] = [];
  for (const document of touched) {
    if (filters.some((mask) => mask[document] === 0)) continue;
    const score = exactTitle.has(document)
      ? 1
      : wordCount === 0
        ? FILTERS_ONLY_SCORE
        : (BELOW_EXACT_TITLE * (matchedWords[document]! + total[document]! / wordCount)) / (wordCount + 1);
    key[document] = score + 2 * index.text.open[document]!;
    kept.push(document);
  }
  return firstOf(kept, limit, (a, b) => key[b]! - key[a]! || a - b).map((document) => ({ document, score: key[document]! % 2 }));
}

/**
 * The first `limit` items in the order `before` gives, in that order. A phrase can find half the
 * catalog (静か, 午前), so when only a page is wanted the rest is never sorted: a heap keeps the
 * best `limit` seen, with the worst of them on top to be replaced.
 */
function firstOf(items: number[], limit: number, before: (a: number, b: number) => number): number[] {
  if (limit >= items.length) return items.sort(before);
  const heap: number[] = [];
  const worse = (i: number, j: number) => before(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item);
      for (let at = heap.length - 1; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
    } else if (limit > 0 && before(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let at = 0; ;) {
        let worst = at;
        for (const child of [2 * at + 1, 2 * at + 2]) if (child < heap.length && worse(child, worst)) worst = child;
        if (worst === at) break;
        swap(at, worst);
        at = worst;
      }
    }
  }
  return heap.sort(before);
}
