import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAILED_SIGN_IN_LIMIT } from '../../src/config';
import { consoleBrowser, csrfOf } from '../support/console';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

async function signedIn(token: string) {
  const browser = consoleBrowser(h);
  await browser.signIn(token);
  return browser;
}

describe('console: losing access', () => {
  it('ends an open session at once when the admin disables its user, and the token stops too', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    expect((await browser.get('/participants')).status).toBe(200);
    const me = (await h.as('supporter').get('/v1/me')).body as { id: string };
    expect((await h.as('admin').patch(`/v1/users/${me.id}`, { disabled: true })).status).toBe(200);
    const after = await browser.get('/participants');
    expect(after.status).toBe(303);
    expect(after.location).toBe('/');
    expect((await h.as('supporter').get('/v1/me')).status).toBe(401);
  });

  it("lets a paused host's people read and sign out, and shuts an ended host's people out of every page", async () => {
    const host = await makeHost(h);
    const caller = await makeHostUser(h, host.id);
    const browser = await signedIn(caller.token);
    const home = await browser.get('/');
    expect(home.status).toBe(200);
    expect((await h.as('admin').patch(`/v1/hosts/${host.id}`, { status: 'paused' })).status).toBe(200);
    expect((await browser.get('/')).status).toBe(200);
    expect((await h.as('admin').patch(`/v1/hosts/${host.id}`, { status: 'ended' })).status).toBe(200);
    const refused = await browser.get('/');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('lang="ja"');
    // The refusal page has no form; the sign-out button of the page they had open still works.
    expect((await browser.postRaw('/sign-out', { _csrf: csrfOf(home.text) })).status).toBe(200);
    expect(browser.jar.has('tsunagu_session')).toBe(false);
  });
});

describe('console: guessing', () => {
  it('refuses an address that keeps typing wrong tokens, as the API does, even when the next one is right', async () => {
    const browser = consoleBrowser(h);
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT.limit; i += 1) {
      await browser.get('/');
      expect((await browser.post('/sign-in', { token: `guess-${i}` })).status).toBe(401);
    }
    await browser.get('/');
    const refused = await browser.post('/sign-in', { token: h.tokens.supporter! });
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('rate_limited');
    expect(browser.jar.has('tsunagu_session')).toBe(false);
  });

  it('counts unknown sign-in links against the same limit', async () => {
    const browser = consoleBrowser(h);
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT.limit; i += 1) expect((await browser.get(`/sign-in/guess-${i}`)).status).toBe(410);
    expect((await browser.get('/sign-in/guess-last')).status).toBe(429);
  });
});
