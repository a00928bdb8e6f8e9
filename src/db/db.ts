import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema';

/**
 * The one database type of the app. Drizzle's libSQL and D1 drivers share the async SQLite query
 * API and `batch`; the app uses only that common part (no interactive transactions, no
 * driver-specific result fields: changed rows are observed with `returning`), so the D1 database
 * is typed as this too (see src/worker.ts).
 */
export type Db = LibSQLDatabase<typeof schema>;
export type Schema = typeof schema;
