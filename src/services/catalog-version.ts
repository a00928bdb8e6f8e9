import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/db';
import { catalogState } from '../db/schema';

/**
 * The statement that marks the catalog as changed. Put it in the same `db.batch` as any change
 * that matching or search can see (host or opportunity fields, seats, placement outcomes).
 */
export function bumpCatalogVersion(db: Db) {
  return db
    .insert(catalogState)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: catalogState.id, set: { version: sql`${catalogState.version} + 1` } });
}

/** The current catalog version (0 before the first change): one cheap read per request. */
export function catalogVersionQuery(db: Db) {
  return db.select({ version: catalogState.version }).from(catalogState).where(eq(catalogState.id, 1));
}
