import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleBrowser } from '../support/console';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const DAY_MS = 24 * 60 * 60 * 1000;

async function newSupporter() {
  const res = await h.as('admin').post('/v1/users', { name: '新しい支援員（架空）', role: 'supporter' });
  return res.body.id as string;
}

function linkPath(url: string): string {
  return new URL(url).pathname;
}

describe('sign-in links: who may issue them', () => {
  it('gives an admin a one-time link valid for 7 days, for any user', async () => {
    const res = await h.as('admin').post(`/v1/users/${h.userIds.coordinator}/sign-in-link`);
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/^http:\/\/localhost\/sign-in\/\S{32,}$/);
    expect(new Date(res.body.expiresAt).getTime()).toBe(TEST_NOW.getTime() + 7 * DAY_MS);
  });

  it('lets a coordinator issue links for supporters and hosts only', async () => {
    const host = await makeHost(h);
    await makeHostUser(h, host.id);
    const users = (await h.db.query.users.findMany()).filter((u) => u.role === 'host');
    expect((await h.as('coordinator').post(`/v1/users/${h.userIds.supporter}/sign-in-link`)).status).toBe(201);
    expect((await h.as('coordinator').post(`/v1/users/${users[0]!.id}/sign-in-link`)).status).toBe(201);
    const refused = await h.as('coordinator').post(`/v1/users/${h.userIds.admin}/sign-in-link`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
  });

  it('refuses supporters (403, whether the user exists or not) and answers 404 for an unknown user', async () => {
    expect((await h.as('supporter').post(`/v1/users/${h.userIds.supporterB}/sign-in-link`)).status).toBe(403);
    expect((await h.as('supporter').post('/v1/users/usr_nobody/sign-in-link')).status).toBe(403);
    expect((await h.as('admin').post('/v1/users/usr_nobody/sign-in-link')).status).toBe(404);
  });
});

describe('sign-in links: using them', () => {
  it('signs the person in on first use and lands on their home page', async () => {
    const userId = await newSupporter();
    const link = (await h.as('admin').post(`/v1/users/${userId}/sign-in-link`)).body;
    const browser = consoleBrowser(h);
    const used = await browser.get(linkPath(link.url));
    expect(used.status).toBe(303);
    expect(used.location).toBe('/');
    const home = await browser.follow(used);
    expect(home.text).toContain('新しい支援員（架空）さん、こんにちは');
    expect(home.text).toContain('サインインしました');
  });

  it('refuses a second use with a Japanese page, and starts no session', async () => {
    const link = (await h.as('admin').post(`/v1/users/${await newSupporter()}/sign-in-link`)).body;
    await consoleBrowser(h).get(linkPath(link.url));
    const again = consoleBrowser(h);
    const second = await again.get(linkPath(link.url));
    expect(second.status).toBe(410);
    expect(second.text).toContain('すでに使われたか、有効期限');
    expect(again.jar.has('tsunagu_session')).toBe(false);
  });

  it('stops working after 7 days', async () => {
    const link = (await h.as('admin').post(`/v1/users/${await newSupporter()}/sign-in-link`)).body;
    h.clock.now = new Date(TEST_NOW.getTime() + 7 * DAY_MS + 1000);
    try {
      expect((await consoleBrowser(h).get(linkPath(link.url))).status).toBe(410);
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('stores only a hash of the link, never the link itself', async () => {
    const link = (await h.as('admin').post(`/v1/users/${await newSupporter()}/sign-in-link`)).body;
    const token = linkPath(link.url).split('/').at(-1)!;
    const rows = await h.db.query.signInLinks.findMany();
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });
});
