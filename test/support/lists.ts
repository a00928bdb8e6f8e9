import type { ApiResponse, Caller, Harness } from './harness';

type Page<T> = ApiResponse<{ items: T[]; nextCursor: string | null }>;

/** The ids of `items`, in their order. */
export function itemIds(items: { id: string }[]): string[] {
  return items.map((item) => item.id);
}

/**
 * Every page of a list, following `nextCursor` from the first page until there is none. A page
 * that is not a list (a problem) has no cursor, so it ends the walk and is the last one returned.
 */
export async function readPages<T = any>(h: Harness, caller: Caller, path: string): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await h.as(caller).get(cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}` : path);
    pages.push(page);
    cursor = page.body.nextCursor ?? null;
  } while (cursor);
  return pages;
}

/** Every item of a list, read page by page. */
export async function readAllItems<T = any>(h: Harness, caller: Caller, path: string): Promise<T[]> {
  return (await readPages<T>(h, caller, path)).flatMap((page) => page.body.items);
}
