import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleBrowser, csrfOf, type ConsoleBrowser } from '../support/console';
import { opportunityInput } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { API_MATRIX, expectedStatus, PAGE_MATRIX, PUBLIC_ROUTES, type Scope } from './authorization-matrix';
import { buildWorld, callerOf, PARTIES, type Party, type World } from './world';

let h: Harness;
let world: World;
beforeAll(async () => {
  h = await createHarness();
  world = await buildWorld(h);
});
afterAll(() => h.close());

const SCOPES: Scope[] = ['own', 'other'];

function withoutRequestId(body: Record<string, unknown>) {
  return { ...body, requestId: undefined };
}

describe('the route inventory', () => {
  it('has a row in the matrix for every route the app serves, and no row for a route it does not', () => {
    // Middleware is registered as ALL; every handler has a method of its own.
    const served = new Set(h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const covered = new Set([...API_MATRIX, ...PAGE_MATRIX, ...PUBLIC_ROUTES].map((r) => `${r.method} ${r.route}`));
    expect([...served].filter((route) => !covered.has(route)).sort()).toEqual([]);
    expect([...covered].filter((route) => !served.has(route)).sort()).toEqual([]);
  });
});

describe('the API, by role and scope', () => {
  it.each(API_MATRIX.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_, row) => {
    const wrong: string[] = [];
    for (const party of PARTIES) {
      for (const scope of SCOPES) {
        const t = scope === 'own' ? world.a : world.b;
        const call = await row.call({ h, world, t, party });
        const res = await h.request(callerOf(world, party), row.method, call.path, call.body, call.headers);
        const want = expectedStatus(row.expect[party], scope);
        if (res.status !== want) wrong.push(`${party}/${scope}: want ${want}, got ${res.status} ${res.text.slice(0, 200)}`);
        if (res.status >= 400 && !res.headers.get('content-type')?.startsWith('application/problem+json'))
          wrong.push(`${party}/${scope}: error without problem+json`);
      }
    }
    const anonymous = await row.call({ h, world, t: world.a, party: 'admin' });
    const refused = await h.request(null, row.method, anonymous.path, anonymous.body, anonymous.headers);
    if (refused.status !== 401) wrong.push(`no token: want 401, got ${refused.status}`);
    expect(wrong).toEqual([]);
  });

  it('answers an out-of-scope id exactly as a missing one, word for word', async () => {
    const outOfScope = await h.as('supporter').get(`/v1/participants/${world.b.participantId}`);
    const missing = await h.as('supporter').get('/v1/participants/no-such-id');
    expect(outOfScope.status).toBe(404);
    expect(withoutRequestId(outOfScope.body)).toEqual(withoutRequestId(missing.body));
  });

  it('refuses another host named in a body exactly as a host that does not exist', async () => {
    const other = await h.as(world.hostCallers.a).post('/v1/opportunities', opportunityInput(world.b.hostId));
    const missing = await h.as(world.hostCallers.a).post('/v1/opportunities', opportunityInput('no-such-host'));
    expect(other.status).toBe(400);
    expect(withoutRequestId(other.body)).toEqual(withoutRequestId(missing.body));
  });
});

describe('the console, by session and scope', () => {
  const browsers = new Map<Party, { browser: ConsoleBrowser; csrf: string }>();
  async function browserOf(party: Party) {
    let entry = browsers.get(party);
    if (!entry) {
      const browser = consoleBrowser(h);
      const caller = callerOf(world, party);
      const home = await browser.signIn(typeof caller === 'object' && caller ? caller.token : h.tokens[party]!);
      entry = { browser, csrf: csrfOf(home.text) };
      browsers.set(party, entry);
    }
    return entry;
  }

  it.each(PAGE_MATRIX.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_, row) => {
    const wrong: string[] = [];
    for (const party of PARTIES) {
      const { browser, csrf } = await browserOf(party);
      for (const scope of SCOPES) {
        const call = await row.call({ h, world, t: scope === 'own' ? world.a : world.b, party });
        const res = row.method === 'GET' ? await browser.get(call.path) : await browser.postRaw(call.path, { _csrf: csrf, ...call.form });
        const want = expectedStatus(row.expect[party], scope);
        if (res.status !== want) wrong.push(`${party}/${scope}: want ${want}, got ${res.status}`);
        // A signed-in person is never sent back to the sign-in page.
        if (res.status === 303 && res.location === '/') wrong.push(`${party}/${scope}: sent to sign in`);
      }
    }
    const call = await row.call({ h, world, t: world.a, party: 'admin' });
    const stranger = consoleBrowser(h);
    const res = row.method === 'GET' ? await stranger.get(call.path) : await stranger.postRaw(call.path, { _csrf: 'none', ...call.form });
    if (res.status !== row.anonymous) wrong.push(`no session: want ${row.anonymous}, got ${res.status}`);
    if (row.anonymous === 303 && res.location !== '/') wrong.push(`no session: sent to ${res.location}, not the sign-in page`);
    expect(wrong).toEqual([]);
  });

  it('never lets a session cookie stand in for a bearer token on /v1', async () => {
    const { browser } = await browserOf('admin');
    const res = await h.app.request('/v1/me', { headers: { cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.status).toBe(401);
  });
});

describe('the public routes', () => {
  it.each(PUBLIC_ROUTES.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_, row) => {
    const res = await h.request(
      null,
      row.method,
      row.path,
      row.method === 'POST' ? '' : undefined,
      row.method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    );
    expect(res.status).toBe(row.anonymous);
  });
});
