import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/db';
import { insertWhere } from '../../db/insert-where';
import { catalogState } from '../../db/schema';

/**
 * What changed, so a cached catalog index knows how much to reload: `content` (host or
 * opportunity fields: rebuild the text index), `seats` (seats taken or given back, placements
 * starting or ending: refresh seat counts and hosts' retention only) or `freshness` (a host
 * confirming a listing: refresh when each was last touched, which only the staleness warnings read).
 */
export const CATALOG_PARTS = { content: 1, seats: 2, freshness: 3 } as const;
export type CatalogPart = keyof typeof CATALOG_PARTS;

/**
 * The statement that marks the catalog as changed. Put it in the same `db.batch` as any change
 * that matching or search can see; in a guarded batch pass `guard.holds`, so a write that did
 * not happen leaves the version alone.
 */
export function bumpCatalogVersion(db: Db, when: SQL = sql`1`, part: CatalogPart = 'content') {
  // The WHERE of the insert's SELECT also keeps SQLite from reading ON CONFLICT as part of it.
  return insertWhere(db, catalogState, { id: CATALOG_PARTS[part], version: 1 }, when).onConflictDoUpdate({
    target: catalogState.id,
    set: { version: sql`${catalogState.version} + 1` },
  });
}

/** Every part's version (missing before its first change): one cheap read per request. */
export function catalogStateQuery(db: Db) {
  return db.select({ id: catalogState.id, version: catalogState.version }).from(catalogState);
}

export type CatalogStateRows = Awaited<ReturnType<typeof catalogStateQuery>>;

/** One part's version in the state rows read; 0 before its first change. */
export function partVersion(state: CatalogStateRows, part: CatalogPart): number {
  return state.find((row) => row.id === CATALOG_PARTS[part])?.version ?? 0;
}
