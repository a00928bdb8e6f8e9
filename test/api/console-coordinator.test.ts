import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleBrowser, type ConsoleBrowser } from '../support/console';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { makeParticipant } from '../support/participants';
import { moveTo, placementWorld, propose } from '../support/placements';
import { addDays } from '../../src/domain/dates';
import { followUpState } from '../../src/domain/follow-up/state';
import { followUpDays } from '../support/city';

// TEST_NOW is 2026-11-27 (Tokyo).
const TODAY = '2026-11-27';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function signedIn(token: string) {
  const browser = consoleBrowser(h);
  await browser.signIn(token);
  return browser;
}

/** A placement that entered trial on `startedOn`, in supporter A's caseload. */
async function startedOn(startedOn: string) {
  const w = await placementWorld(h, { capacity: 10 });
  const p = await propose(h, w.participant.id, w.opening.id);
  await moveTo(h, p.id, 'accepted');
  await moveTo(h, p.id, 'trial', { at: `${startedOn}T09:00:00+09:00` });
  return { ...w, placementId: p.id };
}

/** The number a follow-up list shows at the top for one state. */
function countOf(html: string, state: 'overdue' | 'due' | 'upcoming'): number {
  const found = new RegExp(`count-${state}"><span class="count-label">[^<]*</span> <span class="count-value">(\\d+)件`).exec(html);
  if (!found) throw new Error(`no ${state} count on the page`);
  return Number(found[1]);
}

