/**
 * `npm run check:docs`: opens /docs in a real headless Chromium with every host but this server
 * unreachable, and checks that the API reference renders from our own copy of its script. A plain
 * script, not a vitest test: it needs a browser, which .ci/run installs from Debian's packages.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { nodeDocsScript } from '../../src/node/docs-script';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXPECTED = ['Tsunagu（つなぐ）参加支援 API', '/v1/participants/{id}/matches', '/v1/placements/{id}/transitions'];

function renderedDom(url: string, profile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const browser = spawn(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Anything but this server fails to resolve: a CDN dependency would leave the page empty.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=15000',
        '--dump-dom',
        url,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let dom = '';
    browser.stdout.on('data', (chunk: Buffer) => {
      dom += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      browser.kill('SIGKILL');
      reject(new Error('Chromium did not finish within 90 s'));
    }, 90_000);
    browser.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    browser.on('close', () => {
      clearTimeout(timer);
      resolve(dom);
    });
  });
}

const { db, client } = openDatabase({ url: ':memory:' });
await migrateDatabase(db);
const app = createApp({ deps: { db, now: () => new Date(), log: () => {} }, docsScript: nodeDocsScript });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const profile = await mkdtemp(join(tmpdir(), 'tsunagu-chromium-'));
try {
  const dom = await renderedDom(`http://127.0.0.1:${port}/docs`, profile);
  const missing = EXPECTED.filter((text) => !dom.includes(text));
  if (missing.length > 0) {
    console.error(`check:docs FAILED: /docs rendered without ${missing.map((m) => `"${m}"`).join(', ')} (${dom.length} characters of DOM)`);
    process.exitCode = 1;
  } else {
    console.log(`check:docs: /docs renders offline in Chromium (${dom.length} characters of DOM)`);
  }
} finally {
  server.close();
  client.close();
  await rm(profile, { recursive: true, force: true });
}
