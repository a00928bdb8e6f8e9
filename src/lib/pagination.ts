import { and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../config';
import { z } from './openapi';
import { problem } from './problem';

/** `?limit=&cursor=`, shared by every list endpoint. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(500).optional(),
});

export type Page<T> = { items: T[]; nextCursor: string | null };

/** What a service's list verb takes besides its filters: what `PageQuery` produces. */
export type PageRequest = { limit: number; cursor?: string | undefined };

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * Cursors are opaque to clients: base64url of the position after the last item returned
 * (`after` = the last id for id-ordered lists, `offset` for relevance-ordered ones).
 */
export type Cursor = { after: string } | { offset: number };

export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify(cursor)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (raw === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(atob(raw.replaceAll('-', '+').replaceAll('_', '/')));
    if (parsed && typeof parsed === 'object') {
      if ('after' in parsed && typeof parsed.after === 'string') return { after: parsed.after };
      if ('offset' in parsed && Number.isInteger(parsed.offset) && (parsed.offset as number) >= 0)
        return { offset: parsed.offset as number };
    }
  } catch {
    // falls through to the validation problem below
  }
  throw invalidCursor();
}

/** The id to continue after, for lists ordered by id; null on the first page. */
export function afterIdCursor(raw: string | undefined): string | null {
  const cursor = decodeCursor(raw);
  if (cursor === null) return null;
  if ('after' in cursor) return cursor.after;
  // An offset cursor belongs to a relevance-ordered list, not to this one.
  throw invalidCursor();
}

/** How many items to skip, for lists ordered by relevance; 0 on the first page. */
export function offsetCursor(raw: string | undefined): number {
  const cursor = decodeCursor(raw);
  if (cursor === null) return 0;
  if ('offset' in cursor) return cursor.offset;
  throw invalidCursor();
}

/** The one answer to a cursor that did not come from this list's own nextCursor. */
export function invalidCursor() {
  return problem('validation', {
    errors: [{ path: 'cursor', message: 'cursor が正しくありません。前のページの nextCursor をそのまま渡してください' }],
  });
}

/**
 * Shapes an id-ordered page from `limit + 1` fetched rows: the extra row only tells whether
 * another page exists.
 */
export function pageAfter<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ after: last.id }) : null };
}

/** Shapes an offset page from an already ordered list (relevance order). */
export function pageAtOffset<T>(all: readonly T[], offset: number, limit: number): Page<T> {
  const items = all.slice(offset, offset + limit);
  const next = offset + limit;
  return { items, nextCursor: next < all.length ? encodeCursor({ offset: next }) : null };
}

/**
 * Paging for lists ordered by a date and then id (follow-ups by due date, check-ins and host
 * support records by date). The cursor is the position of the last item returned, kept in the
 * opaque `after` of the shared cursor format.
 */
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
export function keysetWhere(
  { key, id }: { key: SQLiteColumn; id: SQLiteColumn },
  position: KeysetPosition | null,
  direction: 'asc' | 'desc',
): SQL | undefined {
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
