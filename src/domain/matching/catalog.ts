import type { MatchableOpportunity } from '../types';
import { toTravelEnd, type TravelEnd } from '../geo/travel';
import { sessionRanges } from '../schedule/sessions';
import { toWeekRanges, type WeekRanges } from '../schedule/week-ranges';
import { positionIn } from '../packed';
import { readingsOf, type TextSource } from '../text/readings';
import { buildColumns, withCurrentSeats, type ConstraintColumns } from './columns';
import { prepareDescriptions, type DescriptionCatalog } from './description';
import { prepareTermCatalog, type TermCatalog } from '../text/term-match';
import { buildScoringColumns, type ScoringColumns } from './score-columns';

/** The catalog prepared once per catalog version, for any number of people. */
export type PreparedCatalog = CatalogParts & {
  /**
   * What the hard constraints read of opportunity `index` beyond the columns, made on first need:
   * matching reads it only for unusual opportunities and the few it returns, so a catalog built or
   * loaded holds no object per opportunity until asked.
   */
  opportunityAt(index: number): PairingFacts;
};

/** What a prepared catalog is made of, built or loaded (see catalog-pack). */
export type CatalogParts = {
  /** The opportunities' ids in id order, so "then by id" in any ranking is simply catalog order. */
  readonly ids: readonly string[];
  /**
   * The record of the opportunity at a position. A built catalog holds them all; a loaded one
   * asks its caller's store, which holds those read so far: matching names the records it will
   * read before it reads them (see startMatch), and everything else reads only the arrays.
   */
  readonly recordAt: (index: number) => MatchableOpportunity;
  /** The words of every opportunity (title and tags), indexed for interest look-ups. */
  readonly terms: TermCatalog;
  /** The descriptions, where interests are looked for too, counting less. */
  readonly descriptions: DescriptionCatalog;
  /** Each host once, ascending, so per-host facts are worked out per host rather than per opportunity. */
  readonly hostIds: readonly string[];
  /** Position in `hostIds` of each opportunity's host. */
  readonly hostOf: Int32Array;
  /** What the hard constraints read, as typed arrays in the same order as `ids`. */
  readonly columns: ConstraintColumns;
  /** What the score reads of every opportunity besides the columns and words. */
  readonly scoring: ScoringColumns;
};

/**
 * Sorts the opportunities by id, then works out in one pass each what matching reads of them: the
 * words of their titles, tags and descriptions, their hosts, and the columns the hard constraints
 * are first tested on.
 */
export function prepareCatalog(opportunities: readonly MatchableOpportunity[], source: TextSource): PreparedCatalog {
  const readings = readingsOf(source);
  // By UTF-16 units, as `<` compares: "then by id" in any ranking is simply catalog order.
  const byId = [...opportunities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hostIds = [...new Set(byId.map((opportunity) => opportunity.hostId))].sort();
  const hostIndex = new Map(hostIds.map((id, index) => [id, index]));
  return assembleCatalog({
    ids: byId.map((opportunity) => opportunity.id),
    recordAt: (index) => byId[index]!,
    terms: prepareTermCatalog(byId.map(interestFields), readings),
    descriptions: prepareDescriptions(
      byId.map((opportunity) => opportunity.description),
      readings,
    ),
    hostIds,
    hostOf: Int32Array.from(byId, (opportunity) => hostIndex.get(opportunity.hostId)!),
    columns: buildColumns(
      byId,
      byId.map((opportunity) => toWeekRanges(opportunity.schedule)),
    ),
    scoring: buildScoringColumns(byId),
  });
}

export function assembleCatalog(parts: CatalogParts): PreparedCatalog {
  const { recordAt, columns } = parts;
  const made: PairingFacts[] = [];
  return {
    ...parts,
    opportunityAt: (index) =>
      (made[index] ??= pairingFacts(recordAt(index), columns.ranges.subarray(columns.rangeStart[index], columns.rangeStart[index + 1]))),
  };
}

/** Every opportunity's PairingFacts, in catalog order, for a caller that reads them all (and so holds every record). */
export function preparedOpportunities(catalog: PreparedCatalog): PairingFacts[] {
  return Array.from(catalog.ids, (_, index) => catalog.opportunityAt(index));
}

/** Position of the host in `catalog.hostIds`, or -1. */
export function hostIndexOf(catalog: PreparedCatalog, hostId: string): number {
  return positionIn(catalog.hostIds, hostId);
}

/**
 * The catalog with the seats taken now: seats change without a new content version.
 * So do `confirmedAt` and `updatedAt`, which the caller updates on the records in place (they are
 * read only when an item is written), so nothing else needs refreshing.
 */
export function withSeatsRefreshed(catalog: PreparedCatalog, seats: ReadonlyMap<string, number>): PreparedCatalog {
  return { ...catalog, columns: withCurrentSeats(catalog.columns, seatsByPosition(catalog.ids, seats)) };
}

/**
 * The seats taken, by position in `ids`, from those of the opportunities that have any (by id):
 * a city's openings are mostly untaken, so a new isolate reads and places only the few.
 */
export function seatsByPosition(ids: readonly string[], seats: ReadonlyMap<string, number>): Float64Array {
  const filled = new Float64Array(ids.length);
  for (const [id, taken] of seats) {
    const at = positionIn(ids, id);
    if (at >= 0) filled[at] = taken;
  }
  return filled;
}

/** Where a person's interests are looked for, most telling first (see prepareTermCatalog). */
function interestFields(opportunity: MatchableOpportunity): string[] {
  return [opportunity.title, ...opportunity.tags];
}

/** What the hard constraints read of an opportunity besides the record: its weekly ranges, sessions and place. */
export type PairingFacts = {
  readonly opportunity: MatchableOpportunity;
  readonly ranges: WeekRanges;
  /** Each slot on its own when every slot must be attended (`attendance: all`); null otherwise. */
  readonly sessions: WeekRanges[] | null;
  readonly place: TravelEnd & { online: boolean };
};

export function pairingFacts(opportunity: MatchableOpportunity, ranges = toWeekRanges(opportunity.schedule)): PairingFacts {
  return {
    opportunity,
    ranges,
    sessions: opportunity.attendance === 'all' ? sessionRanges(opportunity.schedule) : null,
    place: travelPlace(opportunity),
  };
}

function travelPlace(opportunity: MatchableOpportunity): TravelEnd & { online: boolean } {
  const { area, point, estimated } = toTravelEnd(opportunity.location);
  // A plain literal, not a spread: spread copies turned out several times slower to read in V8,
  // and this object is read for every opportunity on every request.
  return { area, point, estimated, online: opportunity.location.online };
}
