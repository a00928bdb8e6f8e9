import { readingsOf, type TextSource } from '../text/readings';
import { indexOfWord } from '../text/word-boundary';
import { checked, unpackInt32s } from '../packed';

/**
 * Where the person's interests are named in opportunities' descriptions: the word itself, or a
 * word of its synonym group. Fuzzy and partial guesses are not tried here: in running prose they
 * find too much that was never meant.
 *
 * As with titles and tags (term-match), the work is turned around: each distinct description is
 * read once per catalog version, an interest is looked up in all of them once (and kept for the
 * next requests), and scoring an opportunity only reads the answer.
 */
export type DescriptionCatalog = {
  /** Each distinct description once, normalized. */
  readonly texts: readonly string[];
  /** The synonym groups named in description d: `groups[groupStart[d]]` … `groups[groupStart[d + 1] - 1]`. */
  readonly groupStart: Int32Array;
  readonly groups: Int32Array;
  /** Position in `texts` of each opportunity's description, in catalog order. */
  readonly shapeOf: Int32Array;
  /** Looked-up interests by normalized term, least recently asked first; see QUERY_CACHE_SIZE. */
  readonly recentQueries: Map<string, DescriptionQuery>;
};

/** A DescriptionCatalog in plain arrays, for storing (see catalog-pack). */
export type PackedDescriptions = { texts: string[]; groupStart: number[]; groups: number[]; shapeOf: number[] };

/** How an interest is named in each distinct description: NOT_NAMED, NAMED_EXACTLY or NAMED_BY_SYNONYM. */
export type DescriptionQuery = Uint8Array;

export const NOT_NAMED = 0;
export const NAMED_EXACTLY = 1;
export const NAMED_BY_SYNONYM = 2;

/** As in term-match: a dozen or more requests' interests; one byte per distinct description each. */
const QUERY_CACHE_SIZE = 64;

export function prepareDescriptions(descriptions: readonly string[], source: TextSource): DescriptionCatalog {
  const readings = readingsOf(source);
  const { synonyms } = readings;
  const texts: string[] = [];
  const groupStart = [0];
  const groups: number[] = [];
  const ids = new Map<string, number>();
  const shapeOf = new Int32Array(descriptions.length);
  descriptions.forEach((description, index) => {
    let id = ids.get(description);
    if (id === undefined) {
      const { text, terms } = readings.read(description);
      groups.push(...new Set(terms.flatMap(({ term }) => synonyms.groupsOf(term))));
      groupStart.push(groups.length);
      id = texts.push(text) - 1;
      ids.set(description, id);
    }
    shapeOf[index] = id;
  });
  return { texts, groupStart: Int32Array.from(groupStart), groups: Int32Array.from(groups), shapeOf, recentQueries: new Map() };
}

export function packDescriptions({ texts, groupStart, groups, shapeOf }: DescriptionCatalog): PackedDescriptions {
  return { texts: [...texts], groupStart: Array.from(groupStart), groups: Array.from(groups), shapeOf: Array.from(shapeOf) };
}

/** The descriptions packed for `size` opportunities; throws on a value of another layout. */
export function unpackDescriptions(packed: PackedDescriptions, size: number): DescriptionCatalog {
  const texts = checked(packed.texts);
  const groupStart = unpackInt32s(packed.groupStart, texts.length + 1);
  return {
    texts,
    groupStart,
    groups: unpackInt32s(packed.groups, groupStart[texts.length]),
    shapeOf: unpackInt32s(packed.shapeOf, size),
    recentQueries: new Map(),
  };
}

/** Looks a normalized interest (with its synonym groups) up in every distinct description. */
export function prepareDescriptionQuery(catalog: DescriptionCatalog, term: string, groups: readonly number[]): DescriptionQuery {
  const { recentQueries } = catalog;
  let query = recentQueries.get(term);
  if (query) {
    recentQueries.delete(term);
  } else {
    const { texts } = catalog;
    query = new Uint8Array(texts.length);
    for (let id = 0; id < texts.length; id++) {
      if (indexOfWord(texts[id]!, term) >= 0) query[id] = NAMED_EXACTLY;
      else if (namesAnyOf(catalog, id, groups)) query[id] = NAMED_BY_SYNONYM;
    }
    if (recentQueries.size >= QUERY_CACHE_SIZE) recentQueries.delete(recentQueries.keys().next().value!);
  }
  recentQueries.set(term, query);
  return query;
}

/** Whether description `id` names one of the synonym groups. */
function namesAnyOf({ groupStart, groups: named }: DescriptionCatalog, id: number, groups: readonly number[]): boolean {
  for (let at = groupStart[id]!; at < groupStart[id + 1]!; at++) if (groups.includes(named[at]!)) return true;
  return false;
}
