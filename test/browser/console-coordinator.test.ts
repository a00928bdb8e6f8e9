/**
 * The coordinator's console (多機関協働) in a real headless Chromium on the demo data: the follow-up
 * list and a check-in that brings the overdue count down, the report and its CSV download, and a
 * support record marked shared that the host then reads. axe-core and screenshots on every page.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, startConsole, type ConsoleInBrowser } from '../support/browser';
import { makeHostUser } from '../support/factories';

describe.skipIf(!browserTestsRun)('coordinator console in a browser', () => {
  let world: ConsoleInBrowser;

  beforeAll(async () => {
    world = await startConsole('test-artifacts/console-coordinator');
  }, 60_000);
  afterAll(async () => world?.close());

  it('the coordinator records a check-in from the follow-up list and the overdue count drops', async () => {
    const { page } = await world.signedInPage('ブラウザ 協働担当（架空）', 'coordinator');
    await world.check(page, 'home');
    await page.getByRole('link', { name: 'フォローアップ', exact: true }).first().click();
    await world.check(page, 'follow-ups');
    const overdue = async () => Number((await page.locator('.count-overdue .count-value').textContent())!.replace('件', ''));
    const before = await overdue();
    expect(before).toBeGreaterThan(0);

    await page
      .locator('section:has(#state-overdue) .list .item')
      .first()
      .getByRole('link', { name: /確認した内容を記録する/ })
      .click();
    await world.check(page, 'check-in');
    await page.getByLabel('方法').selectOption('phone');
    await page.getByLabel('4 よい').check();
    await page.getByLabel('本人の声').fill('朝はつらいけれど、行けば気持ちが落ち着くと話していた');
    await page.getByLabel('体調').check();
    await page.getByLabel('次にすること').fill('2週間後にもう一度電話する');
    await page.getByRole('button', { name: '記録する' }).click();

    expect(await page.textContent('.notice')).toContain('のフォローアップを完了にしました');
    expect(await overdue()).toBe(before - 1);
    await world.check(page, 'follow-ups-after-check-in');
    await page.context().close();
  }, 120_000);

  it('the coordinator reads the report for a period and downloads its CSV, which starts with the BOM', async () => {
    const { page } = await world.signedInPage('ブラウザ 集計担当（架空）', 'coordinator');
    await page.getByRole('link', { name: '集計レポート', exact: true }).first().click();
    expect(await page.getByLabel('期間の初日').inputValue()).toBe('2026-04-01');
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    await world.check(page, 'report');

    await page.getByLabel('期間の初日').fill('2026-10-01');
    await page.getByRole('button', { name: 'この期間で集計する' }).click();
    expect(await page.getByLabel('期間の初日').inputValue()).toBe('2026-10-01');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSVをダウンロード/ }).click()]);
    expect(download.suggestedFilename()).toBe('tsunagu-summary-2026-10-01_2027-03-31.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('区分,指標,値');
    await page.context().close();
  }, 120_000);

  it('the coordinator writes a private support record, marks it shared, and the host then sees it', async () => {
    const { page } = await world.signedInPage('ブラウザ 支援担当（架空）', 'coordinator');
    await page.getByRole('link', { name: '受け入れ先の支援', exact: true }).first().click();
    await world.check(page, 'support-hosts');
    await page.locator('.list .item a').first().click();
    const hostId = new URL(page.url()).pathname.split('/').at(-1)!;
    const host = await makeHostUser(world.h, hostId);
    const seenByHost = async () =>
      (await world.h.as(host).get(`/v1/hosts/${hostId}/support-records?limit=100`)).body.items.map((r: { summary: string }) => r.summary);

    const summary = '受け入れの振り返りをした。次の方の受け入れ時期を相談（ブラウザテスト）';
    await page.getByLabel('種類').selectOption('feedback');
    await page.getByLabel('内容').fill(summary);
    expect(await page.getByLabel('受け入れ先にも見せる').isChecked()).toBe(false);
    await page.getByRole('button', { name: '記録する' }).click();
    expect(await page.textContent('.notice')).toContain('職員だけが読めます');
    expect(await seenByHost()).not.toContain(summary);
    await world.check(page, 'support-log');

    await page.locator('.support-record', { hasText: summary }).getByRole('button', { name: '受け入れ先にも見せる' }).click();
    expect(await page.textContent('.notice')).toContain('受け入れ先にも見せるようにしました');
    expect(await seenByHost()).toContain(summary);
    await world.check(page, 'support-log-shared');
    await page.context().close();
  }, 120_000);

  it('the admin has the same pages in the menu', async () => {
    const { page } = await world.signedInPage('ブラウザ 市の担当（架空）', 'admin');
    for (const name of ['フォローアップ', '受け入れ先の支援', '集計レポート']) {
      expect(await page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0);
    }
    await page.getByRole('link', { name: '集計レポート', exact: true }).first().click();
    expect(await page.textContent('h1')).toBe('集計レポート');
    await page.context().close();
  }, 60_000);
});
