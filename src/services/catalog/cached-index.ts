import { isNotNull } from 'drizzle-orm';
import { HOST_RETENTION_CHECKPOINT_DAY, SEARCH_PHRASES, SYNONYM_GROUPS } from '../../config';
import type { Ctx, Defer } from '../../context';
import type { Db } from '../../db/db';
import { placements } from '../../db/schema';
import { tokyoDate } from '../../domain/dates';
import {
  packCatalog,
  type PackedCatalog,
  prepareCatalog,
  unpackCatalog,
  withSeatsRefreshed,
  type PreparedCatalog,
} from '../../domain/matching/match';
import { retentionCounts, type PlacementOutcome } from '../../domain/placement/retention';
import { END_REASONS, type EndReason } from '../../domain/placement/statuses';
import { type CatalogSearch, createCatalogSearch, unpackCatalogSearch } from '../../domain/search/catalog-search';
import { loadQueryVocabulary } from '../../domain/search/query-parser';
import type { PackedSearch } from '../../domain/search/cell-index';
import { createFieldReadings, decodeReadings, type FieldReading, type FieldReadings } from '../../domain/text/readings';
import { loadSynonyms } from '../../domain/text/synonyms';
import type { HostRetention } from '../../domain/types';
import {
  CatalogMoved,
  type CatalogRecords,
  liveFacts,
  liveQuery,
  recordsFromRows,
  recordsOnNeed,
  rowsQuery,
  rowsWhen,
  seatsQuery,
  seatsTaken,
} from './records';
import { type IndexKind, loadCatalog, nothingStored, readStored, storeCatalog, storedCatalogQuery, type StoredKind } from './snapshot';
import { catalogStateQuery, type CatalogStateRows, partVersion } from './version';

/** Loaded once per process or isolate: staff extend the synonyms of the city's settings, not code. */
const synonyms = loadSynonyms(SYNONYM_GROUPS);
/** Likewise the everyday phrases `q` reads as conditions (静かな所, 接客なし, 土日). */
const searchPhrases = loadQueryVocabulary(SEARCH_PHRASES);

type Versions = { content: number; seats: number; freshness: number; today: string };

/**
 * Everything matching and search need, built once per catalog version and kept in memory: the
 * prepared matching catalog, the search index, the opportunities' records (for list views and
 * what the indexes cannot judge) and the hosts' retention records. Requests only compare
 * versions; the expensive text index is rebuilt only when hosts or opportunities change, while
 * seats, retention and confirmations are refreshed in place.
 */
export type CatalogIndex = {
  versions: Versions;
  /** The versions it was built at; refreshes keep them, as they keep `preparedAtBuild`. */
  builtAt: Versions;
  /** All of them when built; when loaded, those read so far (see CatalogRecords.read). */
  records: CatalogRecords;
  /**
   * Loaded or built on first use: a request that only matches never pays for the search index,
   * and back. Loading the one a first request did not ask for reads it then (one round trip).
   */
  prepared: () => Promise<PreparedCatalog>;
  /** The catalog as first prepared at this content version; refreshes re-read seats from it, never chain. */
  preparedAtBuild: () => Promise<PreparedCatalog>;
  search: () => Promise<CatalogSearch>;
  retention: ReadonlyMap<string, HostRetention>;
  /** The text as read for both indexes; the next content version starts from it. Read on first need when loaded. */
  readings: () => Promise<FieldReadings>;
};

/**
 * Per database: the newest index built, the one being built, if any, how many were built (and of
 * those, how many loaded the catalog stored), how many of matching's and search's indexes were
 * built rather than loaded, how many records loaded indexes read on need, and the last storing of
 * the catalog, if any.
 */
type CacheEntry = {
  current?: CatalogIndex;
  loading?: { versions: Versions; promise: Promise<CatalogIndex> };
  builds: number;
  loaded: number;
  indexesBuilt: number;
  recordsRead: number;
  stored?: Promise<void>;
};
const cache = new WeakMap<Db, CacheEntry>();

/**
 * How many times this process has built the index for `db` anew, how many of those builds loaded
 * the catalog stored for their content version, how many matching or search indexes it had to
 * build rather than load, and how many records the loaded ones read on need: what a write that
 * only refreshes in place must leave unchanged, and what a new isolate should find.
 */
export function catalogBuildCount(db: Db): { builds: number; fromStored: number; indexesBuilt: number; recordsRead: number } {
  const entry = cache.get(db);
  return {
    builds: entry?.builds ?? 0,
    fromStored: entry?.loaded ?? 0,
    indexesBuilt: entry?.indexesBuilt ?? 0,
    recordsRead: entry?.recordsRead ?? 0,
  };
}

/** Settles once the catalog last left to store after a response is stored (or failed to be). */
export function catalogSnapshotStored(db: Db): Promise<void> {
  return cache.get(db)?.stored ?? Promise.resolve();
}

