/**
 * 資源開拓 in a real headless Chromium on the demo data: the coordinator opens the page from the
 * menu, reads the groups, their bars and suggestions, and downloads the CSV. axe-core and
 * screenshots at 1280 and 375 px.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, startConsole, type ConsoleInBrowser } from '../support/browser';

describe.skipIf(!browserTestsRun)('資源開拓 in a browser', () => {
  let world: ConsoleInBrowser;

  beforeAll(async () => {
    world = await startConsole('test-artifacts/console-unmet-needs');
  }, 60_000);
  afterAll(async () => world?.close());

  it('the coordinator reads the groups, what keeps them out and what to ask, and downloads the CSV', async () => {
    const { page } = await world.signedInPage('ブラウザ 資源開拓担当（架空）', 'coordinator');
    await page.getByRole('link', { name: '資源開拓', exact: true }).first().click();
    expect(await page.locator('.unmet-group').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.unmet-group svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.suggestion').first().textContent()).toContain('人が参加できます');
    await world.check(page, 'unmet-needs');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSVをダウンロード/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tsunagu-unmet-needs-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('地域,参加できる時間帯,段階,必要な支援,人数');
    await page.context().close();
  }, 120_000);
});
