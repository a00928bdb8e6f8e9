import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleBrowser, type ConsoleBrowser, type FormFields } from '../support/console';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { moveTo, propose } from '../support/placements';
import { staleListingDays } from '../support/city';

/**
 * The host's console pages (受け入れ先): its openings, proposals, the people it has taken in and
 * its requests for help, all through the same services as the API and nothing beyond the host's scope.
 */
const CANARY = 'CANARY';
const DAY_MS = 86_400_000;

let h: Harness;
let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const hostA = await makeHost(h, { name: '流山テスト農園', notes: `${CANARY}-host-a-staff-notes` });
  const hostB = await makeHost(h, { name: `${CANARY}-host-b-name`, notes: `${CANARY}-host-b-staff-notes` });
  const callerA = await makeHostUser(h, hostA.id);
  const callerB = await makeHostUser(h, hostB.id);
  const opening = await makeOpportunity(h, hostA.id, { title: '畑の手入れ（午前のみ）', capacity: 3 });
  h.clock.now = new Date(TEST_NOW.getTime() - (staleListingDays + 10) * DAY_MS);
  const quiet = await makeOpportunity(h, hostA.id, { title: '直売所の品出し', kind: 'volunteer' });
  h.clock.now = TEST_NOW;
  const other = await makeOpportunity(h, hostB.id, { title: `${CANARY}-host-b-opening`, description: `${CANARY}-host-b-description` });

  const secrets = (tag: string) => ({
    displayName: `ミドリ${tag}さん`,
    interests: [`${CANARY}-interest`],
    goals: `${CANARY}-goals`,
    referredBy: `${CANARY}-referredBy`,
    private: {
      name: `${CANARY}-name`,
      nameKana: `${CANARY}-kana`,
      phone: `${CANARY}-phone`,
      address: `${CANARY}-address`,
      notes: `${CANARY}-notes`,
    },
  });
  const person = await makeParticipant(h, 'supporter', secrets('A'));
  const second = await makeParticipant(h, 'supporter', secrets('B'));
  const running = await makeParticipant(h, 'supporter', secrets('C'));
  const elsewhere = await makeParticipant(h, 'supporter', secrets('D'));
  for (const p of [person, second, running, elsewhere]) await giveConsent(h, p.id);
  const proposal = await propose(h, person.id, opening.id, { note: `${CANARY}-placement-note` });
  const another = await propose(h, second.id, opening.id, { note: `${CANARY}-placement-note` });
  const started = await propose(h, running.id, opening.id);
  await moveTo(h, started.id, 'accepted', { note: `${CANARY}-transition-note` });
  await moveTo(h, started.id, 'trial', { at: '2026-11-01T09:00:00+09:00' });
  await h.as('supporter').post(`/v1/placements/${started.id}/check-ins`, {
    date: '2026-11-08',
    channel: 'visit',
    participantVoice: `${CANARY}-participantVoice`,
    nextActions: `${CANARY}-nextActions`,
  });
  const stranger = await propose(h, elsewhere.id, other.id, { note: `${CANARY}-placement-note` });

  await h
    .as('coordinator')
    .post(`/v1/hosts/${hostA.id}/support-records`, { date: '2026-11-20', type: 'incident', summary: `${CANARY}-unshared-staff-record` });
  await h.as('coordinator').post(`/v1/hosts/${hostA.id}/support-records`, {
    date: '2026-11-21',
    type: 'training',
    summary: '声かけの研修の資料をお送りします',
    sharedWithHost: true,
  });
  await h
    .as(callerB)
    .post(`/v1/hosts/${hostB.id}/support-records`, { date: '2026-11-22', type: 'consultation', summary: `${CANARY}-host-b-request` });
  return { hostA, hostB, callerA, callerB, opening, quiet, other, person, proposal, another, started, stranger };
}

beforeAll(async () => {
  h = await createHarness();
  w = await world();
});
afterAll(() => h.close());

async function hostBrowser(caller: { token: string }): Promise<ConsoleBrowser> {
  const browser = consoleBrowser(h);
  await browser.signIn(caller.token);
  return browser;
}

/** The edit form as the host leaves it, with `overrides` typed over it. */
function editForm(version: number, overrides: FormFields = {}): FormFields {
  return {
    version: String(version),
    title: '畑の手入れ（午前のみ）',
    description: '季節の野菜の手入れ',
    capacity: '3',
    status: 'open',
    'schedule.0.day': 'tue',
    'schedule.0.start': '09:00',
    'schedule.0.end': '12:00',
    'schedule.1.day': '',
    'schedule.1.start': '',
    'schedule.1.end': '',
    support: ['trial_visit', 'accompaniment'],
    'environment.groupSize': 'small',
    'environment.conversation': 'little',
    ...overrides,
  };
}

