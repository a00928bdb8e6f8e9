import { SEARCH_FALLBACK_STRENGTH, SEARCH_FIELD_WEIGHTS, SEARCH_SYNONYM_STRENGTH } from '../../config';
import { normalize, tokenize, TOKEN_SEPARATORS } from '../text/normalize';
import { createFuzzyIndex } from '../text/fuzzy-index';
import type { Synonyms } from '../text/synonyms';
import { createTypoIndex } from '../text/typo-index';
import { vocabularyWords } from '../text/words';
import { buildGramPostings } from '../text/gram-postings';
import { indexOfWord } from '../text/word-boundary';

/**
 * The `q` search over opportunities (`GET /v1/opportunities?q=`): insensitive to kana, width and case (normalize),
 * synonym-aware (パソコン ≈ PC, のうえん → 農園), finding words inside unspaced Japanese (カフェ in
 * 駅前カフェでの接客体験). A word found nowhere falls back to the known words inside it (パソコン作業
 * → パソコン), to the catalog's words one typo from it (a word of three or more characters), and
 * only if those find nothing, to the catalog's words fuse.js finds most like it (a word of five or
 * more). The one-edit typo index is exact and fast for the common single slip; fuse grades how close
 * a longer word is, where two slips are common (ボラソテイマ → ボランティア). See fuzzy-index.
 * Built once per catalog change; each query then touches only the documents that contain its words.
 *
 * Scoring, 0…1: each word of the query scores, per document, its best hit: field weight (title >
 * tags > host name > description) × how it was found (as typed 1, synonym, fallback). A
 * document's score puts the number of query words it matches first, then their mean strength, so
 * "駅前 カフェ" ranks documents with both words above those with one. A title equal to the whole
 * query scores 1 and comes first.
 *
 * Building is paid by the first request after a catalog change. Titles, tags, host names and
 * descriptions repeat across openings, so each distinct string is normalized and read for words
 * once, and each distinct field text is indexed and searched once for all the fields holding it.
 */

export type CatalogDocument = { id: string; title: string; tags: string[]; description: string; hostName: string };
export type SearchHit = { id: string; score: number };
export type CatalogSearch = {
  /** Matching documents, best first (ties in catalog order); all of them unless `limit` is given. */
  search(q: string, limit?: number): SearchHit[];
};

const FIELDS = ['title', 'tags', 'hostName', 'description'] as const;
const WEIGHTS = FIELDS.map((field) => SEARCH_FIELD_WEIGHTS[field]);
/** Keeps every ordinary score below the 1 reserved for an exact title. */
const BELOW_EXACT_TITLE = 0.99;

export function createCatalogSearch(documents: readonly CatalogDocument[], synonyms: Synonyms): CatalogSearch {
  const vocabulary = new Set<string>();
  const normalized = new Map<string, string>();
  const read = (field: string): string => {
    let norm = normalized.get(field);
    if (norm === undefined) {
      norm = normalize(field);
      normalized.set(field, norm);
      for (const word of vocabularyWords(field)) vocabulary.add(word);
    }
    return norm;
  };

  // Slot = document × field, in FIELDS order; `texts` holds each distinct normalized slot text once.
  const texts: string[] = [];
  const textIds = new Map<string, number>();
  const slotText = new Int32Array(documents.length * FIELDS.length);
  const byTitle = new Map<string, number[]>();
  documents.forEach((document, index) => {
    const title = read(document.title);
    const slots = [title, document.tags.map(read).join('\n'), read(document.hostName), read(document.description)];
    slots.forEach((text, field) => {
      let id = textIds.get(text);
      if (id === undefined) {
        id = texts.length;
        texts.push(text);
        textIds.set(text, id);
      }
      slotText[index * FIELDS.length + field] = id;
    });
    // The tokens of the title joined, as `tokenize(title).join('')`, without normalizing it again.
    const key = title.split(TOKEN_SEPARATORS).join('');
    const same = byTitle.get(key);
    if (same) same.push(index);
    else byTitle.set(key, [index]);
  });
  const postings = buildGramPostings(texts);
  const slotsOf = groupSlots(slotText, texts.length);
  const typos = createTypoIndex(vocabulary);
  const corrections = (word: string): string[] => [...new Set([...typos.near(word), ...synonyms.nearTerms(word)])];
  const fuzzy = createFuzzyIndex(vocabulary);

  return {
    search(q, limit = Infinity) {
      const typed = tokenize(q);
      const words = [...new Set(typed)];
      if (words.length === 0) return [];

      const total = new Float64Array(documents.length);
      const matchedWords = new Uint16Array(documents.length);
      const best = new Float64Array(documents.length);
      const touched: number[] = [];

      for (const word of words) {
        const hits: number[] = [];
        const look = (needle: string, strength: number): void => {
          for (const text of postings.candidates(needle)) {
            if (indexOfWord(texts[text]!, needle) < 0) continue;
            for (let at = slotsOf.starts[text]!; at < slotsOf.starts[text + 1]!; at++) {
              const slot = slotsOf.slots[at]!;
              const document = Math.floor(slot / FIELDS.length);
              const score = strength * WEIGHTS[slot % FIELDS.length]!;
              if (best[document] === 0) hits.push(document);
              if (score > best[document]!) best[document] = score;
            }
          }
        };
        const lookWithSynonyms = (needle: string, strength: number): void => {
          look(needle, strength);
          for (const synonym of synonyms.relatedTerms(needle)) look(synonym, strength * SEARCH_SYNONYM_STRENGTH);
        };

        lookWithSynonyms(word, 1);
        if (hits.length === 0) {
          const known = synonyms.findTerms(word).map((occurrence) => occurrence.term);
          for (const part of known.filter((term) => term !== word)) lookWithSynonyms(part, SEARCH_FALLBACK_STRENGTH);
          for (const corrected of corrections(word)) lookWithSynonyms(corrected, SEARCH_FALLBACK_STRENGTH);
        }
        if (hits.length === 0) {
          for (const similar of fuzzy.similar(word)) lookWithSynonyms(similar, SEARCH_FALLBACK_STRENGTH);
        }
        for (const document of hits) {
          if (matchedWords[document] === 0) touched.push(document);
          matchedWords[document]! += 1;
          total[document]! += best[document]!;
          best[document] = 0;
        }
      }

      const exactTitle = new Set(byTitle.get(typed.join('')) ?? []);
      const ranked = touched.map((document) => ({
        document,
        score: exactTitle.has(document)
          ? 1
          : (BELOW_EXACT_TITLE * (matchedWords[document]! + total[document]! / words.length)) / (words.length + 1),
      }));
      ranked.sort((a, b) => b.score - a.score || a.document - b.document);
      return ranked.slice(0, limit).map(({ document, score }) => ({ id: documents[document]!.id, score }));
    },
  };
}

/** The slots holding each distinct text: `slots[starts[t]] … slots[starts[t + 1] - 1]`, ascending. */
function groupSlots(slotText: Int32Array, textCount: number): { starts: Int32Array; slots: Int32Array } {
  const starts = new Int32Array(textCount + 1);
  for (const text of slotText) starts[text + 1]!++;
  for (let t = 0; t < textCount; t++) starts[t + 1]! += starts[t]!;
  const next = starts.slice(0, textCount);
  const slots = new Int32Array(slotText.length);
  slotText.forEach((text, slot) => {
    slots[next[text]!++] = slot;
  });
  return { starts, slots };
}
