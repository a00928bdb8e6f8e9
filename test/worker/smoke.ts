/**
 * Worker smoke test (`npm run smoke:worker`, run by .ci/run): the real bundle in local workerd
 * (`wrangler dev`) on a throwaway local D1 built from drizzle/, offline. It checks what only the
 * Worker path can break — bindings, the D1 driver, static assets — and leaves the API itself to
 * `npm test`. A plain script rather than a vitest test so `npm test` stays fast and workerd-free.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { readCitySettingsFile } from '../../src/config/settings-file';
import { fail, freePort, request, runWrangler, startWrangler, stopGroup, timeout, waitForHealthz, WranglerFailure } from './wrangler';

const MIGRATE_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 90_000;

const require = createRequire(import.meta.url);
/**
 * An area of the settings the Worker runs with: the file wrangler.toml bundles (`wrangler dev`
 * takes no other), whatever TSUNAGU_CITY_SETTINGS says for Node.
 */
const WORKER_SETTINGS = /"tsunagu-city-settings"\s*=\s*"([^"]+)"/.exec(readFileSync('wrangler.toml', 'utf8'))?.[1];
if (!WORKER_SETTINGS) throw new Error('wrangler.toml names no tsunagu-city-settings alias');
const AREA = readCitySettingsFile(WORKER_SETTINGS).areas[0]!.code;
const SCALAR_SCRIPT = require.resolve('@scalar/api-reference/browser/standalone.js');

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) fail(`${what}: expected ${status}, got ${response.status}: ${await response.text()}`);
}

