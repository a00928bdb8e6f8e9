import { and, asc, eq, getTableColumns, gt, inArray, lt, notExists, or, type SQL, sql } from 'drizzle-orm';
import { SYNONYM_GROUPS } from '../../config';
import type { Db } from '../../db/db';
import { insertWhere } from '../../db/insert-where';
import { catalogSnapshots, catalogState, hosts, opportunities } from '../../db/schema';
import { CATALOG_FORMAT } from '../../domain/matching/match';
import { SEARCH_PACK_FORMAT } from '../../domain/search/cell-index';
import { decodeReadings, encodeReadings, type FieldReading, readField, READINGS_FORMAT } from '../../domain/text/readings';
import type { Synonyms } from '../../domain/text/synonyms';
import { CATALOG_PARTS } from './version';

/**
 * The catalog as built at one content version, stored so a new isolate's first request loads it
 * instead of building: matching's and search's indexes as built (packed:
 * src/domain/matching/catalog-pack.ts, src/domain/search/cell-index.ts), and the text as read
 * (src/domain/text/readings.ts), which only a later version's build needs. Not the rows: the
 * indexes hold everything matching and search read of every opportunity, and a request reads the
 * records it shows from the tables themselves (records.ts). Written after the response of the
 * request that read the rows, under the content version read in the same batch as the rows;
 * loaded by a batch that reads that version too, so it is always the version the batch sees. Each
 * kind is stored apart, so a first request reads the one index it needs, and the other kinds only
 * when they are first needed. The fingerprint covers the vocabulary, the formats of the readings
 * and of both packed indexes, and the columns of the rows they were built from: a deploy that
 * changes any of them never loads what an older one stored. A few readings are read again on load
 * and compared, to catch a reading change nobody marked in READINGS_FORMAT.
 * (A migration that rewrites catalog rows in place must bump the content version, as every write does.)
 */

/** UTF-16 units per stored part: at most 3 bytes each in UTF-8, well under D1's 2 MB a row. */
const PART_CHARS = 400_000;
/** Readings stored apart and read again on load: few, so loading never waits on reading text. */
const PROBES = 16;

const ROW_COLUMNS = [opportunities, hosts].map((table) => Object.keys(getTableColumns(table)).join()).join(';');
const FORMATS = [READINGS_FORMAT, CATALOG_FORMAT, SEARCH_PACK_FORMAT].join('.');
const SNAPSHOT_FINGERPRINT = `${FORMATS}-${fnv1a(JSON.stringify(SYNONYM_GROUPS))}-${fnv1a(ROW_COLUMNS)}`;

/** The catalog's content version as the batch reads it. */
const contentVersionNow = sql`coalesce((select ${catalogState.version} from ${catalogState} where ${catalogState.id} = ${CATALOG_PARTS.content}), 0)`;

const storedHere = storedAt(contentVersionNow);

/**
 * What is stored, each kind apart: a few readings to check against fresh ones, each index packed,
 * and every reading (only a later version's build needs those).
 */
export const STORED_KINDS = ['probes', 'matching', 'search', 'readings'] as const;
export type StoredKind = (typeof STORED_KINDS)[number];
/** The index a request needs, read in its first batch; the other is read when first needed. */
export type IndexKind = Extract<StoredKind, 'matching' | 'search'>;

/** The parts of the catalog stored for the content version this very batch reads: the probes and the index asked for. */
export function storedCatalogQuery(db: Db, need: IndexKind) {
  return db
    .select({ kind: catalogSnapshots.kind, data: catalogSnapshots.data })
    .from(catalogSnapshots)
    .where(and(storedHere, inArray(catalogSnapshots.kind, ['probes', need])))
    .orderBy(asc(catalogSnapshots.kind), asc(catalogSnapshots.part));
}

/**
 * For the rows' query in the same batch (rowsWhen): a table of one row when nothing is stored for
 * the version the batch reads, of none otherwise, so that SQLite reads no opportunity then.
 */
export function nothingStored(db: Db): SQL {
  return sql`(select 1 where ${notExists(db.select({ part: catalogSnapshots.part }).from(catalogSnapshots).where(storedHere))}) as nothing_stored`;
}

