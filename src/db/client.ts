import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import type { Db } from './db';
import * as schema from './schema';

export const DEFAULT_DATABASE_URL = 'file:data/tsunagu.db';

export type DatabaseConfig = {
  url?: string;
  authToken?: string;
  /** Called once per request to the database (a `batch` is one): how tests and benchmarks count round trips. */
  onRoundTrip?: (kind: 'execute' | 'batch') => void;
};

/** True for embedded databases (a local file or `:memory:`), false for a remote libSQL server such as Turso. */
export function isLocalDatabaseUrl(url: string): boolean {
  return url === ':memory:' || url.startsWith('file:');
}

/**
 * Opens the database for Node: an embedded libSQL file by default (its folder is created), or
 * Turso when `url` is `libsql://…` with an auth token.
 */
export function openDatabase(config: DatabaseConfig = {}): { db: Db; client: Client } {
  const url = config.url || DEFAULT_DATABASE_URL;
  if (url.startsWith('file:') && !url.startsWith('file::memory:')) {
    const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
    mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url, ...(config.authToken ? { authToken: config.authToken } : {}) });
  if (config.onRoundTrip) countRoundTrips(client, config.onRoundTrip);
  return { db: drizzle(client, { schema }), client };
}

function countRoundTrips(client: Client, onRoundTrip: (kind: 'execute' | 'batch') => void): void {
  const execute = client.execute.bind(client);
  const batch = client.batch.bind(client);
  client.execute = ((...args: Parameters<Client['execute']>) => {
    onRoundTrip('execute');
    return execute(...args);
  }) as Client['execute'];
  client.batch = ((...args: Parameters<Client['batch']>) => {
    onRoundTrip('batch');
    return batch(...args);
  }) as Client['batch'];
}
