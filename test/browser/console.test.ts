/**
 * The supporter's console in a real headless Chromium over a real loopback server, on a fresh
 * database with the invented demo data: the flow a supporter walks, axe-core on every page, a
 * keyboard-only proposal, and screenshots at 1280 and 375 px in test-artifacts/ (not committed).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, startConsole, type ConsoleInBrowser } from '../support/browser';
import type { Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { anotherArea } from '../support/city';

describe.skipIf(!browserTestsRun)('console in a browser', () => {
  let world: ConsoleInBrowser;
  let h: Harness;
  let base: string;

  beforeAll(async () => {
    world = await startConsole('test-artifacts/console');
    ({ h, base } = world);
  }, 60_000);

  afterAll(async () => world?.close());

  function supporterPage(name: string): Promise<{ page: Page; userId: string }> {
    return world.signedInPage(name, 'supporter');
  }

  function check(page: Page, name: string) {
    return world.check(page, name);
  }

  it('a supporter signs in by link, registers a participant, records consent, reads the matches and proposes', async () => {
    const { page } = await supporterPage('ブラウザ 支援員（架空）');
    expect(await page.textContent('h1')).toContain('ブラウザ 支援員（架空）さん');
    await check(page, 'home');

    await page.getByRole('link', { name: '参加者', exact: true }).first().click();
    await check(page, 'participants-empty');

    await page.getByRole('link', { name: '参加者を登録する' }).first().click();
    await check(page, 'participant-new');
    await page.getByLabel('呼び名').fill('ながいなまえのさんかしゃさん・とてもながいなまえでもこわれないことをたしかめる');
    await page.getByLabel('参加の段階').selectOption('3');
    await page.getByLabel('住まいの地区').selectOption(anotherArea);
    await page.getByLabel('バス').check();
    await page.getByLabel('移動にかけられる時間（分）').fill('60');
    const rows = page.locator('.slot');
    await rows.nth(0).getByLabel('曜日').selectOption('tue');
    await rows.nth(0).getByLabel('開始').selectOption('09:00');
    await rows.nth(0).getByLabel('終了').selectOption('17:00');
    await rows.nth(1).getByLabel('曜日').selectOption('thu');
    await rows.nth(1).getByLabel('開始').selectOption('09:00');
    await rows.nth(1).getByLabel('終了').selectOption('17:00');
    await page.getByLabel('興味のあること').fill('農作業、パソコン');
    await page.getByRole('button', { name: '保存する' }).click();
    expect(await page.textContent('.notice')).toContain('を登録しました');
    await check(page, 'participant');

    await page.getByLabel('同意を得た').check();
    await page.getByRole('button', { name: '同意を記録する' }).click();
    expect(await page.textContent('.notice')).toContain('同意を記録しました');

    await page.getByRole('link', { name: '受け入れメニューの候補を見る' }).click();
    await page.locator('details.near-misses summary').click();
    expect(await page.locator('details.near-misses').getAttribute('open')).not.toBeNull();
    expect(await page.locator('details.near-misses .reasons li').count()).toBeGreaterThan(0);
    await check(page, 'matches');

    const first = page.locator('.match').first();
    const title = (await first.locator('h3').textContent())!.replace(/^\d+\.\s*/, '');
    await first.getByRole('button', { name: /提案する/ }).click();
    expect(await page.textContent('.notice')).toContain(`「${title}」への提案を送りました`);
    await check(page, 'participant-proposed');

    await page.getByRole('link', { name: '受け入れメニューを探す' }).first().click();
    await page.getByLabel('キーワード').fill('のうさぎょう');
    await page.getByRole('button', { name: '検索' }).click();
    expect(await page.locator('.list .item').count()).toBeGreaterThan(0);
    await check(page, 'catalog');
    await page.context().close();
  }, 120_000);

  it('proposes from the matches page with the keyboard alone', async () => {
    const { page, userId } = await supporterPage('キーボード 支援員（架空）');
    const person = await makeParticipant(h, 'coordinator', {
      assignedTo: userId,
      home: { area: anotherArea },
      travel: { modes: ['walk', 'bicycle', 'bus', 'train'], maxMinutes: 60 },
      availability: [
        { day: 'tue', start: '09:00', end: '17:00' },
        { day: 'thu', start: '09:00', end: '17:00' },
      ],
      step: 3,
      interests: ['農作業'],
      needs: [],
    });
    await giveConsent(h, person.id);
    await page.goto(`${base}/participants/${person.id}/matches`);
    let focused = '';
    for (let presses = 0; presses < 60 && !focused.startsWith('提案する'); presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>("document.activeElement?.innerText ?? ''");
    }
    expect(focused).toMatch(/^提案する/);
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/participants/${person.id}`);
    expect(await page.textContent('.notice')).toContain('への提案を送りました');
    await page.context().close();
  }, 120_000);
});