export type StoredParts = Awaited<ReturnType<typeof storedCatalogQuery>>;

/** What is stored: both indexes packed as JSON text, and the readings. */
export type CatalogToStore = { matching: string; search: string; readings: ReadonlyMap<string, FieldReading> };

/** The stored catalog as loaded: whatever kinds the batch read, as stored. */
export type StoredCatalog = Partial<Record<StoredKind, string>>;

/**
 * The stored catalog of the content version the batch read, or undefined when nothing is stored
 * or its readings do not read as these fields would be read now (then the rows are read and the
 * text too, and stored again).
 */
export function loadCatalog(parts: StoredParts, synonyms: Synonyms): StoredCatalog | undefined {
  const texts = joinParts(parts);
  if (texts.probes === undefined) return undefined;
  try {
    for (const [field, reading] of decodeReadings(texts.probes)) if (!sameReading(reading, readField(field, synonyms))) return undefined;
    return texts;
  } catch {
    return undefined;
  }
}

/**
 * One kind of what was stored for `contentVersion`, read when first needed; undefined when that
 * version is stored no more (a newer one replaced it), and the caller builds instead.
 */
export async function readStored(db: Db, contentVersion: number, kind: StoredKind): Promise<string | undefined> {
  const parts = await db
    .select({ kind: catalogSnapshots.kind, data: catalogSnapshots.data })
    .from(catalogSnapshots)
    .where(and(storedAt(contentVersion), eq(catalogSnapshots.kind, kind)))
    .orderBy(asc(catalogSnapshots.part));
  return joinParts(parts)[kind];
}

function joinParts(parts: StoredParts): StoredCatalog {
  const texts: StoredCatalog = {};
  for (const { kind, data } of parts) texts[kind as StoredKind] = (texts[kind as StoredKind] ?? '') + data;
  return texts;
}

/**
 * Stores the catalog under `contentVersion` and deletes the older ones, in one batch; a snapshot
 * already there for a newer version keeps this one from being written at all.
 */
export async function storeCatalog(db: Db, contentVersion: number, catalog: CatalogToStore): Promise<void> {
  const noNewer = sql`not exists (select 1 from ${catalogSnapshots} where ${gt(catalogSnapshots.contentVersion, contentVersion)})`;
  const rows = Object.entries(storedTexts(catalog)).flatMap(([kind, text]) =>
    partsOf(text).map((data, part) => ({ contentVersion, fingerprint: SNAPSHOT_FINGERPRINT, kind, part, data })),
  );
  await db.batch([
    db.delete(catalogSnapshots).where(or(lt(catalogSnapshots.contentVersion, contentVersion), storedAt(contentVersion))),
    ...rows.map((row) => insertWhere(db, catalogSnapshots, row, noNewer)),
  ]);
}

function storedAt(contentVersion: number | SQL) {
  return and(eq(catalogSnapshots.contentVersion, contentVersion), eq(catalogSnapshots.fingerprint, SNAPSHOT_FINGERPRINT));
}

function storedTexts({ matching, search, readings }: CatalogToStore): Record<StoredKind, string> {
  const fields = [...readings.keys()];
  const step = Math.max(1, Math.floor(fields.length / PROBES));
  const probes = new Map(fields.filter((_, i) => i % step === 0).map((field) => [field, readings.get(field)!]));
  return { probes: encodeReadings(probes), matching, search, readings: encodeReadings(readings) };
}

function sameReading(a: FieldReading, b: FieldReading): boolean {
  const plain = ({ text, map, terms, words }: FieldReading) => JSON.stringify([text, [...map.breaks], [...map.wide], terms, words]);
  return plain(a) === plain(b);
}

/** The text cut into parts of at most `size` units, never between the two halves of a surrogate pair (𠮷): stored as UTF-8, a lone half would be lost. */
export function partsOf(text: string, size = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + size, text.length);
    if (isLowSurrogate(text.charCodeAt(end))) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** FNV-1a over UTF-16 units: a short fingerprint, not a secret. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36) + text.length.toString(36);
}
