import { z } from '../lib/openapi';

/** The `ETag` header on responses that carry one versioned object. */
export const ETagHeader = z.object({ ETag: z.string().openapi({ description: '版。PATCH の If-Match に渡します' }) });

/** Optional `If-Match` on changes: when given and no longer current, the change is refused with 412. */
export const IfMatchHeader = z.object({
  'if-match': z.string().max(200).optional().openapi({ description: 'GET で受け取った ETag。食い違えば 412 で、何も変わりません' }),
});
