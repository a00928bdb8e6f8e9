import { customType, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Bytes as a Uint8Array on both drivers: libSQL hands a BLOB back as an ArrayBuffer, D1 as an
 * array of numbers, and drizzle's own `blob` would need Node's Buffer, which Workers lack.
 */
const bytes = customType<{ data: Uint8Array<ArrayBuffer>; driverData: ArrayBuffer | Uint8Array | number[] }>({
  dataType: () => 'blob',
  fromDriver: (value) => new Uint8Array(value),
  toDriver: (value) => value,
});

/**
 * The last HSDS export as sent (gzip), so a new process or Worker isolate serves it at once
 * instead of building it first. Split into parts because D1 caps a row at 2 MB and a city's export
 * can be larger; only one tag is kept.
 */
export const hsdsExports = sqliteTable(
  'hsds_exports',
  {
    tag: text('tag').notNull(),
    part: integer('part').notNull(),
    /** Of the whole export: a reader that finds fewer parts knows the export is not all there. */
    parts: integer('parts').notNull(),
    gzip: bytes('gzip').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tag, t.part] })],
);