/** A GET whose bytes matter (a download): `text` would drop the BOM. */
async function download(browser: ConsoleBrowser, path: string) {
  const cookie = [...browser.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const res = await h.app.request(`http://localhost${path}`, { headers: { cookie } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe("console: the coordinator's follow-up work list", () => {
  it('lists overdue follow-ups first, then those due this week, then upcoming ones, each earliest first', async () => {
    const long = await startedOn('2026-10-18');
    await startedOn('2026-11-25');
    const page = await (await signedIn(h.tokens.coordinator!)).get('/follow-ups');
    expect(page.status).toBe(200);
    const at = (text: string) => page.text.indexOf(text);
    expect(at('id="state-overdue"')).toBeLessThan(at('id="state-due"'));
    expect(at('id="state-due"')).toBeLessThan(at('id="state-upcoming"'));
    const overdue = page.text.slice(at('id="state-overdue"'), at('id="state-due"'));
    const dates = [...overdue.matchAll(/期限 <strong>(\d{4}-\d{2}-\d{2})<\/strong>/g)].map((m) => m[1]);
    const planned = ['2026-10-18', '2026-11-25'].flatMap((start) => followUpDays.map((day) => addDays(start, day))).sort();
    const inState = (state: string) => planned.filter((date) => followUpState(date, TODAY) === state);
    expect(dates).toEqual(inState('overdue'));
    const due = page.text.slice(at('id="state-due"'), at('id="state-upcoming"'));
    for (const date of inState('due')) expect(due).toContain(date);
    for (const date of inState('upcoming')) expect(page.text.slice(at('id="state-upcoming"'))).toContain(date);
    expect(countOf(page.text, 'overdue')).toBe(inState('overdue').length);
    expect(page.text).toContain(`/follow-ups/${long.placementId}/check-in`);
  });

  it('records a check-in from the list; it completes the earliest overdue follow-up and the overdue count drops', async () => {
    const { placementId } = await startedOn('2026-10-01');
    const browser = await signedIn(h.tokens.coordinator!);
    const before = countOf((await browser.get('/follow-ups')).text, 'overdue');

    const form = await browser.get(`/follow-ups/${placementId}/check-in`);
    expect(form.text).toContain(`value="${TODAY}"`);
    const saved = await browser.follow(
      await browser.post(`/follow-ups/${placementId}/check-in`, {
        date: TODAY,
        channel: 'phone',
        'attendance.attended': '3',
        'attendance.planned': '4',
        wellbeing: '4',
        participantVoice: '朝がつらいが通えている',
        hostVoice: '',
        concerns: ['workload'],
        nextActions: '2週間後に電話する',
      }),
    );
    expect(saved.text).toContain(`「開始から${followUpDays[0]}日後」のフォローアップを完了にしました`);
    expect(countOf(saved.text, 'overdue')).toBe(before - 1);
    const checkIns = await h.as('coordinator').get(`/v1/placements/${placementId}/check-ins`);
    expect(checkIns.body.items).toMatchObject([
      { channel: 'phone', attendance: { attended: 3, planned: 4 }, wellbeing: 4, concerns: ['workload'] },
    ]);
  });

  it("shows the check-in schema's message beside the field and records nothing when the form is wrong", async () => {
    const { placementId } = await startedOn('2026-10-01');
    const browser = await signedIn(h.tokens.coordinator!);
    await browser.get(`/follow-ups/${placementId}/check-in`);
    const refused = await browser.post(`/follow-ups/${placementId}/check-in`, {
      date: TODAY,
      channel: 'visit',
      'attendance.attended': '5',
      'attendance.planned': '4',
      wellbeing: '',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('id="f-attendance-attended-error">出席した回数は、予定の回数以下にしてください');
    expect((await h.as('coordinator').get(`/v1/placements/${placementId}/check-ins`)).body.items).toEqual([]);
  });
});

describe('console: host support log', () => {
  it('records support privately by default, and marking it shared lets the host read it through the API', async () => {
    const host = await makeHost(h, { name: '流山テスト支援農園' });
    const hostCaller = await makeHostUser(h, host.id);
    const browser = await signedIn(h.tokens.coordinator!);
    const page = await browser.get(`/host-support/${host.id}`);
    expect(page.text).toContain('受け入れ先にも見せる');
    expect(page.text).not.toMatch(/name="sharedWithHost" value="on" checked/);

    const saved = await browser.follow(
      await browser.post(`/host-support/${host.id}`, { date: TODAY, type: 'training', summary: '声かけの研修をした' }),
    );
    expect(saved.text).toContain('記録しました（職員だけが読めます）');
    const seenByHost = async () =>
      (await h.as(hostCaller).get(`/v1/hosts/${host.id}/support-records`)).body.items.map((r: { summary: string }) => r.summary);
    expect(await seenByHost()).toEqual([]);

    const recordId = /\/records\/([^/]+)\/sharing/.exec(saved.text)![1];
    const shared = await browser.follow(
      await browser.post(`/host-support/${host.id}/records/${recordId}/sharing`, { sharedWithHost: 'true' }),
    );
    expect(shared.text).toContain('受け入れ先にも見せるようにしました');
    expect(shared.text).toContain('受け入れ先にも見せています');
    expect(await seenByHost()).toEqual(['声かけの研修をした']);
  });

  it("refuses a sharing change without the form's CSRF token, and nothing changes", async () => {
    const host = await makeHost(h, { name: '流山テスト支援商店' });
    const record = await h
      .as('coordinator')
      .post(`/v1/hosts/${host.id}/support-records`, { date: TODAY, type: 'consultation', summary: '相談' });
    const browser = await signedIn(h.tokens.coordinator!);
    const refused = await browser.postRaw(`/host-support/${host.id}/records/${record.body.id}/sharing`, { sharedWithHost: 'true' });
    expect(refused.status).toBe(403);
    expect((await h.as('coordinator').get(`/v1/hosts/${host.id}/support-records/${record.body.id}`)).body.sharedWithHost).toBe(false);
  });

  it('shows a supporter the records of a host except those about people outside their caseload', async () => {
    const host = await makeHost(h, { name: '流山テスト支援食堂' });
    const theirs = await makeParticipant(h, 'supporterB');
    await h.as('supporterB').post(`/v1/hosts/${host.id}/support-records`, {
      date: TODAY,
      type: 'incident',
      summary: '担当外の人についての記録',
      participantId: theirs.id,
    });
    await h
      .as('coordinator')
      .post(`/v1/hosts/${host.id}/support-records`, { date: TODAY, type: 'feedback', summary: '受け入れ全体のふりかえり' });
    const page = await (await signedIn(h.tokens.supporter!)).get(`/host-support/${host.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('受け入れ全体のふりかえり');
    expect(page.text).not.toContain('担当外の人についての記録');
  });
});

describe('console: summary report', () => {
  it('shows this fiscal year by default, with charts that say their numbers', async () => {
    const page = await (await signedIn(h.tokens.coordinator!)).get('/reports');
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="2026-04-01"');
    expect(page.text).toContain('value="2027-03-31"');
    expect(page.text).toMatch(/<svg role="img" aria-label="参加者の段階（いま）: 1 居場所 \d+/);
    // Hosts registered in the period are counted apart from those receiving people now: a new one
    // may still be preparing, so it is no share of the active count.
    const summary = (await h.as('coordinator').get('/v1/reports/summary?from=2026-04-01&to=2027-03-31')).body;
    expect(page.text).toContain(`受け入れ中の受け入れ先（いま）</dt><dd>${summary.hosts.active}か所</dd>`);
    expect(page.text).toContain(`期間中に新しく登録した受け入れ先</dt><dd>${summary.hosts.new}か所（準備中も含む）</dd>`);
  });

  it("downloads the report service's CSV for the period picked, starting with the BOM", async () => {
    const browser = await signedIn(h.tokens.coordinator!);
    const page = await browser.get('/reports?from=2026-10-01&to=2026-11-30');
    expect(page.text).toContain('href="/reports/summary.csv?from=2026-10-01&amp;to=2026-11-30"');
    const csv = await download(browser, '/reports/summary.csv?from=2026-10-01&to=2026-11-30');
    expect(csv.status).toBe(200);
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="tsunagu-summary-2026-10-01_2026-11-30.csv"');
    const api = await h.as('coordinator').get('/v1/reports/summary?from=2026-10-01&to=2026-11-30&format=csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(csv.bytes)).toBe(`\uFEFF${api.text.replace(/^\uFEFF/, '')}`);
  });

  it("shows the schema's message beside the dates when the period is backwards", async () => {
    const page = await (await signedIn(h.tokens.coordinator!)).get('/reports?from=2026-12-01&to=2026-10-01');
    expect(page.status).toBe(400);
    expect(page.text).toContain('id="f-from-error">期間の初日');
  });

  it('is not for supporters: the report service refuses them', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    expect((await browser.get('/reports')).status).toBe(403);
    expect((await download(browser, '/reports/summary.csv')).status).toBe(403);
  });
});
