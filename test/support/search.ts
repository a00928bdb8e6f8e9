import { type CatalogDocument, type CatalogSearch, createCatalogSearch, unpackCatalogSearch } from '../../src/domain/search/catalog-search';
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

function loadedAfterBuilding(documents: readonly CatalogDocument[], synonyms: Synonyms, vocabulary: QueryVocabulary): CatalogSearch {
  return throughJson(createCatalogSearch(documents, synonyms, vocabulary), { documents, synonyms, vocabulary });
}

/** The index packed, stored as JSON, read back and loaded for the same documents. */
export function throughJson(
  built: CatalogSearch,
  inputs: { documents: readonly CatalogDocument[]; synonyms: Synonyms; vocabulary: QueryVocabulary },
): CatalogSearch {
  return unpackCatalogSearch(JSON.parse(JSON.stringify(built.pack())), inputs);
}
