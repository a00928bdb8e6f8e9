import {
  type CatalogDocument,
  type CatalogSearch,
  createCatalogSearch,
  type SearchInputs,
  unpackCatalogSearch,
} from '../../src/domain/search/catalog-search';
import type { QueryVocabulary } from '../../src/domain/search/query-parser';
import type { Synonyms } from '../../src/domain/text/synonyms';

/**
 * The two ways a process gets a search index: built from the catalog, or loaded from the packed
 * form of one built earlier, stored as JSON (as a new isolate loads it). Specifications of search
 * run on both, so a loaded index is held to everything a built one promises.
 */
export const SEARCH_INDEX_ORIGINS = [
  { origin: 'built', make: createCatalogSearch },
  { origin: 'loaded from its packed form', make: loadedAfterBuilding },
] as const;

/**
 * Loaded as the service loads it, holding no document until a query that readsDocuments says
 * reads them (then all, as the service reads every record): a query that read one before would throw.
 */
function loadedAfterBuilding(documents: readonly CatalogDocument[], synonyms: Synonyms, vocabulary: QueryVocabulary): CatalogSearch {
  let held = false;
  const documentAt = (at: number) => {
    if (!held) throw new Error(`document ${at} read by a query that said it reads none`);
    return documents[at]!;
  };
  const loaded = throughJson(createCatalogSearch(documents, synonyms, vocabulary), { documentAt, synonyms, vocabulary });
  return {
    ...loaded,
    search: (q, limit) => {
      held ||= loaded.readsDocuments(q);
      return loaded.search(q, limit);
    },
  };
}

/** The index packed, stored as JSON, read back and loaded. */
export function throughJson(built: CatalogSearch, inputs: SearchInputs): CatalogSearch {
  return unpackCatalogSearch(JSON.parse(JSON.stringify(built.pack())), inputs);
}
