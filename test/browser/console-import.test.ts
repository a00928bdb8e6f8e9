/**
 * Bringing the catalog in from Excel, in a real headless Chromium on the demo data: a supporter
 * chooses a file with problems and reads them beside their rows, chooses the right file, reads the
 * preview, imports it with one click; the catalog page's export downloads the CSV with its BOM.
 * axe-core and screenshots on every page.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, startConsole, type ConsoleInBrowser } from '../support/browser';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe.skipIf(!browserTestsRun)('catalog import in a browser', () => {
  let world: ConsoleInBrowser;

  beforeAll(async () => {
    world = await startConsole('test-artifacts/console-import');
  }, 60_000);
  afterAll(async () => world?.close());

  it('a supporter reads the problems of a file beside their rows, then previews and imports the right one', async () => {
    const { page } = await world.signedInPage('ブラウザ 取り込み担当（架空）', 'supporter');
    await page.getByRole('link', { name: '一覧表から取り込む', exact: true }).first().click();
    await world.check(page, 'import');

    await page.getByLabel('一覧表のファイル（CSV）').setInputFiles(fixture('catalog-errors.csv'));
    await page.getByRole('button', { name: /内容を確かめる/ }).click();
    expect(await page.textContent('h2#refused-title')).toBe('「catalog-errors.csv」は取り込めません');
    expect(await page.locator('.import-errors tbody tr').count()).toBe(10);
    expect(await page.locator('.import-errors tbody tr').nth(3).textContent()).toBe('3定員「定員」: 「３人」を数として読めません');
    await world.check(page, 'import-refused');

    await page.getByLabel('一覧表のファイル（CSV）').setInputFiles(fixture('catalog-sjis.csv'));
    await page.getByRole('button', { name: /内容を確かめる/ }).click();
    expect(await page.locator('.import-rows tbody tr').count()).toBe(4);
    expect(await page.textContent('.notice-info')).toContain('受け入れメニュー: 新規 4件・変更 0件・変更なし 0件');
    await world.check(page, 'import-preview');

    await page.getByRole('button', { name: 'この内容で取り込む' }).click();
    expect(await page.textContent('.notice-ok')).toContain('4行を取り込みました。');
    await world.check(page, 'import-done');

    await page.getByRole('link', { name: '受け入れメニューを探す', exact: true }).first().click();
    await page.getByLabel('キーワード').fill('ひだまり');
    await page.getByRole('button', { name: '検索' }).click();
    expect(await page.textContent('.list')).toContain('ひだまりの居場所');
    await page.context().close();
  }, 120_000);

  it('the catalog page’s export downloads the catalog as the spreadsheet Excel opens, BOM first', async () => {
    const { page } = await world.signedInPage('ブラウザ 書き出し担当（架空）', 'coordinator');
    await page.getByRole('link', { name: '受け入れメニューを探す', exact: true }).first().click();
    await world.check(page, 'catalog-with-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /一覧をダウンロード/ }).click()]);
    expect(download.suggestedFilename()).toBe('tsunagu-catalog.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('メニューID,独自ID,受け入れ先ID');
    await page.context().close();
  }, 120_000);
});