/** The versions this request must see, from the state rows read alongside its other reads. */
export function versionsOf(ctx: Ctx, state: CatalogStateRows): Versions {
  // Retention depends on the date as well as on placements.
  return {
    content: partVersion(state, 'content'),
    seats: partVersion(state, 'seats'),
    freshness: partVersion(state, 'freshness'),
    today: tokyoDate(ctx.now()),
  };
}

/** How often a request starts again when the catalog keeps changing under it (see withCatalogIndex). */
const ATTEMPTS = 3;

/**
 * `work` on the index at the versions `state` names (read with the request's other reads). The
 * records `work` reads on need are read at the index's content version; when the catalog's
 * content changed since, `work` starts again on the new version, so no answer mixes two.
 */
export async function withCatalogIndex<T>(
  ctx: Ctx,
  state: CatalogStateRows,
  need: IndexKind,
  work: (index: CatalogIndex) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const index = await catalogIndex(ctx, versionsOf(ctx, state), need);
    try {
      return await work(index);
    } catch (error) {
      if (!(error instanceof CatalogMoved) || attempt === ATTEMPTS) throw error;
      state = error.state;
    }
  }
}

/**
 * The index at `versions`: the cached one, or one reloaded in a single database round trip, which
 * reads the stored index `need` names, if one is stored.
 */
async function catalogIndex(ctx: Ctx, versions: Versions, need: IndexKind): Promise<CatalogIndex> {
  let entry = cache.get(ctx.db);
  if (!entry) cache.set(ctx.db, (entry = { builds: 0, loaded: 0, indexesBuilt: 0, recordsRead: 0 }));
  if (entry.current && sameVersions(entry.current.versions, versions)) return entry.current;
  if (entry.loading && sameVersions(entry.loading.versions, versions)) return entry.loading.promise;
  const base = entry.current;
  const refreshes = base !== undefined && base.versions.content === versions.content;
  if (!refreshes) entry.builds++;
  const promise = refreshes ? refreshInPlace(ctx.db, base, versions) : rebuild(ctx, { entry, versions, need });
  const loading = { versions, promise };
  entry.loading = loading;
  try {
    const index = await promise;
    if (!entry.current || isNewer(versions, entry.current.versions)) entry.current = index;
    return index;
  } finally {
    if (entry.loading === loading) delete entry.loading;
  }
}

function sameVersions(a: Versions, b: Versions): boolean {
  return a.content === b.content && a.seats === b.seats && a.freshness === b.freshness && a.today === b.today;
}

function isNewer(a: Versions, b: Versions): boolean {
  return a.content > b.content || (a.content === b.content && (a.seats > b.seats || a.freshness > b.freshness || a.today > b.today));
}

function outcomesQuery(db: Db) {
  return db
    .select({
      hostId: placements.hostId,
      startDate: placements.startedOn,
      status: placements.status,
      endDate: placements.endedOn,
      endReason: placements.closeReason,
    })
    .from(placements)
    .where(isNotNull(placements.startedOn));
}

/**
 * Loads the index `need` names as stored for the content version the batch reads, with the seats
 * taken read beside it, and leaves the records to be read on need (records.ts); or, with nothing
 * stored, builds from every row, taking the text as the previous version read it (a listing
 * change reads only the text it brings), and stores indexes and readings after the response.
 */
async function rebuild(
  ctx: Ctx,
  { entry, versions, need }: { entry: CacheEntry; versions: Versions; need: IndexKind },
): Promise<CatalogIndex> {
  const { db } = ctx;
  const [read, outcomes, state, stored, seats] = await db.batch([
    rowsWhen(db, nothingStored(db)),
    outcomesQuery(db),
    catalogStateQuery(db),
    storedCatalogQuery(db, need),
    seatsQuery(db),
  ]);
  const contentVersion = partVersion(state, 'content');
  const loaded = loadCatalog(stored, synonyms);
  if (loaded) entry.loaded++;
  // Stored but unusable (its readings read differently now): the batch left the rows out, so read
  // them now, with the version they are of.
  const records = loaded
    ? recordsOnNeed(contentVersion, seatsTaken(seats), (count) => (entry.recordsRead += count))
    : stored.length > 0
      ? await db
          .batch([rowsQuery(db), catalogStateQuery(db)])
          .then(([rows, rowsState]) => recordsFromRows(partVersion(rowsState, 'content'), rows))
      : recordsFromRows(contentVersion, read);
  const storedText = (kind: StoredKind): Promise<string | undefined> | undefined =>
    loaded && (loaded[kind] !== undefined ? Promise.resolve(loaded[kind]) : readStored(db, contentVersion, kind));
  const previous = entry.current?.readings;
  const readings = once(async () => createFieldReadings(synonyms, await knownReadings(storedText('readings'), previous)));
  /** Building reads every record; a loaded index reads them only where it cannot judge from its arrays. */
  const everyRecord = async () => {
    await records.read(db, 'all');
    return records.ids();
  };
  const preparedAtBuild = once(() =>
    loadOrBuild(entry, storedText('matching'), {
      unpack: (packed: PackedCatalog) => unpackCatalog(packed, { seats: records.seats, recordOf: records.matchable }, synonyms),
      build: async () => prepareCatalog((await everyRecord()).map(records.matchable), await readings()),
    }),
  );
  const search = once(() =>
    loadOrBuild(entry, storedText('search'), {
      unpack: (packed: PackedSearch) =>
        unpackCatalogSearch(packed, { documentAt: (at) => records.document(packed.ids[at]!), synonyms, vocabulary: searchPhrases }),
      build: async () => createCatalogSearch((await everyRecord()).map(records.document), await readings(), searchPhrases),
    }),
  );
  if (!loaded && ctx.defer) {
    // Building both indexes reads every field either reads, so the readings stored hold the whole catalog's text.
    entry.stored = storeLater(ctx.defer, async () => {
      const matching = JSON.stringify(packCatalog(await preparedAtBuild()));
      const searched = JSON.stringify((await search()).pack());
      return storeCatalog(db, records.contentVersion, { readings: (await readings()).byField, matching, search: searched });
    });
  }
  return {
    versions,
    builtAt: versions,
    records,
    prepared: preparedAtBuild,
    preparedAtBuild,
    search,
    retention: retentionByHost(outcomes, versions.today),
    readings,
  };
}

