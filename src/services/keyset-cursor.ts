/**
 * Paging for lists ordered by a date and then id (follow-ups by due date, check-ins and host
 * support records by date). The cursor is the position of the last item returned, kept in the
 * opaque `after` of the shared cursor format.
 */
import { and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { decodeCursor, encodeCursor, invalidCursor, type Page } from '../lib/pagination';

export type KeysetPosition = { key: string; id: string };

// Dates never contain a space, so the first space separates the key from the id.
const SEPARATOR = ' ';

export function keysetPosition(raw: string | undefined): KeysetPosition | null {
  const cursor = decodeCursor(raw);
  if (cursor === null) return null;
  const at = 'after' in cursor ? cursor.after.indexOf(SEPARATOR) : -1;
  if ('after' in cursor && at > 0) return { key: cursor.after.slice(0, at), id: cursor.after.slice(at + 1) };
  throw invalidCursor();
}

/** Rows strictly after `position` in (key, id) order, ascending or descending. */
export function keysetWhere(key: SQLiteColumn, id: SQLiteColumn, position: KeysetPosition | null, direction: 'asc' | 'desc'): SQL | undefined {
  if (!position) return undefined;
  const beyond = direction === 'asc' ? gt : lt;
  return or(beyond(key, position.key), and(eq(key, position.key), beyond(id, position.id)));
}

/** A page from `limit + 1` fetched rows; the extra row only tells whether another page exists. */
export function keysetPage<T>(rows: T[], limit: number, positionOf: (row: T) => KeysetPosition): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  if (rows.length <= limit || last === undefined) return { items, nextCursor: null };
  const { key, id } = positionOf(last);
  return { items, nextCursor: encodeCursor({ after: `${key}${SEPARATOR}${id}` }) };
}
