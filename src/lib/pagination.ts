import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../config';
import { z } from './openapi';
import { problem } from './problem';

/** `?limit=&cursor=`, shared by every list endpoint. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(500).optional(),
});

export type Page<T> = { items: T[]; nextCursor: string | null };

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
      if ('offset' in parsed && Number.isInteger(parsed.offset) && (parsed.offset as number) >= 0) return { offset: parsed.offset as number };
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
  return problem('validation', { errors: [{ path: 'cursor', message: 'cursor が正しくありません。前のページの nextCursor をそのまま渡してください' }] });
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
