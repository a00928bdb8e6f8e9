import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/db';
import { catalogState } from '../db/schema';

/**
 * The statement that marks the catalog as changed. Put it in the same `db.batch` as any change
 * that matching or search can see (host or opportunity fields, seats, placement outcomes); in a
 * guarded batch pass `guard.holds`, so a write that did not happen leaves the version alone.
 */
export function bumpCatalogVersion(db: Db, when: SQL = sql`1`) {
  // The WHERE also keeps SQLite from reading ON CONFLICT as part of the SELECT.
  return db.run(sql`
    insert into ${catalogState} (id, version) select 1, 1 where ${when}
    on conflict (id) do update set version = ${catalogState.version} + 1`);
}

/** The current catalog version (0 before the first change): one cheap read per request. */
export function catalogVersionQuery(db: Db) {
  return db.select({ version: catalogState.version }).from(catalogState).where(eq(catalogState.id, 1));
}
