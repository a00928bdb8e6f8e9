import { and, asc, eq, gt, lt, or, sql } from 'drizzle-orm';
import synonymData from '../../config/synonyms.json';
import type { Db } from '../../db/db';
import { insertWhere } from '../../db/insert-where';
import { catalogSnapshots, catalogState } from '../../db/schema';
import { decodeReadings, encodeReadings, type FieldReading, readField, READINGS_FORMAT } from '../../domain/text/readings';
import type { Synonyms } from '../../domain/text/synonyms';
import { CATALOG_PARTS } from './version';

/**
 * The catalog's text as already read (src/domain/text/readings.ts), stored per content version so
 * a new isolate's first request loads it instead of reading every title, tag and description
 * again. Written after the response of the request that read it; loaded in the same batch as the
 * rows it was read from. A reading depends only on its field and the vocabulary, so the
 * fingerprint of the vocabulary (and of the reading code, READINGS_FORMAT) is what must match; the
 * content version says which snapshot is this catalog's and lets older ones be deleted.
 */

/** UTF-16 units per stored part: at most 3 bytes each in UTF-8, well under D1's 2 MB a row. */
const PART_CHARS = 400_000;
/** Readings read again on load and compared, to catch a reading change nobody marked in READINGS_FORMAT. */
const PROBES = 16;

export const SNAPSHOT_FINGERPRINT = `${READINGS_FORMAT}-${fnv1a(JSON.stringify(synonymData.groups))}`;

/** The catalog's content version as the batch reads it. */
const contentVersionNow = sql`coalesce((select ${catalogState.version} from ${catalogState} where ${catalogState.id} = ${CATALOG_PARTS.content}), 0)`;

/**
 * The parts stored for the content version this very batch reads, in order: put it in the batch
 * that reads the rows, and the readings are of exactly those rows.
 */
export function storedReadingsQuery(db: Db) {
  return db
    .select({ data: catalogSnapshots.data })
    .from(catalogSnapshots)
    .where(and(eq(catalogSnapshots.fingerprint, SNAPSHOT_FINGERPRINT), eq(catalogSnapshots.contentVersion, contentVersionNow)))
    .orderBy(asc(catalogSnapshots.part));
}

export type StoredParts = Awaited<ReturnType<typeof storedReadingsQuery>>;

/**
 * The stored readings, or undefined when there are none or they do not read as these fields
 * would be read now (then the index is built by reading the text, and stored again).
 */
export function loadReadings(parts: StoredParts, synonyms: Synonyms): Map<string, FieldReading> | undefined {
  if (parts.length === 0) return undefined;
  let readings: Map<string, FieldReading>;
  try {
    readings = decodeReadings(parts.map((part) => part.data).join(''));
  } catch {
    return undefined;
  }
  const fields = [...readings.keys()];
  const step = Math.max(1, Math.floor(fields.length / PROBES));
  for (let i = 0; i < fields.length; i += step) {
    const field = fields[i]!;
    if (!sameReading(readings.get(field)!, readField(field, synonyms))) return undefined;
  }
  return readings;
}

/**
 * Stores the readings under `contentVersion` and deletes the older ones, in one batch; a snapshot
 * already there for a newer version keeps this one from being written at all.
 */
export async function storeReadings(db: Db, contentVersion: number, readings: ReadonlyMap<string, FieldReading>): Promise<void> {
  const encoded = encodeReadings(readings);
  const parts = partsOf(encoded);
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
