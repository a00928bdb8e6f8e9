import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What building the catalog's index read from its text, stored per catalog content version and
 * fingerprint of the vocabulary that shaped it (src/services/catalog/snapshot.ts), so a new
 * isolate loads it instead of reading every title, tag and description again. Split into parts,
 * as D1 keeps each row under 2 MB.
 */
export const catalogSnapshots = sqliteTable(
  'catalog_snapshots',
  {
    contentVersion: integer('content_version').notNull(),
    fingerprint: text('fingerprint').notNull(),
    part: integer('part').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contentVersion, t.fingerprint, t.part] })],
);