async function checkCatalogRoundTrip(base: string, adminToken: string): Promise<void> {
  const auth = { authorization: `Bearer ${adminToken}` };
  // Tells a missing ADMIN_TOKEN bootstrap apart from a broken catalog.
  const me = await request(base, '/v1/me', { headers: auth });
  await expectStatus(me, 200, 'GET /v1/me as the ADMIN_TOKEN admin');

  const body = { name: 'テスト受け入れ先', type: 'npo', area: AREA, contact: {}, understanding: [], status: 'active' };
  const created = await request(base, '/v1/hosts', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await expectStatus(created, 201, 'POST /v1/hosts');
  const { id } = (await created.json()) as { id?: unknown };
  if (typeof id !== 'string') fail(`POST /v1/hosts answered without an id`);

  const read = await request(base, `/v1/hosts/${encodeURIComponent(id)}`, { headers: auth });
  await expectStatus(read, 200, `GET /v1/hosts/${id}`);
  const host = (await read.json()) as { id?: unknown; name?: unknown };
  if (host.id !== id || host.name !== body.name) fail(`GET /v1/hosts/${id} returned another host: ${JSON.stringify(host)}`);
}

/**
 * The write paths whose batches differ most between drivers — guarded inserts, the conditional
 * seat update, joined reads, aggregates — once on D1, since `npm test` runs them on libSQL only.
 */
async function checkCaseworkOnD1(base: string, adminToken: string): Promise<string> {
  const call = async (method: string, path: string, body: unknown, expected: number, headers: Record<string, string> = {}) => {
    const response = await request(base, path, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    await expectStatus(response, expected, `${method} ${path}`);
    return { body: (await response.json()) as Record<string, any>, etag: response.headers.get('etag') ?? '' };
  };
  const host = await call(
    'POST',
    '/v1/hosts',
    { name: '農園テスト', type: 'farm', area: AREA, contact: {}, understanding: [], status: 'active' },
    201,
  );
  await call('PATCH', `/v1/hosts/${host.body.id}`, { notes: '更新' }, 200, { 'if-match': host.etag });
  await call('PATCH', `/v1/hosts/${host.body.id}`, { notes: '古い版から' }, 412, { 'if-match': host.etag });
  const opening = await call(
    'POST',
    '/v1/opportunities',
    {
      hostId: host.body.id,
      title: '畑の手入れ',
      kind: 'work_experience',
      tags: ['農作業'],
      schedule: [{ day: 'tue', start: '09:00', end: '12:00' }],
      location: { area: AREA, online: false },
      capacity: 1,
      step: 2,
      environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    },
    201,
  );
  const person = {
    displayName: 'Aさん',
    home: { area: AREA },
    travel: { modes: ['walk'], maxMinutes: 30 },
    availability: [{ day: 'tue', start: '09:00', end: '13:00' }],
    interests: ['土いじり'],
    step: 2,
    limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
    needs: [],
  };
  const ids: string[] = [];
  for (const name of ['Aさん', 'Bさん']) {
    const created = await call('POST', '/v1/participants', { ...person, displayName: name, private: { name: '架空' } }, 201);
    await call('POST', `/v1/participants/${created.body.id}/consent`, { status: 'given' }, 200);
    ids.push(created.body.id);
  }
  const matches = await call('GET', `/v1/participants/${ids[0]}/matches`, undefined, 200);
  if (matches.body.items[0]?.opportunityId !== opening.body.id)
    fail(`matching on D1 did not offer the opening: ${JSON.stringify(matches.body)}`);
  const found = await call('GET', `/v1/opportunities?q=${encodeURIComponent('はたけ')}`, undefined, 200);
  if (found.body.items[0]?.id !== opening.body.id) fail(`search on D1 did not find the opening: ${JSON.stringify(found.body)}`);
  const placements = [];
  for (const participantId of ids) {
    placements.push(
      (
        await call('POST', '/v1/placements', { participantId, opportunityId: opening.body.id }, 201, {
          'idempotency-key': `smoke-${participantId}`,
        })
      ).body.id,
    );
  }
  await call('POST', `/v1/placements/${placements[0]}/transitions`, { to: 'accepted' }, 200);
  const refused = await call('POST', `/v1/placements/${placements[1]}/transitions`, { to: 'accepted' }, 409);
  if (refused.body.code !== 'no_seats') fail(`a second accept on one seat answered ${refused.body.code}, not no_seats`);
  await call('POST', `/v1/placements/${placements[0]}/transitions`, { to: 'active' }, 200);
  await call(
    'POST',
    `/v1/placements/${placements[0]}/check-ins`,
    { date: new Date().toISOString().slice(0, 10), channel: 'visit', wellbeing: 4 },
    201,
  );
  const detail = await call('GET', `/v1/placements/${placements[0]}`, undefined, 200);
  if (detail.body.participantCode !== 'P-0001' || detail.body.followUps?.length !== 5)
    fail(`placement read on D1 is wrong: ${JSON.stringify(detail.body)}`);
  await call('GET', '/v1/follow-ups', undefined, 200);
  await call(
    'POST',
    `/v1/hosts/${host.body.id}/support-records`,
    { date: new Date().toISOString().slice(0, 10), type: 'consultation', summary: '受け入れの相談' },
    201,
  );
  const summary = await call('GET', '/v1/reports/summary', undefined, 200);
  // Aggregates that share a column name would shift on D1; these numbers catch that.
  const counted = summary.body;
  if (
    counted.participants.total !== 2 ||
    counted.participants.withConsent !== 2 ||
    counted.placements.active !== 1 ||
    counted.placements.proposed !== 2 ||
    counted.hostSupport.byType.consultation !== 1
  ) {
    fail(`the summary on D1 has wrong numbers: ${JSON.stringify(counted)}`);
  }
  await checkHsdsRebuiltInBackground(call, opening.body.id);
  await call('GET', `/v1/participants/${ids[0]}`, undefined, 200);
  return ids[0]!;
}

/** What a match and a search answer, for comparing one isolate with the next. */
async function matchAndSearch(base: string, adminToken: string, participantId: string): Promise<string> {
  const answers = [];
  for (const path of [`/v1/participants/${participantId}/matches`, `/v1/opportunities?q=${encodeURIComponent('はたけ')}`]) {
    const response = await request(base, path, { headers: { authorization: `Bearer ${adminToken}` } });
    await expectStatus(response, 200, `GET ${path}`);
    answers.push(await response.json());
  }
  return JSON.stringify(answers);
}

/** How many parts of a stored catalog index the local D1 holds (written after a response, waitUntil). */
async function storedIndexParts(state: string): Promise<number> {
  const output = await runWrangler(
    ['d1', 'execute', 'tsunagu', '--local', '--persist-to', state, '--json', '--command', 'SELECT count(*) AS n FROM catalog_snapshots'],
    MIGRATE_TIMEOUT_MS,
  );
  const parsed = JSON.parse(output.slice(output.indexOf('['))) as { results: { n: number }[] }[];
  return parsed[0]?.results[0]?.n ?? 0;
}

/**
 * After a listing change the previous HSDS export is sent while the new one builds after the
 * response (`waitUntil`, which only a Worker needs); the new one must then arrive.
 */
async function checkHsdsRebuiltInBackground(
  call: (method: string, path: string, body: unknown, expected: number) => Promise<{ body: Record<string, any>; etag: string }>,
  opportunityId: string,
): Promise<void> {
  const title = '畑の手入れ（書き出しの確認）';
  const before = await call('GET', '/v1/export/hsds', undefined, 200);
  await call('PATCH', `/v1/opportunities/${opportunityId}`, { title }, 200);
  const meanwhile = await call('GET', '/v1/export/hsds', undefined, 200);
  if (meanwhile.etag !== before.etag) fail('the HSDS export after a change did not serve the previous export while building');
  for (let attempt = 0; attempt < 50; attempt++) {
    const latest = await call('GET', '/v1/export/hsds', undefined, 200);
    if (latest.body.services?.some((service: { name: string }) => service.name === title)) return;
    await timeout(200);
  }
  fail('the HSDS export built in the background (waitUntil) never arrived');
}

async function checkDocsScript(base: string): Promise<void> {
  const response = await request(base, '/docs/scalar.js');
  await expectStatus(response, 200, 'GET /docs/scalar.js');
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('javascript')) fail(`GET /docs/scalar.js: content-type is "${type}", not JavaScript`);
  const served = (await response.arrayBuffer()).byteLength;
  const installed = (await stat(SCALAR_SCRIPT)).size;
  if (served !== installed) fail(`GET /docs/scalar.js: ${served} bytes served, the installed script has ${installed}`);
}

/** The sign-in limit runs on the ratelimits binding: unknown tokens beyond it are refused with 429. */
async function checkSignInLimit(base: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const response = await request(base, '/v1/me', { headers: { authorization: `Bearer tsn_wrong_${i}` } });
    if (response.status === 429) {
      if (!response.headers.get('retry-after')) fail('429 without Retry-After');
      if (!response.headers.get('content-type')?.includes('application/problem+json')) fail('429 is not problem+json');
      return;
    }
    await expectStatus(response, 401, `GET /v1/me with wrong token ${i + 1}`);
  }
  fail('40 unknown tokens from one address were never refused with 429');
}