describe('console: the host sees only its own', () => {
  it('lists its own openings with seats used / total, status and a stale badge, and nobody else’s', async () => {
    const browser = await hostBrowser(w.callerA);
    const page = await browser.get('/openings');
    expect(page.status).toBe(200);
    expect(page.text).toContain('畑の手入れ（午前のみ）');
    expect(page.text).toContain('直売所の品出し');
    expect(page.text).not.toContain('host-b');
    expect(page.text).toMatch(/利用中 <strong>1<\/strong> \/ 定員 3人/);
    expect(page.text).toContain('募集中');
    expect(page.text.match(new RegExp(`${staleListingDays}日以上確認されていません`, 'g'))).toHaveLength(1);
  });

  it('answers another host’s opening or proposal with a Japanese 404 page carrying the request id, and changes nothing', async () => {
    const browser = await hostBrowser(w.callerA);
    const edit = await browser.get(`/openings/${w.other.id}`);
    expect(edit.status).toBe(404);
    expect(edit.text).toContain('見つかりません');
    expect(edit.text).toMatch(/class="request-id">[^<]+</);
    await browser.get('/openings');
    const results = [
      await browser.post(`/openings/${w.other.id}`, editForm(1, { title: '乗っ取り' })),
      await browser.post(`/openings/${w.other.id}/confirm`),
      await browser.post(`/proposals/${w.stranger.id}/accept`),
      await browser.post(`/proposals/${w.stranger.id}/decline`, { [`${w.stranger.id}.reason`]: 'not_a_fit' }),
    ];
    expect(results.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect((await h.as('admin').get(`/v1/opportunities/${w.other.id}`)).body).toMatchObject({ version: 1, confirmedAt: null });
    expect((await h.as('admin').get(`/v1/placements/${w.stranger.id}`)).body.status).toBe('proposed');
    expect((await browser.get('/proposals')).text).not.toContain('ミドリDさん');
  });

  it('keeps staff out of the host’s pages: they have their own', async () => {
    const browser = consoleBrowser(h);
    await browser.signIn(h.tokens.coordinator!);
    expect((await browser.get('/openings')).status).toBe(404);
  });
});

describe('console: the host edits an opening', () => {
  it('shows the API’s message beside the schedule row whose end is before its start, changes nothing, then saves the fix', async () => {
    const browser = await hostBrowser(w.callerA);
    const before = (await h.as('admin').get(`/v1/opportunities/${w.opening.id}`)).body;
    await browser.get(`/openings/${w.opening.id}`);
    const refused = await browser.post(
      `/openings/${w.opening.id}`,
      editForm(before.version, { 'schedule.0.start': '12:00', 'schedule.0.end': '09:00' }),
    );
    expect(refused.status).toBe(400);
    const row = refused.text.match(/<li class="slot invalid">([\s\S]*?)<\/li>/)?.[1] ?? '';
    expect(row).toContain('1行目:');
    expect(row).toMatch(/終了/);
    expect(row).toContain('value="12:00" selected');
    expect((await h.as('admin').get(`/v1/opportunities/${w.opening.id}`)).body.version).toBe(before.version);

    const saved = await browser.follow(
      await browser.post(
        `/openings/${w.opening.id}`,
        editForm(before.version, {
          'schedule.0.start': '09:00',
          'schedule.0.end': '12:30',
          capacity: '4',
          description: '午前中、ゆっくり野菜の手入れをします',
        }),
      ),
    );
    expect(saved.text).toContain('「畑の手入れ（午前のみ）」の変更を保存しました');
    const after = (await h.as('admin').get(`/v1/opportunities/${w.opening.id}`)).body;
    expect(after).toMatchObject({
      capacity: 4,
      schedule: [{ day: 'tue', start: '09:00', end: '12:30' }],
      description: '午前中、ゆっくり野菜の手入れをします',
      version: before.version + 1,
    });
  });

  it('puts the capacity refusal beside the capacity field', async () => {
    const browser = await hostBrowser(w.callerA);
    const current = (await h.as('admin').get(`/v1/opportunities/${w.opening.id}`)).body;
    await browser.get(`/openings/${w.opening.id}`);
    const refused = await browser.post(`/openings/${w.opening.id}`, editForm(current.version, { capacity: '0' }));
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/<span class="error" id="f-capacity-error">いま1人分の席が使われているため/);
  });

  it('confirms a stale listing in one click: the badge goes and the API no longer calls it stale', async () => {
    const browser = await hostBrowser(w.callerA);
    await browser.get('/openings');
    const done = await browser.follow(await browser.post(`/openings/${w.quiet.id}/confirm`));
    expect(done.text).toContain('「直売所の品出し」の内容に変更がないことを記録しました');
    expect(done.text).not.toContain(`${staleListingDays}日以上確認されていません`);
    expect((await h.as('admin').get(`/v1/opportunities/${w.quiet.id}`)).body).toMatchObject({
      stale: false,
      confirmedAt: expect.any(String),
    });
  });

  it('refuses a confirmation without the CSRF token and changes nothing', async () => {
    const browser = await hostBrowser(w.callerA);
    const before = (await h.as('admin').get(`/v1/opportunities/${w.opening.id}`)).body;
    const refused = await browser.postRaw(`/openings/${w.opening.id}/confirm`, {});
    expect(refused.status).toBe(403);
    expect((await h.as('admin').get(`/v1/opportunities/${w.opening.id}`)).body.version).toBe(before.version);
  });
});

