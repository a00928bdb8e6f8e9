import type { MatchableOpportunity } from '../types';
import { checked, unpackInt32s } from '../packed';
import type { Synonyms } from '../text/synonyms';
import { packTermCatalog, type PackedTermCatalog, unpackTermCatalog } from '../text/term-match';
import { assembleCatalog, type PreparedCatalog, seatsByPosition } from './catalog';
import { packColumns, type PackedColumns, unpackColumns } from './columns';
import { packDescriptions, type PackedDescriptions, unpackDescriptions } from './description';
import { packScoring, type PackedScoring, unpackScoring } from './score-columns';

/**
 * A prepared catalog stored, so that a new isolate loads it instead of building it (issue 14):
 * what it holds depends only on the catalog's content (words, rules, places, schedules), so one
 * packed value serves a content version however its seats and confirmations move since.
 * Building reads and indexes every opportunity's text and makes Maps and small objects per
 * opportunity; loading makes typed arrays from number arrays and leaves the rest for first need,
 * the opportunities' records included: it holds everything matching reads of every opportunity,
 * so the records are read only for the few a request returns or the columns cannot judge.
 */

/**
 * Raise it with any change to PackedCatalog's layout or meaning (its parts' included), so a
 * catalog stored before is built afresh rather than misread.
 */
export const CATALOG_FORMAT = 2;

/** Plain arrays and strings only: it is stored as JSON. */
export type PackedCatalog = {
  format: number;
  /** The opportunities' ids in catalog order. */
  ids: string[];
  hostIds: string[];
  hostOf: number[];
  columns: PackedColumns;
  terms: PackedTermCatalog;
  descriptions: PackedDescriptions;
  scoring: PackedScoring;
};

export function packCatalog(catalog: PreparedCatalog): PackedCatalog {
  return {
    format: CATALOG_FORMAT,
    ids: [...catalog.ids],
    hostIds: [...catalog.hostIds],
    hostOf: Array.from(catalog.hostOf),
    columns: packColumns(catalog.columns),
    terms: packTermCatalog(catalog.terms),
    descriptions: packDescriptions(catalog.descriptions),
    scoring: packScoring(catalog.scoring),
  };
}

/** What a loaded catalog reads from its caller, by opportunity id. */
export type CatalogRecordSource = {
  /** The seats taken now, by id, of the opportunities with any (they change without a new content version). */
  seats: ReadonlyMap<string, number>;
  /** The record, with the content it had when packed; see CatalogParts.recordAt. */
  recordOf: (id: string) => MatchableOpportunity;
};

/**
 * The catalog as prepareCatalog built it from the same opportunities, reading their records and
 * seats from `source`. Throws when the value is of another format or layout, so that the caller
 * builds instead. `synonyms` must be those it was built with.
 */
export function unpackCatalog(packed: PackedCatalog, source: CatalogRecordSource, synonyms: Synonyms): PreparedCatalog {
  if (packed?.format !== CATALOG_FORMAT) throw new RangeError(`a packed catalog of format ${packed?.format}, not ${CATALOG_FORMAT}`);
  const ids = checked(packed.ids);
  const n = ids.length;
  return assembleCatalog({
    ids,
    recordAt: (index) => source.recordOf(ids[index]!),
    terms: unpackTermCatalog(packed.terms, n, synonyms),
    descriptions: unpackDescriptions(packed.descriptions, n),
    hostIds: checked(packed.hostIds),
    hostOf: unpackInt32s(packed.hostOf, n),
    columns: unpackColumns(packed.columns, seatsByPosition(ids, source.seats)),
    scoring: unpackScoring(packed.scoring, n),
  });
}
