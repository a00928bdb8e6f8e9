import { readingsOf, type TextSource } from '../text/readings';
import { indexOfWord } from '../text/word-boundary';

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
  /** Each distinct description once: its normalized text and the synonym groups named in it. */
  readonly shapes: readonly { readonly text: string; readonly groups: readonly number[] }[];
  /** Position in `shapes` of each opportunity's description, in catalog order. */
  readonly shapeOf: Int32Array;
  /** Looked-up interests by normalized term, least recently asked first; see QUERY_CACHE_SIZE. */
  readonly recentQueries: Map<string, DescriptionQuery>;
};

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
  const shapes: { text: string; groups: number[] }[] = [];
  const ids = new Map<string, number>();
  const shapeOf = new Int32Array(descriptions.length);
  descriptions.forEach((description, index) => {
    let id = ids.get(description);
    if (id === undefined) {
      const { text, terms } = readings.read(description);
      const groups = new Set(terms.flatMap(({ term }) => synonyms.groupsOf(term)));
      id = shapes.length;
      shapes.push({ text, groups: [...groups] });
      ids.set(description, id);
    }
    shapeOf[index] = id;
  });
  return { shapes, shapeOf, recentQueries: new Map() };
}

/** Looks a normalized interest (with its synonym groups) up in every distinct description. */
export function prepareDescriptionQuery(catalog: DescriptionCatalog, term: string, groups: readonly number[]): DescriptionQuery {
  const { recentQueries } = catalog;
  let query = recentQueries.get(term);
  if (query) {
    recentQueries.delete(term);
  } else {
    query = new Uint8Array(catalog.shapes.length);
    catalog.shapes.forEach((shape, id) => {
      if (indexOfWord(shape.text, term) >= 0) query![id] = NAMED_EXACTLY;
      else if (groups.some((group) => shape.groups.includes(group))) query![id] = NAMED_BY_SYNONYM;
    });
    if (recentQueries.size >= QUERY_CACHE_SIZE) recentQueries.delete(recentQueries.keys().next().value!);
  }
  recentQueries.set(term, query);
  return query;
}
