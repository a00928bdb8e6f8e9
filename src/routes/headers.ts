import { etagOf } from '../lib/etag';
import { z } from '../lib/openapi';

/** The `ETag` header on responses that carry one versioned object. */
export const ETagHeader = z.object({ ETag: z.string().openapi({ description: '版。PATCH の If-Match に渡します' }) });

/** The one way a handler sends the `ETag` of the versioned object it returns. */
export function etagHeaders(versioned: { version: number }): { ETag: string } {
  return { ETag: etagOf(versioned.version) };
}

/** Optional `If-Match` on changes: when given and no longer current, the change is refused with 412. */
export const IfMatchHeader = z.object({
  'if-match': z.string().max(200).optional().openapi({ description: 'GET で受け取った ETag。食い違えば 412 で、何も変わりません' }),
});

/** `Idempotency-Key` on writes that create or change a placement or a check-in. */
export const IdempotencyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().openapi({
    description: '同じキーと同じ内容の再送には最初の応答を返し、何も変更しません（キーは利用者ごと）。同じキーで内容が違えば 422',
  }),
});

/** Tells the client that a response is the stored answer to an earlier request with the same `Idempotency-Key`. */
export function replayHeaders(outcome: { replayed: boolean }): Record<string, string> {
  return outcome.replayed ? { 'idempotent-replayed': 'true' } : {};
}
