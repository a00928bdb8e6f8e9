import { eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/db';
import { aliased } from '../../db/aliased';
import { hosts, opportunities } from '../../db/schema';
import type { CatalogDocument } from '../../domain/search/catalog-search';
import { UNDERSTANDING, type MatchableOpportunity, type Understanding } from '../../domain/types';
import { toOpportunityView, type OpportunityRow } from '../opportunities/rows';
import { catalogStateQuery, type CatalogStateRows, partVersion } from './version';

/**
 * The opportunities of one content version as lists show them (rows) and as matching and search
 * read them, with their seats and confirmations of now. A catalog built from the rows holds them
 * all; a catalog loaded from storage holds none at first, since its indexes carry everything
 * matching and search read of every opportunity, and reads those a request shows or the indexes
 * cannot judge when that request first needs them: a new isolate's first request reads a few
 * dozen rows, not thousands.
 */
export type CatalogRecords = {
  /** The content version the records are of. */
  readonly contentVersion: number;
  /** Every opportunity's id, in the order the rows come from the database; only once every record is read. */
  readonly ids: () => readonly string[];
  /** The seats taken now, by id, of the openings with any. */
  readonly seats: ReadonlyMap<string, number>;
  /** As matching reads it; throws unless read (see `read`). */
  readonly matchable: (id: string) => MatchableOpportunity;
  /** As lists show it; undefined unless read, or not in the catalog. */
  readonly row: (id: string) => OpportunityRow | undefined;
  /** As search reads it; throws unless read. */
  readonly document: (id: string) => CatalogDocument;
  /**
   * Reads the records of these ids (or of every opportunity) not held yet, in one round trip;
   * throws CatalogMoved when the catalog's content changed since this version, as the records of
   * another version must not be mixed with this version's indexes.
   */
  readonly read: (db: Db, ids: readonly string[] | 'all') => Promise<void>;
  /** Lays seats and confirmations read now over every record held. */
  readonly refresh: (live: readonly LiveFacts[]) => void;
};

/**
 * The catalog's content changed between the version a request's index is of and a later read
 * of its records: the request must start again on the new version (see withCatalogIndex), the
 * one in `state`, read with the records.
 */
export class CatalogMoved extends Error {
  constructor(readonly state: CatalogStateRows) {
    super(`the catalog moved on to content version ${partVersion(state, 'content')}`);
  }
}

/** What a write may change in place without a rebuild: seats, and a confirmation's date and version. */
export type LiveFacts = { id: string; filled: number; confirmedAt: string | null; updatedAt: string; version: number };

const rowColumns = {
  ...getTableColumns(opportunities),
  hostName: hosts.name,
  hostStatus: aliased(hosts.status, 'host_status'),
  hostNameKana: hosts.nameKana,
  hostUnderstanding: hosts.understanding,
};

/** Every opportunity with what matching and search read of its host. */
export function rowsQuery(db: Db) {
  return db.select(rowColumns).from(opportunities).innerJoin(hosts, eq(hosts.id, opportunities.hostId));
}

/**
 * The same rows, only when `gate` (a table of one row or none) has its row. The gate comes first
 * and the join after it, so with none SQLite reads no opportunity at all: a WHERE that says the
 * same is still tested against every row.
 */
export function rowsWhen(db: Db, gate: SQL) {
  return db.select(rowColumns).from(gate).crossJoin(opportunities).innerJoin(hosts, eq(hosts.id, opportunities.hostId));
}

export type CatalogRow = Awaited<ReturnType<typeof rowsQuery>>[number];

/**
 * Every opportunity's live facts as one JSON array in one row: SQLite builds it, and the driver
 * hands over one string instead of a row object per opening (at 2k about a fifth of the time).
 */
export function liveQuery(db: Db) {
  const { id, filled, confirmedAt, updatedAt, version } = opportunities;
  return db
    .select({ facts: sql<string>`json_group_array(json_array(${id}, ${filled}, ${confirmedAt}, ${updatedAt}, ${version}))` })
    .from(opportunities);
}

export function liveFacts(rows: Awaited<ReturnType<typeof liveQuery>>): LiveFacts[] {
  const facts = JSON.parse(rows[0]?.facts ?? '[]') as [string, number, string | null, string, number][];
  return facts.map(([id, filled, confirmedAt, updatedAt, version]) => ({ id, filled, confirmedAt, updatedAt, version }));
}

/**
 * The seats taken, of the opportunities that have any, as one JSON array: all a loaded catalog
 * needs of every opportunity besides its indexes (a record read later brings its own facts).
 */
export function seatsQuery(db: Db) {
  const { id, filled } = opportunities;
  return db
    .select({ seats: sql<string>`json_group_array(json_array(${id}, ${filled}))` })
    .from(opportunities)
    .where(sql`${filled} <> 0`);
}

export function seatsTaken(rows: Awaited<ReturnType<typeof seatsQuery>>): Map<string, number> {
  return new Map(JSON.parse(rows[0]?.seats ?? '[]') as [string, number][]);
}

/** Every record, from the rows read in the same batch as `contentVersion`. */
export function recordsFromRows(contentVersion: number, rows: readonly CatalogRow[]): CatalogRecords {
  const records = catalogRecords(contentVersion, new Map(rows.map((row) => [row.id, row.filled])));
  records.hold(rows, true);
  return records;
}

/**
 * None of the records yet: they are read on need (`counted` hears how many new ones each time),
 * and the seats come from `seats`, read with the index.
 */
export function recordsOnNeed(contentVersion: number, seats: Map<string, number>, counted: (read: number) => void): CatalogRecords {
  return catalogRecords(contentVersion, seats, counted);
}

type Held = { row: OpportunityRow; matchable: MatchableOpportunity; document?: CatalogDocument; kana: string | null };

function catalogRecords(contentVersion: number, seats: Map<string, number>, counted?: (read: number) => void) {
  const held = new Map<string, Held>();
  let complete = false;
  const heldOr = (id: string): Held => {
    const entry = held.get(id);
    if (!entry) throw new RangeError(`the record of ${id} was not read`);
    return entry;
  };
  /**
   * Keeps the records not held yet (those held stay the same objects); answers how many those
   * were. Every row read at once puts them in the order the rows came, as a build reads them, so
   * an index built after reading on need lists its ties as any other build does.
   */
  const hold = (rows: readonly CatalogRow[], all: boolean): number => {
    const before = held.size;
    const entries = rows.map(
      ({ hostStatus, hostNameKana, hostUnderstanding, ...row }): Held =>
        held.get(row.id) ?? { row, matchable: toMatchable(row, { hostStatus, hostUnderstanding }), kana: hostNameKana },
    );
    if (all) held.clear();
    for (const entry of entries) held.set(entry.row.id, entry);
    complete ||= all;
    return held.size - before;
  };
  return {
    contentVersion,
    hold,
    ids: () => {
      if (!complete) throw new RangeError('not every record was read');
      return [...held.keys()];
    },
    seats,
    matchable: (id: string) => heldOr(id).matchable,
    row: (id: string) => held.get(id)?.row,
    document: (id: string) => {
      const entry = heldOr(id);
      return (entry.document ??= { ...entry.matchable, hostNameKana: entry.kana });
    },
    read: async (db: Db, ids: readonly string[] | 'all') => {
      if (complete) return;
      const missing = ids === 'all' ? null : ids.filter((id) => !held.has(id));
      if (missing?.length === 0) return;
      const wanted =
        missing === null
          ? rowsQuery(db)
          : // One bound value whatever the count: D1 allows a hundred a statement.
            rowsQuery(db).where(sql`${opportunities.id} in (select value from json_each(${JSON.stringify(missing)}))`);
      const [rows, state] = await db.batch([wanted, catalogStateQuery(db)]);
      if (partVersion(state, 'content') !== contentVersion) throw new CatalogMoved(state);
      // A record read after the index may bring newer seats than `seats` holds until the next
      // refresh: lists show it as it is now, and the columns keep the seats of the version read.
      counted?.(hold(rows, missing === null));
    },
    refresh: (live: readonly LiveFacts[]) => {
      for (const { id, ...update } of live) {
        seats.set(id, update.filled);
        const record = held.get(id);
        // The objects are shared with requests already answered; JavaScript runs one request's
        // matching to the end before another starts, so none sees a half-updated catalog.
        if (record) {
          Object.assign(record.row, update);
          Object.assign(record.matchable, update);
          if (record.document) Object.assign(record.document, update);
        }
      }
    },
  };
}

/** A host that is not active (still a prospect, paused or ended) offers no open places. */
function toMatchable(row: OpportunityRow, host: { hostStatus: string; hostUnderstanding: string[] }): MatchableOpportunity {
  // Matching judges staleness itself (a warning, from updatedAt/confirmedAt), so no cut-off is
  // given here and the view's own `stale` flag goes unused.
  const view = toOpportunityView(row, '');
  return {
    ...view,
    step: view.step as MatchableOpportunity['step'],
    status: host.hostStatus === 'active' ? view.status : 'paused',
    hostUnderstanding: host.hostUnderstanding.filter(isUnderstanding),
  };
}

function isUnderstanding(code: string): code is Understanding {
  return (UNDERSTANDING as readonly string[]).includes(code);
}
