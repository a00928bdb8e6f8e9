import type { MatchableOpportunity } from '../types';
import { checked, checkIds, unpackInt32s } from '../packed';
import type { Synonyms } from '../text/synonyms';
import { packTermCatalog, type PackedTermCatalog, unpackTermCatalog } from '../text/term-match';
import { assembleCatalog, type PreparedCatalog } from './catalog';
import { packColumns, type PackedColumns, unpackColumns } from './columns';
import { packDescriptions, type PackedDescriptions, unpackDescriptions } from './description';

/**
 * A prepared catalog stored, so that a new isolate loads it instead of building it (issue 14):
 * what it holds depends only on the catalog's content (words, rules, places, schedules), so one
 * packed value serves a content version however its seats and confirmations move since.
 * Building reads and indexes every opportunity's text and makes Maps and small objects per
 * opportunity; loading makes typed arrays from number arrays and leaves the rest for first need.
 */

/**
 * Raise it with any change to PackedCatalog's layout or meaning (its parts' included), so a
 * catalog stored before is built afresh rather than misread.
 */
export const CATALOG_FORMAT = 1;

/** Plain arrays and strings only: it is stored as JSON. */
export type PackedCatalog = {
  format: number;
  /** The opportunities' ids in catalog order: a load checks the records given against them. */
  ids: string[];
  hostIds: string[];
  hostOf: number[];
  columns: PackedColumns;
  terms: PackedTermCatalog;
  descriptions: PackedDescriptions;
};

export function packCatalog(catalog: PreparedCatalog): PackedCatalog {
  return {
    format: CATALOG_FORMAT,
    ids: catalog.opportunities.map((opportunity) => opportunity.id),
    hostIds: [...catalog.hostIds],
    hostOf: Array.from(catalog.hostOf),
    columns: packColumns(catalog.columns),
    terms: packTermCatalog(catalog.terms),
    descriptions: packDescriptions(catalog.descriptions),
  };
}

/**
 * The catalog as prepareCatalog built it from these opportunities, given in id order: they may
 * have newer seats and confirmations than when it was packed, and the catalog reads them from
 * these. Throws when the value is of another format or layout, or was packed from other
 * opportunities, so that the caller builds instead. `synonyms` must be those it was built with.
 */
export function unpackCatalog(packed: PackedCatalog, opportunities: readonly MatchableOpportunity[], synonyms: Synonyms): PreparedCatalog {
  if (packed?.format !== CATALOG_FORMAT) throw new RangeError(`a packed catalog of format ${packed?.format}, not ${CATALOG_FORMAT}`);
  const n = opportunities.length;
  checkIds(packed.ids, opportunities);
  return assembleCatalog({
    opportunities,
    terms: unpackTermCatalog(packed.terms, n, synonyms),
    descriptions: unpackDescriptions(packed.descriptions, n),
    hostIds: checked(packed.hostIds),
    hostOf: unpackInt32s(packed.hostOf, n),
    columns: unpackColumns(packed.columns, opportunities),
  });
}
