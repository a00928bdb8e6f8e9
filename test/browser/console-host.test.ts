/**
 * The host's console (受け入れ先) in a real headless Chromium, on a fresh database with the demo
 * data seeded 100 days ago (so every listing has gone stale): the host signs in by link, sees only
 * its own openings, sets an invalid time and reads the message beside it, fixes it, confirms a
 * stale listing, accepts a proposal and asks for help. axe-core and screenshots on every page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../seed/load';
import { checkPage, browserTestsRun, openConsoleInBrowser, type OpenConsole } from '../support/browser';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { mustAnswer } from '../support/must-answer';
import { giveConsent, makeParticipant } from '../support/participants';

const ARTIFACTS = 'test-artifacts/console-host';
const SEEDED_DAYS_AGO = 100;
const HOST_NAME = 'NPO法人ながれやま畑の会';

type Opening = { id: string; title: string; hostId: string; status: string; filled: number; capacity: number };

describe.skipIf(!browserTestsRun)('the host’s console in a browser', () => {
  let h: Harness;
  let opened: OpenConsole | undefined;
  let own: Opening[];
  let others: Opening[];

  beforeAll(async () => {
    h = await createHarness();
    await seedDemoIfEmpty(h.db, new Date(TEST_NOW.getTime() - SEEDED_DAYS_AGO * 86_400_000));
    const all = (await h.as('admin').get('/v1/opportunities?limit=200')).body.items as (Opening & { hostName: string })[];
    own = all.filter((o) => o.hostName === HOST_NAME);
    others = all.filter((o) => o.hostName !== HOST_NAME);
    opened = await openConsoleInBrowser(h, ARTIFACTS);
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
    h?.close();
  });

  const check = (page: Page, name: string) => checkPage(page, ARTIFACTS, name);

  /** The farm's new host user, signed in through a one-time link as a real one would be. */
  async function hostPage(): Promise<Page> {
    const user = mustAnswer(
      201,
      'host user',
      await h.as('admin').post('/v1/users', { name: '畑の会 受け入れ担当（架空）', role: 'host', hostId: own[0]!.hostId }),
    );
    const link = mustAnswer(201, 'sign-in link', await h.as('coordinator').post(`/v1/users/${user.id}/sign-in-link`));
    const page = await (await opened!.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${opened!.base}${new URL(link.url).pathname}`);
    return page;
  }

  it('signs in, sees only its own openings, fixes an invalid time, confirms a stale listing, accepts a proposal and asks for help', async () => {
    const target = own.find((o) => o.status === 'open' && o.filled < o.capacity)!;
    const person = await makeParticipant(h, 'supporter', {
      displayName: 'ハタケ・ノ・ナガイナマエノサンカシャサン・トテモナガイナマエデモコワレナイ',
    });
    await giveConsent(h, person.id);
    mustAnswer(201, 'propose', await h.as('supporter').post('/v1/placements', { participantId: person.id, opportunityId: target.id }));

    const page = await hostPage();
    expect(await page.textContent('h1')).toContain('畑の会 受け入れ担当（架空）さん');
    await check(page, 'home');

    await page.getByRole('link', { name: '受け入れメニュー', exact: true }).first().click();
    const titles = await page.locator('.opening h2').allTextContents();
    expect(titles.sort()).toEqual(own.map((o) => o.title).sort());
    for (const other of others) expect(titles).not.toContain(other.title);
    const staleBefore = await page.locator('.opening .stale').count();
    expect(staleBefore).toBe(own.length);
    await check(page, 'openings');

    await page.locator('.opening', { hasText: target.title }).getByRole('link', { name: '内容を変更する' }).click();
    await check(page, 'opening-edit');
    const row = page.locator('.slot').first();
    await row.getByLabel('開始').selectOption('12:00');
    await row.getByLabel('終了').selectOption('09:00');
    await page.getByRole('button', { name: '保存する' }).click();
    const message = page.locator('.slot.invalid .error').first();
    expect(await message.textContent()).toMatch(/^1行目: .*終了/);
    await check(page, 'opening-invalid-time');
    await page.locator('.slot').first().getByLabel('終了').selectOption('13:00');
    await page.getByRole('button', { name: '保存する' }).click();
    expect(await page.textContent('.notice')).toContain('の変更を保存しました');
    expect(await page.locator('.opening .stale').count()).toBe(staleBefore - 1);

    const quiet = page.locator('.opening', { has: page.locator('.stale') }).first();
    const quietTitle = (await quiet.locator('h2').textContent())!;
    await quiet.getByRole('button', { name: '内容に変更なし' }).click();
    expect(await page.textContent('.notice')).toContain(`「${quietTitle}」の内容に変更がないことを記録しました`);
    expect(await page.locator('.opening .stale').count()).toBe(staleBefore - 2);
    await check(page, 'openings-confirmed');

    await page.getByRole('link', { name: '提案への返事' }).first().click();
    await check(page, 'proposals');
    const proposal = page.locator('.person', { hasText: 'ハタケ・ノ・ナガイナマエ' });
    await proposal.getByRole('button', { name: '受け入れる' }).click();
    expect(await page.textContent('.notice')).toContain('の受け入れを決めました');
    expect(await page.locator('.person', { hasText: 'ハタケ・ノ・ナガイナマエ' }).count()).toBe(1);
    await check(page, 'people');

    await page.getByRole('link', { name: '相談したい' }).first().click();
    await check(page, 'consult');
    await page.getByLabel('内容').fill('新しく来る方に、最初の日は何をお願いすればよいか相談したいです');
    await page.getByRole('button', { name: '担当者に送る' }).click();
    expect(await page.textContent('.notice')).toContain('相談を送りました');
    await check(page, 'consult-sent');
    await page.context().close();
  }, 180_000);
});
