import { and, asc, eq, getTableColumns, gt, lt, notExists, or, sql } from 'drizzle-orm';
import { SYNONYM_GROUPS } from '../../config';
import type { Db } from '../../db/db';
import { insertWhere } from '../../db/insert-where';
import { catalogSnapshots, catalogState, hosts, opportunities } from '../../db/schema';
import { decodeReadings, encodeReadings, type FieldReading, readField, READINGS_FORMAT } from '../../domain/text/readings';
import type { Synonyms } from '../../domain/text/synonyms';
import { CATALOG_PARTS } from './version';

/**
 * The catalog as read at one content version, stored so a new isolate's first request loads it
 * instead of reading and mapping every row and reading every title, tag and description again:
 * the rows as the index reads them, and their text as already read (src/domain/text/readings.ts).
 * Written after the response of the request that read it, under the content version read in the
 * same batch as the rows; loaded by a batch that reads that version too, so it is always the
 * version the batch sees. What changes without a new content version (seats, confirmations) is
 * read beside it and laid over the rows. A reading depends only on its field and the vocabulary,
 * so the fingerprint of the vocabulary (and of the reading code, READINGS_FORMAT) must match too,
 * and so must the columns of the stored rows: a deploy that adds one never loads rows without it.
 * (A migration that rewrites catalog rows in place must bump the content version, as every write does.)
 */

/** UTF-16 units per stored part: at most 3 bytes each in UTF-8, well under D1's 2 MB a row. */
const PART_CHARS = 400_000;
/** Readings read again on load and compared, to catch a reading change nobody marked in READINGS_FORMAT. */
const PROBES = 16;

const ROW_COLUMNS = [opportunities, hosts].map((table) => Object.keys(getTableColumns(table)).join()).join(';');
const SNAPSHOT_FINGERPRINT = `${READINGS_FORMAT}-${fnv1a(JSON.stringify(SYNONYM_GROUPS))}-${fnv1a(ROW_COLUMNS)}`;

/** The catalog's content version as the batch reads it. */
const contentVersionNow = sql`coalesce((select ${catalogState.version} from ${catalogState} where ${catalogState.id} = ${CATALOG_PARTS.content}), 0)`;

const storedHere = and(eq(catalogSnapshots.fingerprint, SNAPSHOT_FINGERPRINT), eq(catalogSnapshots.contentVersion, contentVersionNow));

/** The parts stored for the content version this very batch reads, in order. */
export function storedCatalogQuery(db: Db) {
  return db.select({ data: catalogSnapshots.data }).from(catalogSnapshots).where(storedHere).orderBy(asc(catalogSnapshots.part));
}

/** For the rows' query in the same batch: only when nothing is stored for the version it reads. */
export function nothingStored(db: Db) {
  return notExists(db.select({ part: catalogSnapshots.part }).from(catalogSnapshots).where(storedHere));
}

export type StoredParts = Awaited<ReturnType<typeof storedCatalogQuery>>;

/** The rows as the index read them, and their text as read. */
export type StoredCatalog<Row> = { rows: Row[]; readings: Map<string, FieldReading> };

/**
 * The stored catalog, or undefined when nothing is stored or its readings do not read as these
 * fields would be read now (then the rows are read and the text too, and stored again).
 */
export function loadCatalog<Row>(parts: StoredParts, synonyms: Synonyms): StoredCatalog<Row> | undefined {
  if (parts.length === 0) return undefined;
  let stored: StoredCatalog<Row>;
  try {
    const data = parts.map((part) => part.data).join('');
    // JSON never holds a raw line break, so the first one ends the readings.
    const end = data.indexOf('\n');
    if (end < 0) return undefined;
    stored = { readings: decodeReadings(data.slice(0, end)), rows: JSON.parse(data.slice(end + 1)) as Row[] };
  } catch {
    return undefined;
  }
  const { readings } = stored;
  const fields = [...readings.keys()];
  const step = Math.max(1, Math.floor(fields.length / PROBES));
  for (let i = 0; i < fields.length; i += step) {
    const field = fields[i]!;
    if (!sameReading(readings.get(field)!, readField(field, synonyms))) return undefined;
  }
  return stored;
}

/**
 * Stores the catalog under `contentVersion` and deletes the older ones, in one batch; a snapshot
 * already there for a newer version keeps this one from being written at all.
 */
export async function storeCatalog<Row>(
  db: Db,
  contentVersion: number,
  { rows, readings }: { rows: readonly Row[]; readings: ReadonlyMap<string, FieldReading> },
): Promise<void> {
  const parts = partsOf(`${encodeReadings(readings)}\n${JSON.stringify(rows)}`);
  const noNewer = sql`not exists (select 1 from ${catalogSnapshots} where ${gt(catalogSnapshots.contentVersion, contentVersion)})`;
  const sameKey = and(eq(catalogSnapshots.contentVersion, contentVersion), eq(catalogSnapshots.fingerprint, SNAPSHOT_FINGERPRINT));
  await db.batch([
    db.delete(catalogSnapshots).where(or(lt(catalogSnapshots.contentVersion, contentVersion), sameKey)),
    ...parts.map((data, part) =>
      insertWhere(db, catalogSnapshots, { contentVersion, fingerprint: SNAPSHOT_FINGERPRINT, part, data }, noNewer),
    ),
  ]);
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
