/**
 * Copies every row of one database into another in a single batch, so a seed built elsewhere
 * arrives whole or not at all (libSQL runs a batch as one transaction).
 */
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../src/db/db';
import * as schema from '../src/db/schema';

/** Rows per INSERT, well under SQLite's limit on bound values for the widest table. */
const ROWS_PER_INSERT = 100;

const TABLES: SQLiteTable[] = Object.values<unknown>(schema).filter((value): value is SQLiteTable => is(value, SQLiteTable));

/** The tables, each after every table its foreign keys point to. */
function inDependencyOrder(tables: readonly SQLiteTable[]): SQLiteTable[] {
  const ordered: SQLiteTable[] = [];
  const visit = (table: SQLiteTable, path: readonly SQLiteTable[]) => {
    if (ordered.includes(table) || path.includes(table)) return;
    for (const key of getTableConfig(table).foreignKeys) visit(key.reference().foreignTable, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

export async function copyRows(from: Db, to: Db): Promise<void> {
  const inserts = [];
  for (const table of inDependencyOrder(TABLES)) {
    const rows = await from.select().from(table);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) inserts.push(to.insert(table).values(rows.slice(i, i + ROWS_PER_INSERT)));
  }
  const [first, ...rest] = inserts;
  if (first) await to.batch([first, ...rest]);
}
