import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSessions } from '../../src/db/schema';
import { sha256Hex } from '../../src/lib/ids';
import { consoleBrowser, type FormFields } from '../support/console';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { makeParticipant } from '../support/participants';
import { anArea, pointOf } from '../support/city';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const HOUR_MS = 60 * 60 * 1000;

/** The registration form as a supporter fills it in: availability as rows, not JSON. */
function registration(overrides: FormFields = {}): FormFields {
  return {
    displayName: 'Bさん',
    age: '29',
    gender: 'female',
    step: '2',
    'home.area': anArea,
    'travel.modes': ['walk', 'bicycle'],
    'travel.maxMinutes': '40',
    'availability.0.day': 'tue',
    'availability.0.start': '09:00',
    'availability.0.end': '13:00',
    'availability.1.day': '',
    'availability.1.start': '',
    'availability.1.end': '',
    interests: '土いじり、パソコン',
    'limits.maxGroupSize': 'small',
    'limits.maxConversation': 'little',
    goals: '',
    referredBy: '地域包括支援センター',
    'private.name': '流山 次郎（架空）',
    ...overrides,
  };
}

async function signedIn(token: string) {
  const browser = consoleBrowser(h);
  await browser.signIn(token);
  return browser;
}

describe('console: signing in', () => {
  it('shows a Japanese sign-in page at / when there is no session', async () => {
    const page = await consoleBrowser(h).get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ja">');
    expect(page.text).toContain('トークン');
  });

  it('turns a token typed once into a session cookie: HttpOnly, SameSite=Strict, Path=/, Secure only over HTTPS', async () => {
    const plain = consoleBrowser(h);
    await plain.get('/');
    const res = await plain.post('/sign-in', { token: h.tokens.supporter! });
    expect(res.status).toBe(303);
    const cookie = res.setCookie.split('\n').find((line) => line.startsWith('tsunagu_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const overHttps = consoleBrowser(h, 'https://localhost');
    await overHttps.get('/');
    const secure = await overHttps.post('/sign-in', { token: h.tokens.supporter! });
    expect(secure.setCookie).toMatch(/tsunagu_session=[^\n]*Secure/);
  });

  it('answers a wrong token in Japanese without saying what was wrong, and starts no session', async () => {
    const browser = consoleBrowser(h);
    await browser.get('/');
    const res = await browser.post('/sign-in', { token: 'not-a-token' });
    expect(res.status).toBe(401);
    expect(res.text).toContain('サインインできませんでした');
    expect(browser.jar.has('tsunagu_session')).toBe(false);
  });

  it('stores only the SHA-256 of the session id', async () => {
    const browser = await signedIn(h.tokens.coordinator!);
    const id = browser.jar.get('tsunagu_session')!;
    const rows = await h.db
      .select()
      .from(consoleSessions)
      .where(eq(consoleSessions.idHash, await sha256Hex(id)));
    expect(rows).toHaveLength(1);
    expect(await h.db.select().from(consoleSessions).where(eq(consoleSessions.idHash, id))).toHaveLength(0);
  });

  it('ends a session after 12 hours without a request, and keeps one that is used', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    try {
      h.clock.now = new Date(TEST_NOW.getTime() + 11 * HOUR_MS);
      expect((await browser.get('/participants')).status).toBe(200);
      h.clock.now = new Date(TEST_NOW.getTime() + 22 * HOUR_MS);
      expect((await browser.get('/participants')).status).toBe(200);
      h.clock.now = new Date(TEST_NOW.getTime() + 34 * HOUR_MS + 1000);
      const expired = await browser.get('/participants');
      expect(expired.status).toBe(303);
      expect(expired.location).toBe('/');
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('signs out on the server: the old cookie no longer opens any page', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    const cookie = browser.jar.get('tsunagu_session')!;
    await browser.get('/');
    const out = await browser.post('/sign-out');
    expect(out.status).toBe(200);
    expect(out.text).toContain('サインイン');
    const replay = consoleBrowser(h);
    replay.jar.set('tsunagu_session', cookie);
    expect((await replay.get('/participants')).status).toBe(303);
  });
});

describe('console: CSRF and the API boundary', () => {
  it('refuses a form post without the CSRF token with a Japanese 403 page carrying the request id, and creates nothing', async () => {
    const browser = await signedIn(h.tokens.supporterB!);
    const before = await h.as('supporterB').get('/v1/participants');
    const missing = await browser.postRaw('/participants/new', registration());
    expect(missing.status).toBe(403);
    expect(missing.text).toContain('この操作は許可されていません');
    expect(missing.text).toMatch(/class="request-id">[^<]+</);
    const wrong = await browser.postRaw('/participants/new', { ...registration(), _csrf: 'tsn_forged' });
    expect(wrong.status).toBe(403);
    expect((await h.as('supporterB').get('/v1/participants')).body.items).toHaveLength(before.body.items.length);
  });

  it("refuses a sign-in form that did not come from this browser's sign-in page", async () => {
    const browser = consoleBrowser(h);
    const forged = await browser.postRaw('/sign-in', { token: h.tokens.supporter!, _csrf: 'tsn_forged' });
    expect(forged.status).toBe(403);
    expect(browser.jar.has('tsunagu_session')).toBe(false);
  });

  it('ignores the session cookie on /v1: bearer tokens only', async () => {
    const browser = await signedIn(h.tokens.admin!);
    const res = await h.app.request('/v1/me', { headers: { cookie: `tsunagu_session=${browser.jar.get('tsunagu_session')}` } });
    expect(res.status).toBe(401);
  });
});

describe('console: the role decides the menu', () => {
  it('gives a supporter the participants and the catalog', async () => {
    const home = await (await signedIn(h.tokens.supporter!)).get('/');
    expect(home.text).toContain('href="/participants"');
    expect(home.text).toContain('href="/catalog"');
    expect(home.text).toContain('参加支援員');
  });

  it('gives a host no casework, and no casework page opens for it', async () => {
    const host = await makeHost(h);
    const browser = await signedIn((await makeHostUser(h, host.id)).token);
    const home = await browser.get('/');
    expect(home.text).not.toContain('href="/participants"');
    const refused = await browser.get('/participants');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('この役割ではこの操作はできません');
  });
});

describe('console: a supporter works a case through the pages', () => {
  it('registers a participant from the form, with the availability rows read as slots, and confirms it', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    await browser.get('/participants/new');
    const saved = await browser.post('/participants/new', registration());
    expect(saved.status).toBe(303);
    const page = await browser.follow(saved);
    expect(page.text).toMatch(/Bさん（P-\d{4}）を登録しました/);
    const id = saved.location!.split('/').at(-1)!;
    const stored = (await h.as('supporter').get(`/v1/participants/${id}`)).body;
    expect(stored.availability).toEqual([{ day: 'tue', start: '09:00', end: '13:00' }]);
    expect(stored.interests).toEqual(['土いじり', 'パソコン']);
    expect(stored.private.name).toBe('流山 次郎（架空）');
  });

  it("shows the shared schema's message beside the slot that is wrong, and keeps what was typed", async () => {
    const browser = await signedIn(h.tokens.supporter!);
    await browser.get('/participants/new');
    const res = await browser.post(
      '/participants/new',
      registration({ 'availability.0.start': '13:00', 'availability.0.end': '09:00', displayName: '' }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('1行目:');
    expect(res.text).toMatch(/id="f-displayName-error"/);
    expect(res.text).toContain('<option value="13:00" selected="">');
  });

  it('edits a participant through the same form, and refuses a change made on a stale page', async () => {
    const p = await makeParticipant(h, 'supporter', { displayName: '編集前さん' });
    const browser = await signedIn(h.tokens.supporter!);
    const form = await browser.get(`/participants/${p.id}/edit`);
    expect(form.text).toContain('value="編集前さん"');
    expect(form.text).toContain('<option value="tue" selected="">');
    const edited = await browser.post(
      `/participants/${p.id}/edit`,
      registration({ displayName: '編集後さん', version: String(p.version) }),
    );
    expect(edited.status).toBe(303);
    expect((await browser.follow(edited)).text).toContain('編集後さんの内容を保存しました');
    await browser.get(`/participants/${p.id}/edit`);
    const stale = await browser.post(
      `/participants/${p.id}/edit`,
      registration({ displayName: '古い画面から', version: String(p.version) }),
    );
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('ほかの人が先に更新しました');
    expect((await h.as('supporter').get(`/v1/participants/${p.id}`)).body.displayName).toBe('編集後さん');
  });

  it("finds participants by code or display name, only in the caller's caseload", async () => {
    const mine = await makeParticipant(h, 'supporter', { displayName: 'さがす太郎さん' });
    await makeParticipant(h, 'supporterB', { displayName: 'さがす次郎さん' });
    const browser = await signedIn(h.tokens.supporter!);
    const byName = await browser.get(`/participants?q=${encodeURIComponent('さがす')}`);
    expect(byName.text).toContain('さがす太郎さん');
    expect(byName.text).not.toContain('さがす次郎さん');
    const byCode = await browser.get(`/participants?q=${mine.code.toLowerCase()}`);
    expect(byCode.text).toContain('さがす太郎さん');
    const none = await browser.get(`/participants?q=${encodeURIComponent('いない人')}`);
    expect(none.text).toContain('条件に合う参加者はいません');
  });

  it('records consent, opens the matches with reasons and near misses, and proposes with one click', async () => {
    const host = await makeHost(h);
    const fits = await makeOpportunity(h, host.id, { title: '畑の手入れ（火曜午前）', step: 2 });
    await makeOpportunity(h, host.id, { title: '夜の倉庫作業', schedule: [{ day: 'fri', start: '19:00', end: '22:00' }] });
    const p = await makeParticipant(h, 'supporter', { home: { area: anArea, ...pointOf(anArea) } });
    const browser = await signedIn(h.tokens.supporter!);

    const before = await browser.get(`/participants/${p.id}/matches`);
    expect(before.text).toContain('本人の同意が記録されていないため');
    expect(before.text).toMatch(/<button type="submit" disabled=""/);

    await browser.get(`/participants/${p.id}`);
    const consent = await browser.follow(await browser.post(`/participants/${p.id}/consent`, { status: 'given', scope: '見学の調整' }));
    expect(consent.text).toContain('同意を記録しました');

    const matches = await browser.get(`/participants/${p.id}/matches`);
    // The name is written as staff call the person (Aさん): the page adds no second honorific.
    expect(matches.text).toContain(`<h1>${p.displayName}の候補</h1>`);
    expect(matches.text).not.toContain(`${p.displayName}さん`);
    expect(matches.text).toContain('畑の手入れ（火曜午前）');
    expect(matches.text).toContain('適合度');
    expect(matches.text).toContain('なぜ候補にならないか');
    expect(matches.text).toContain('時間が合わない');
    const onlyOnline = await browser.get(`/participants/${p.id}/matches?online=on`);
    expect(onlyOnline.text).not.toContain('畑の手入れ（火曜午前）');

    await browser.get(`/participants/${p.id}/matches`);
    const proposed = await browser.post(`/participants/${p.id}/proposals`, { opportunityId: fits.id });
    expect(proposed.status).toBe(303);
    expect((await browser.follow(proposed)).text).toContain('「畑の手入れ（火曜午前）」への提案を送りました');
    const placements = await h.as('supporter').get(`/v1/placements?participantId=${p.id}`);
    expect(placements.body.items).toEqual([expect.objectContaining({ opportunityId: fits.id, status: 'proposed' })]);
  });

  it('shows the matches page without reading, or auditing a read of, the private fields it never shows', async () => {
    const p = await makeParticipant(h, 'supporter', { home: { area: anArea, ...pointOf(anArea) } });
    const browser = await signedIn(h.tokens.supporter!);
    const matches = await browser.get(`/participants/${p.id}/matches`);
    expect(matches.status).toBe(200);
    const audit = await h.as('admin').get(`/v1/audit-events?entityId=${p.id}&action=participant.private.read`);
    expect(audit.body.items).toEqual([]);
  });

  it("searches the catalog with the API's search", async () => {
    const host = await makeHost(h);
    await makeOpportunity(h, host.id, { title: 'パソコン入力の手伝い', tags: ['パソコン'] });
    const browser = await signedIn(h.tokens.supporter!);
    const found = await browser.get(`/catalog?q=${encodeURIComponent('ぱそこん')}`);
    expect(found.text).toContain('パソコン入力の手伝い');
    const tooLong = await browser.get(`/catalog?q=${'あ'.repeat(201)}`);
    expect(tooLong.status).toBe(400);
  });
});
