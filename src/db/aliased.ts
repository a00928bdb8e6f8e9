import { sql, type GetColumnData } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * A column selected under its own name. Needed wherever a joined select repeats a column name
 * (`status`, `id`, `created_by` …): drizzle's D1 driver reads batch rows as objects keyed by
 * column name, so a repeated name would shift every later value. The value is still decoded by
 * the column, and keeps its type.
 */
export function aliased<T extends SQLiteColumn>(column: T, name: string) {
  return sql<GetColumnData<T>>`${column}`.mapWith(column).as(name);
}