async function main(): Promise<void> {
  const started = Date.now();
  const step = (message: string) => console.log(`smoke:worker [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
  const state = await mkdtemp(join(tmpdir(), 'tsunagu-worker-'));
  const output: string[] = [];
  let server: ChildProcess | undefined;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void (server ? stopGroup(server) : Promise.resolve()).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    step(`applying drizzle/ migrations to a local D1 in ${state}`);
    await runWrangler(['d1', 'migrations', 'apply', 'tsunagu', '--local', '--persist-to', state], MIGRATE_TIMEOUT_MS);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const adminToken = `tsn_smoke_${randomBytes(16).toString('hex')}`;
    step(`starting wrangler dev on ${base}`);
    const devArgs = [
      'dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      state,
      '--var',
      `ADMIN_TOKEN:${adminToken}`,
      '--show-interactive-dev-session=false',
    ];
    server = startWrangler(devArgs, output);
    await waitForHealthz(base, server, START_TIMEOUT_MS);
    step('GET /healthz ok');
    await checkCatalogRoundTrip(base, adminToken);
    step('catalog round trip ok (POST /v1/hosts, GET /v1/hosts/{id})');
    const participantId = await checkCaseworkOnD1(base, adminToken);
    step('casework on D1 ok (If-Match, matching, search, placements, seats, check-ins, reports, HSDS)');
    const before = await matchAndSearch(base, adminToken, participantId);
    await stopGroup(server);
    if ((await storedIndexParts(state)) === 0) fail('no catalog index was stored in D1 after matching (waitUntil)');
    server = startWrangler(devArgs, output);
    await waitForHealthz(base, server, START_TIMEOUT_MS);
    if ((await matchAndSearch(base, adminToken, participantId)) !== before)
      fail('a new isolate loading the stored catalog index answered a match or search differently');
    step('a new isolate loads the catalog index stored in D1 and answers alike');
    await checkDocsScript(base);
    step('GET /docs/scalar.js ok');
    await checkSignInLimit(base);
    step('unknown tokens rate-limited (429 with Retry-After)');
    step('passed');
  } catch (error) {
    console.error(`smoke:worker FAILED: ${error instanceof WranglerFailure ? error.message : String(error)}`);
    if (output.length) console.error(`--- wrangler dev output ---\n${output.join('')}`);
    process.exitCode = 1;
  } finally {
    if (server) await stopGroup(server);
    await rm(state, { recursive: true, force: true });
  }
}

await main();