describe('console: the host answers proposals', () => {
  it('declines only with a reason from the list, shown beside the reason field, and accepts in one click', async () => {
    const browser = await hostBrowser(w.callerA);
    const list = await browser.get('/proposals');
    expect(list.text).toContain('ミドリAさん');
    expect(list.text).toContain('同行支援');
    expect(list.text).toContain('本人が辞退');

    const field = `${w.another.id}.reason`;
    const noReason = await browser.post(`/proposals/${w.another.id}/decline`, { [field]: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain(`id="f-${w.another.id}-reason-error">「見送り」にするときは理由を選んでください`);
    expect((await h.as('admin').get(`/v1/placements/${w.another.id}`)).body.status).toBe('proposed');

    const declined = await browser.follow(await browser.post(`/proposals/${w.another.id}/decline`, { [field]: 'no_capacity' }));
    expect(declined.text).toContain('提案を見送りました');
    expect((await h.as('admin').get(`/v1/placements/${w.another.id}`)).body).toMatchObject({
      status: 'declined',
      closeReason: 'no_capacity',
    });

    const accepted = await browser.follow(await browser.post(`/proposals/${w.proposal.id}/accept`));
    expect(accepted.text).toContain('ミドリAさんの受け入れを決めました');
    expect(accepted.text).toContain('受け入れている人');
    expect((await h.as('admin').get(`/v1/placements/${w.proposal.id}`)).body.status).toBe('accepted');
    expect((await browser.get('/proposals')).text).toContain('返事を待っている提案はありません');
  });

  it('says why an acceptance was refused when no seat is left, and the proposal stays open', async () => {
    const small = await makeOpportunity(h, w.hostA.id, { title: '一人だけの枠', capacity: 1 });
    const first = await makeParticipant(h, 'supporter');
    const late = await makeParticipant(h, 'supporter');
    for (const p of [first, late]) await giveConsent(h, p.id);
    await moveTo(h, (await propose(h, first.id, small.id)).id, 'accepted');
    const waiting = await propose(h, late.id, small.id);
    const browser = await hostBrowser(w.callerA);
    await browser.get('/proposals');
    const refused = await browser.follow(await browser.post(`/proposals/${waiting.id}/accept`));
    expect(refused.text).toContain('受け入れを決められませんでした: この受け入れメニューには空きがありません');
    expect((await h.as('admin').get(`/v1/placements/${waiting.id}`)).body.status).toBe('proposed');
  });

  it('lists the people taken in through the minimal host view', async () => {
    const page = await (await hostBrowser(w.callerA)).get('/people');
    expect(page.text).toContain('ミドリCさん');
    expect(page.text).toContain('お試し参加中');
    expect(page.text).toContain('2026-11-01');
  });
});

describe('console: the host asks the team for help (相談したい)', () => {
  it('sends a request that staff see as needing an answer, and shows it with the records staff shared', async () => {
    const browser = await hostBrowser(w.callerA);
    expect((await browser.get('/consult')).text).toContain('<form method="post" action="/consult"');
    const empty = await browser.post('/consult', { type: 'consultation', summary: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/id="f-summary-error"/);

    const sent = await browser.follow(
      await browser.post('/consult', { type: 'consultation', summary: '来週の火曜は畑が休みです。どう伝えればよいですか' }),
    );
    expect(sent.text).toContain('相談を送りました');
    expect(sent.text).toContain('来週の火曜は畑が休みです');
    expect(sent.text).toContain('声かけの研修の資料をお送りします');
    const staffView = (await h.as('coordinator').get(`/v1/hosts/${w.hostA.id}/support-records`)).body.items;
    expect(staffView[0]).toMatchObject({ date: '2026-11-27', type: 'consultation', followUpNeeded: true, sharedWithHost: false });
  });
});

describe('console: nothing sensitive reaches a host’s pages', () => {
  it('finds no canary on any page a host can reach by following its links, nor on another host’s ids', async () => {
    const browser = await hostBrowser(w.callerA);
    const seen = new Map<string, string>();
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const page = await browser.get(path);
      expect(page.status, path).toBe(200);
      seen.set(path, page.text);
      for (const [, href] of page.text.matchAll(/href="(\/[^"#]*)"/g)) if (!seen.has(href!) && href !== '/console.css') queue.push(href!);
    }
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining(['/openings', `/openings/${w.opening.id}`, '/proposals', '/people', '/consult']),
    );
    for (const path of [`/openings/${w.other.id}`, `/openings/${w.started.id}`]) seen.set(path, (await browser.get(path)).text);
    for (const [path, text] of seen) expect(text, path).not.toContain(CANARY);
  });
});
