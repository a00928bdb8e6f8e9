import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleBrowser } from '../support/console';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { makeParticipant } from '../support/participants';
import { anArea, labelOf, pointOf } from '../support/city';

let h: Harness;
const home = { area: anArea, ...pointOf(anArea) };
beforeAll(async () => {
  h = await createHarness();
  const host = await makeHost(h);
  await makeOpportunity(h, host.id, { step: 2, support: [] });
  for (const name of ['山田（架空）', '佐藤（架空）', '鈴木（架空）']) {
    await makeParticipant(h, 'supporter', {
      displayName: name,
      home,
      availability: [{ day: 'mon', start: '09:00', end: '12:00' }],
      needs: [],
    });
  }
});
afterAll(() => h.close());

async function as(token: string) {
  const browser = consoleBrowser(h);
  await browser.signIn(token);
  return browser;
}

describe('console: 資源開拓, the needs the catalog does not meet', () => {
  it('shows coordinators each group, a bar per binding constraint and the suggestion, with a CSV button', async () => {
    const browser = await as(h.tokens.coordinator!);
    const page = await browser.get('/unmet-needs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/unmet-needs"');
    expect(page.text).toContain(`${labelOf(anArea)}・平日午前・段階2（交流・軽い役割）・なし（3人）`);
    expect(page.text).toContain('時間が合わない 3');
    expect(page.text).toContain('月曜09:00〜12:00の回を設けると、3人が参加できます');
    expect(page.text).toContain('href="/unmet-needs.csv?threshold=3"');
    for (const name of ['山田', '佐藤', '鈴木']) expect(page.text).not.toContain(name);
  });

  it("downloads the same report as the API's CSV", async () => {
    const browser = await as(h.tokens.admin!);
    const csv = await browser.get('/unmet-needs.csv?threshold=3');
    const api = await h.app.request('/v1/reports/unmet-needs?format=csv', { headers: { authorization: `Bearer ${h.tokens.admin}` } });
    expect(csv.status).toBe(200);
    expect(csv.text).toBe(await api.text());
  });

  it('says what is wrong with a threshold that is not a count', async () => {
    const page = await (await as(h.tokens.coordinator!)).get('/unmet-needs?threshold=0');
    expect(page.status).toBe(400);
    expect(page.text).toContain('aria-invalid');
  });

  it('is not for supporters or hosts, and is not in their menus', async () => {
    const supporter = await as(h.tokens.supporter!);
    expect((await supporter.get('/unmet-needs')).status).toBe(403);
    expect((await supporter.get('/participants')).text).not.toContain('href="/unmet-needs"');
    const host = await as((await makeHostUser(h, (await makeHost(h, { name: '別の受け入れ先' })).id)).token);
    expect((await host.get('/unmet-needs.csv')).status).toBe(403);
  });
});