/**
 * The readings a build starts from: those stored beside a loaded catalog, or the previous
 * version's; none when neither is there (a newer version replaced what was stored) or they do not
 * decode, and then the build reads the text itself.
 */
async function knownReadings(
  stored: Promise<string | undefined> | undefined,
  previous: (() => Promise<FieldReadings>) | undefined,
): Promise<ReadonlyMap<string, FieldReading> | undefined> {
  try {
    if (stored === undefined) return (await previous?.())?.byField;
    const text = await stored;
    return text === undefined ? undefined : decodeReadings(text);
  } catch {
    return undefined;
  }
}

/**
 * The stored index loaded; or, when none is stored or it does not load (a layout its unpack no
 * longer reads), built, from the readings: never a wrong index.
 */
async function loadOrBuild<T, Packed>(
  entry: CacheEntry,
  stored: Promise<string | undefined> | undefined,
  { unpack, build }: { unpack: (packed: Packed) => T; build: () => Promise<T> },
): Promise<T> {
  const text = await stored;
  if (text !== undefined) {
    try {
      return unpack(JSON.parse(text) as Packed);
    } catch {
      // Built below, as if nothing were stored.
    }
  }
  entry.indexesBuilt++;
  return build();
}

/**
 * After the response: reads every field either index reads, builds whichever index the request
 * did not, and stores both packed with the rows and readings.
 */
function storeLater(defer: Defer, store: () => Promise<void>): Promise<void> {
  return new Promise((settled) => {
    defer(async () => {
      try {
        await store();
      } finally {
        settled();
      }
    });
  });
}

/**
 * Seats, retention or confirmations changed but no word or rule of an opportunity did: keep the
 * text index, update the numbers and dates.
 */
async function refreshInPlace(db: Db, base: CatalogIndex, versions: Versions): Promise<CatalogIndex> {
  const [live, outcomes] = await db.batch([liveQuery(db), outcomesQuery(db)]);
  base.records.refresh(liveFacts(live));
  const { preparedAtBuild, records } = base;
  return {
    ...base,
    versions,
    prepared: once(async () => withSeatsRefreshed(await preparedAtBuild(), records.seats)),
    retention: retentionByHost(outcomes, versions.today),
  };
}

type OutcomeRow = Awaited<ReturnType<typeof outcomesQuery>>[number];

function retentionByHost(outcomes: OutcomeRow[], today: string): Map<string, HostRetention> {
  const byHost = new Map<string, PlacementOutcome[]>();
  for (const { hostId, endReason, ...outcome } of outcomes) {
    const list = byHost.get(hostId) ?? [];
    // Only started placements are read, and those end with an end reason, never a decline reason.
    list.push({ ...outcome, endReason: isEndReason(endReason) ? endReason : null });
    byHost.set(hostId, list);
  }
  return new Map([...byHost].map(([hostId, list]) => [hostId, retentionCounts(list, HOST_RETENTION_CHECKPOINT_DAY, today)]));
}

/**
 * `build` run on first call, its value kept. A promise that fails is not kept: the next call
 * tries again (a database read that failed once may succeed).
 */
function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    if (built) return built.value;
    const value = build();
    built = { value };
    if (value instanceof Promise) value.catch(() => (built = undefined));
    return value;
  };
}

function isEndReason(reason: string | null): reason is EndReason {
  return (END_REASONS as readonly (string | null)[]).includes(reason);
}
