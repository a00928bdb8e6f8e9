import type { MatchableOpportunity } from '../types';
import { toTravelEnd, type TravelEnd } from '../geo/travel';
import { sessionRanges } from '../schedule/sessions';
import { toWeekRanges, type WeekRanges } from '../schedule/week-ranges';
import { readingsOf, type TextSource } from '../text/readings';
import { buildColumns, withCurrentSeats, type ConstraintColumns } from './columns';
import { prepareDescriptions, type DescriptionCatalog } from './description';
import { lastTouchedMs } from './staleness';
import { prepareTermCatalog, type PreparedText, type TermCatalog } from '../text/term-match';

/** Everything about one opportunity that matching needs and that does not depend on the person. */
export type PreparedOpportunity = {
  opportunity: MatchableOpportunity;
  /** Position of the opportunity's host in PreparedCatalog.hostIds. */
  hostIndex: number;
  ranges: WeekRanges;
  /** Each slot on its own when every slot must be attended (`attendance: all`); null otherwise. */
  sessions: WeekRanges[] | null;
  place: TravelEnd & { online: boolean };
  /** Title and tags, where a person's interests are looked for. */
  text: PreparedText;
  /** Latest of updatedAt and confirmedAt in epoch ms; NaN when neither is a readable time. */
  lastTouchedMs: number;
};

/** The catalog prepared once per catalog version, for any number of people. */
export type PreparedCatalog = {
  /** In id order, so "then by id" in any ranking is simply catalog order. */
  readonly opportunities: readonly PreparedOpportunity[];
  /** The words of every opportunity (title and tags), indexed for interest look-ups. */
  readonly terms: TermCatalog;
  /** The descriptions, where interests are looked for too, counting less. */
  readonly descriptions: DescriptionCatalog;
  /** Each host once, so per-host facts are worked out per host rather than per opportunity. */
  readonly hostIds: readonly string[];
  /** Position of each host in `hostIds`. */
  readonly hostIndex: ReadonlyMap<string, number>;
  /** What the hard constraints read, as typed arrays in the same order as `opportunities`. */
  readonly columns: ConstraintColumns;
};

/**
 * Sorts the opportunities by id, then works out in one pass each what matching reads of them: the
 * words of their titles, tags and descriptions, their hosts, weekly ranges and places, and the columns the
 * hard constraints are first tested on.
 */
export function prepareCatalog(opportunities: readonly MatchableOpportunity[], source: TextSource): PreparedCatalog {
  const readings = readingsOf(source);
  const byId = [...opportunities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const terms = prepareTermCatalog(byId.map(interestFields), readings);
  const descriptions = prepareDescriptions(
    byId.map((opportunity) => opportunity.description),
    readings,
  );
  const hostIds = [...new Set(byId.map((opportunity) => opportunity.hostId))];
  const hostIndex = new Map(hostIds.map((id, index) => [id, index]));
  const ranges = byId.map((opportunity) => toWeekRanges(opportunity.schedule));
  return {
    opportunities: byId.map((opportunity, index) => {
      // Written out rather than spread: this object is read on every request (see travelPlace).
      const { sessions, place } = pairingFacts(opportunity, ranges[index]!);
      return {
        opportunity,
        hostIndex: hostIndex.get(opportunity.hostId)!,
        ranges: ranges[index]!,
        sessions,
        place,
        text: terms.texts[index]!,
        lastTouchedMs: lastTouchedMs(opportunity),
      };
    }),
    terms,
    descriptions,
    hostIds,
    hostIndex,
    columns: buildColumns(byId, ranges),
  };
}

/** The catalog with its seat counts read again from the opportunities, whose `filled` changes in place. */
export function withSeatsRefreshed(catalog: PreparedCatalog): PreparedCatalog {
  const opportunities = catalog.opportunities.map((prepared) => prepared.opportunity);
  return { ...catalog, columns: withCurrentSeats(catalog.columns, opportunities) };
}

/**
 * The catalog with when each opportunity was last touched read again from the opportunities,
 * whose `confirmedAt` and `updatedAt` change in place when a host confirms: a confirmation changes
 * no word and no rule, only the staleness warning.
 */
export function withFreshnessRefreshed(catalog: PreparedCatalog): PreparedCatalog {
  // Written out rather than spread, as in prepareCatalog: these objects are read on every request.
  const opportunities = catalog.opportunities.map(({ opportunity, hostIndex, ranges, sessions, place, text }): PreparedOpportunity => ({
    opportunity,
    hostIndex,
    ranges,
    sessions,
    place,
    text,
    lastTouchedMs: lastTouchedMs(opportunity),
  }));
  return { ...catalog, opportunities };
}

/** Where a person's interests are looked for, most telling first (see prepareTermCatalog). */
function interestFields(opportunity: MatchableOpportunity): string[] {
  return [opportunity.title, ...opportunity.tags];
}

/** What the hard constraints read of an opportunity besides the record: its weekly ranges, sessions and place. */
export type PairingFacts = Pick<PreparedOpportunity, 'opportunity' | 'ranges' | 'sessions' | 'place'>;

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
