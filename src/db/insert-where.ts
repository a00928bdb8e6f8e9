import { getTableColumns, is, sql, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './db';

/**
 * `INSERT … SELECT <values> WHERE <condition>`: a row that is written only if `condition` holds
 * when the batch reaches it. Built as a drizzle insert (not raw SQL) because drizzle's D1 driver
 * can batch only query builders. Values are mapped through each column (JSON columns are
 * serialized as on a plain insert) and listed in the table's column order, as drizzle names them.
 */
export function insertWhere<T extends SQLiteTable>(db: Db, table: T, values: T['$inferInsert'], condition: SQL) {
  const given = values as Record<string, unknown>;
  const selected = Object.entries(getTableColumns(table)).map(([key, column]) => {
    const value = given[key] === undefined ? column.default : given[key];
    if (value === undefined || value === null) return sql`null`;
    return is(value, SQL) ? value : sql`${column.mapToDriverValue(value)}`;
  });
  return db.insert(table).select(sql`select ${sql.join(selected, sql`, `)} where ${condition}`);
}
