import { catalogState } from '../../src/db/schema';
import type { Harness } from './harness';

/**
 * The catalog's version summed over its parts: it rises by one with each change that matching or
 * search can see, and stays put when a write is refused.
 */
export async function catalogVersion(h: Harness): Promise<number> {
  return (await h.db.select().from(catalogState)).reduce((sum, part) => sum + part.version, 0);
}
