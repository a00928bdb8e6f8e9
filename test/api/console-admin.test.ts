import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditActions } from '../support/audit';
import { consoleBrowser, csrfOf, type ConsoleBrowser } from '../support/console';
import { makeHost } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';

let h: Harness;
let admin: ConsoleBrowser;
beforeEach(async () => {
  h = await createHarness();
  admin = consoleBrowser(h);
  await admin.signIn(h.tokens.admin!);
});
afterEach(() => h.close());

/** The token or link a secret page shows once. */
function secretOf(html: string): string {
  const found = /<textarea id="secret"[^>]*>([^<]+)<\/textarea>/.exec(html)?.[1];
  if (!found) throw new Error('no secret on this page');
  return found;
}

async function usersNamed(name: string) {
  const list = (await h.as('admin').get('/v1/users?limit=200')).body as { items: { id: string; name: string; disabled: boolean }[] };
  return list.items.filter((user) => user.name === name);
}

describe("console: the city's users page", () => {
  it('lists every user with role, host and state, and adds one whose token is shown once and works', async () => {
    const page = await admin.get('/users');
    expect(page.status).toBe(200);
    expect(page.text).toContain('テストsupporterB');
    expect(page.text).toContain('参加支援員');
    expect(page.text).toContain('有効');

    const created = await admin.post('/users', { name: '新しい 支援員（架空）', role: 'supporter', hostId: '' });
    expect(created.status).toBe(200);
    expect(created.text).toContain('新しい 支援員（架空）さんを追加しました');
    expect(created.text).toContain('二度と表示できません');
    const token = secretOf(created.text);
    expect((await h.as({ token }).get('/v1/me')).body).toMatchObject({ name: '新しい 支援員（架空）', role: 'supporter' });
    expect((await admin.get('/users')).text).not.toContain(token);
  });

  it('makes a host user bound to the host chosen from the list', async () => {
    const host = await makeHost(h, { name: 'カフェ ながれやま（架空）' });
    const page = await admin.get('/users');
    expect(page.text).toContain(`<option value="${host.id}">カフェ ながれやま（架空）</option>`);
    const created = await admin.post('/users', { name: 'カフェの店主（架空）', role: 'host', hostId: host.id });
    const me = await h.as({ token: secretOf(created.text) }).get('/v1/me');
    expect(me.body).toMatchObject({ role: 'host', hostId: host.id });
    expect((await admin.get('/users')).text).toContain('受け入れ先・カフェ ながれやま（架空）');
  });

  it("shows the service's message beside the host field when a host user has no host, and adds no one", async () => {
    await admin.get('/users');
    const refused = await admin.post('/users', { name: '受け入れ先なし（架空）', role: 'host', hostId: '' });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/id="f-hostId-error">受け入れ先の利用者には/);
    expect(refused.text).toContain('value="受け入れ先なし（架空）"');
    expect(await usersNamed('受け入れ先なし（架空）')).toEqual([]);
  });

  it('disables a user, which ends their open session at once, and enables them again', async () => {
    const supporter = consoleBrowser(h);
    await supporter.signIn(h.tokens.supporter!);
    expect((await supporter.get('/participants')).status).toBe(200);

    await admin.get('/users');
    const done = await admin.follow(await admin.post(`/users/${h.userIds.supporter}/disabled`, { disabled: 'true' }));
    expect(done.text).toContain('テストsupporterさんを無効にしました');
    expect(done.text).toContain('user-state-off');
    expect((await supporter.get('/participants')).location).toBe('/');
    expect((await h.as('supporter').get('/v1/me')).status).toBe(401);

    const back = await admin.follow(await admin.post(`/users/${h.userIds.supporter}/disabled`, { disabled: 'false' }));
    expect(back.text).toContain('テストsupporterさんを有効に戻しました');
    expect((await h.as('supporter').get('/v1/me')).status).toBe(200);
    expect(await auditActions(h, h.userIds.supporter!)).toEqual(['user.disable', 'user.enable']);
  });

  it('refuses to disable the admin themselves and says why', async () => {
    await admin.get('/users');
    const refused = await admin.follow(await admin.post(`/users/${h.userIds.admin}/disabled`, { disabled: 'true' }));
    expect(refused.text).toContain('自分自身は無効にできません');
    expect((await admin.get('/users')).status).toBe(200);
  });

  it('rotates a token: the new one is shown once, never cached, and the old one stops working', async () => {
    await admin.get('/users');
    const rotated = await admin.post(`/users/${h.userIds.supporterB}/token`);
    expect(rotated.status).toBe(200);
    const token = secretOf(rotated.text);
    expect((await h.as('supporterB').get('/v1/me')).status).toBe(401);
    expect((await h.as({ token }).get('/v1/me')).status).toBe(200);
    const again = await h.app.request(`/users/${h.userIds.supporterB}/token`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: csrfOf(rotated.text) }),
      headers: {
        cookie: [...admin.jar].map(([name, value]) => `${name}=${value}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(again.headers.get('cache-control')).toBe('no-store');
  });

  it('issues a one-time sign-in link with its expiry in Tokyo time, which signs the person in once', async () => {
    await admin.get('/users');
    const issued = await admin.post(`/users/${h.userIds.supporterB}/sign-in-link`);
    expect(issued.text).toContain('有効期限: 2026年12月4日 10:00');
    const url = new URL(secretOf(issued.text));
    const person = consoleBrowser(h);
    expect((await person.get(url.pathname)).status).toBe(303);
    expect((await person.get('/')).text).toContain('テストsupporterBさん、こんにちは');
    expect((await consoleBrowser(h).get(url.pathname)).status).toBe(410);
  });

  it('refuses a form posted without the CSRF token, and nothing changes', async () => {
    const refused = await admin.postRaw(`/users/${h.userIds.supporter}/disabled`, { disabled: 'true' });
    expect(refused.status).toBe(403);
    expect((await h.as('supporter').get('/v1/me')).status).toBe(200);
    expect(await auditActions(h, h.userIds.supporter!)).toEqual([]);
  });

  it("is the city's alone: a coordinator or supporter gets the refusal page, as from the API", async () => {
    for (const role of ['coordinator', 'supporter'] as const) {
      const other = consoleBrowser(h);
      await other.signIn(h.tokens[role]!);
      for (const path of ['/users', '/audit']) {
        const refused = await other.get(path);
        expect(refused.status, `${role} ${path}`).toBe(403);
        expect(refused.text).toContain('lang="ja"');
      }
      expect((await other.get('/')).text).not.toContain('href="/users"');
    }
    expect((await admin.get('/')).text).toContain('href="/audit"');
  });
});

describe('console: the audit log page', () => {
  it('shows who did what, in Tokyo time, filtered by the record, the person and the action', async () => {
    await admin.get('/users');
    await admin.post(`/users/${h.userIds.supporterB}/disabled`, { disabled: 'true' });
    await admin.post(`/users/${h.userIds.supporterB}/disabled`, { disabled: 'false' });

    const byEntity = await admin.get(`/audit?entityId=${h.userIds.supporterB}`);
    expect(byEntity.status).toBe(200);
    expect(byEntity.text).toContain('2026年11月27日 10:00');
    expect(byEntity.text).toContain('<code>user.disable</code>');
    expect(byEntity.text.indexOf('<code>user.enable</code>')).toBeLessThan(byEntity.text.indexOf('<code>user.disable</code>'));

    const byAction = await admin.get(`/audit?action=user.enable&actorId=${h.userIds.admin}`);
    expect(byAction.text).toContain('<code>user.enable</code>');
    expect(byAction.text).not.toContain('<code>user.disable</code>');

    const none = await admin.get('/audit?actorId=usr_nobody');
    expect(none.text).toContain('条件に合う記録はありません');
  });

  it("pages through the log, newest first, and shows the schema's message beside a filter it refuses", async () => {
    await admin.get('/users');
    for (let i = 0; i < 52; i++) await admin.post(`/users/${h.userIds.supporterB}/disabled`, { disabled: i % 2 === 0 ? 'true' : 'false' });
    const first = await admin.get(`/audit?entityId=${h.userIds.supporterB}`);
    const next = /href="(\/audit\?[^"]+cursor=[^"]+)"/.exec(first.text)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toBeDefined();
    const second = await admin.get(next!);
    expect(second.status).toBe(200);
    // Newest first: the second page holds the two oldest changes, the first of which disabled.
    expect(second.text.match(/<li class="item/g)?.length).toBe(2);
    expect(second.text.lastIndexOf('<code>user.disable</code>')).toBeGreaterThan(second.text.indexOf('<code>user.enable</code>'));

    const refused = await admin.get(`/audit?action=${'x'.repeat(101)}`);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('id="f-action-error"');
  });
});
