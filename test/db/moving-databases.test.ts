import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { openDatabase } from '../../src/db/client';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/db/migrate';
import { nodeDocsScript } from '../../src/node/docs-script';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW } from '../support/harness';

/**
 * A database moves between engines and comes back from a backup: a D1 export opens on the Node
 * server, and a file backup taken with `VACUUM INTO` restores to a working service.
 */

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-move-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const migrationFiles = readdirSync(MIGRATIONS_FOLDER)
  .filter((name) => name.endsWith('.sql'))
  .toSorted();

/** What `wrangler d1 migrations apply` leaves behind: the SQL files run as they are, each named in `d1_migrations`. */
async function buildLikeD1(url: string, files: string[]): Promise<void> {
  const client = createClient({ url });
  await client.execute(
    'CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)',
  );
  for (const name of files) {
    await client.executeMultiple(readFileSync(join(MIGRATIONS_FOLDER, name), 'utf8').replaceAll('--> statement-breakpoint', ''));
    await client.execute({ sql: 'INSERT INTO d1_migrations (name) VALUES (?)', args: [name] });
  }
  client.close();
}

describe('a database that comes from D1', () => {
  it('is taken as migrated by the Node migrator, and the service runs on it', async () => {
    const url = `file:${join(dir, 'from-d1.db')}`;
    await buildLikeD1(url, migrationFiles);

    const h = await createHarness({ url });
    try {
      const host = await makeHost(h);
      expect((await h.as('coordinator').get(`/v1/hosts/${host.id}`)).status).toBe(200);
    } finally {
      h.close();
    }
  });

  it('gets the migrations D1 had not applied yet, and only those', async () => {
    const url = `file:${join(dir, 'behind-d1.db')}`;
    await buildLikeD1(url, migrationFiles.slice(0, -1));

    const { db, client } = openDatabase({ url });
    try {
      expect(await migrateDatabase(db)).toEqual([migrationFiles.at(-1)!.replace(/\.sql$/, '')]);
      expect(await migrateDatabase(db)).toEqual([]);
    } finally {
      client.close();
    }
  });
});

describe('backup and restore of a file database', () => {
  it('restores a VACUUM INTO copy to a new path, where the service finds the data and the integrity check passes', async () => {
    const h = await createHarness({ url: `file:${join(dir, 'live.db')}` });
    const host = await makeHost(h);
    const opportunity = await makeOpportunity(h, host.id);
    const backup = join(dir, 'backup.db');
    await h.client.execute({ sql: 'VACUUM INTO ?', args: [backup] });
    h.close();

    // Restoring is opening the copy (or copying it to where DATABASE_URL points) and starting.
    const { db, client } = openDatabase({ url: `file:${backup}` });
    try {
      expect(await migrateDatabase(db)).toEqual([]);
      expect((await client.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok');
      const app = createApp({ deps: { db, now: () => TEST_NOW, log: () => {} }, docsScript: nodeDocsScript });
      const res = await app.request(`/v1/opportunities/${opportunity.id}`, { headers: { authorization: `Bearer ${h.tokens.supporter}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { title: string }).title).toBe(opportunity.title);
    } finally {
      client.close();
    }
  });
});
