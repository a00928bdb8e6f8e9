import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The catalog's index as built, stored per catalog content version and fingerprint of the
 * vocabulary and formats that shaped it (src/services/catalog/snapshot.ts), so a new isolate loads
 * it instead of building it. Each kind (matching's index, search's, the readings, a few of those to
 * check by) is stored apart, so a request reads only the kinds it needs; each in parts, as D1 keeps
 * each row under 2 MB.
 */
export const catalogSnapshots = sqliteTable(
  'catalog_snapshots',
  {
    contentVersion: integer('content_version').notNull(),
    fingerprint: text('fingerprint').notNull(),
    kind: text('kind').notNull(),
    part: integer('part').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contentVersion, t.fingerprint, t.kind, t.part] })],
);
