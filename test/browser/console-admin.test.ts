/**
 * The city's pages in a real headless Chromium on the demo data: the admin disables a user whose
 * session is open in another browser, which then lands on the sign-in page; a new token and a
 * sign-in link are shown once; the audit log is filtered; axe-core and screenshots on every page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, startConsole, type ConsoleInBrowser } from '../support/browser';
import type { Harness } from '../support/harness';

describe.skipIf(!browserTestsRun)("the admin's console in a browser", () => {
  let h: Harness;
  let base: string;
  let browser: Browser;
  let running: ConsoleInBrowser;

  beforeAll(async () => {
    running = await startConsole('test-artifacts/console-admin');
    ({ h, base, browser } = running);
  }, 60_000);

  afterAll(async () => {
    await running?.close();
  });

  async function newPage(): Promise<Page> {
    return (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }

  it('disables a user whose open session then stops working, and shows tokens, links and the log', async () => {
    const person = await h
      .as('admin')
      .post('/v1/users', { name: 'とても長い名前の参加支援員さん・画面が崩れないことを確かめるための名前（架空）', role: 'supporter' });
    const link = await h.as('admin').post(`/v1/users/${person.body.id}/sign-in-link`);
    const theirs = await newPage();
    await theirs.goto(`${base}${new URL(link.body.url).pathname}`);
    await theirs.getByRole('link', { name: '参加者', exact: true }).first().click();
    expect(new URL(theirs.url()).pathname).toBe('/participants');

    const admin = await newPage();
    await admin.goto(base);
    await admin.getByLabel('トークン').fill(h.tokens.admin!);
    await admin.getByRole('button', { name: 'サインイン' }).click();
    await admin.getByRole('link', { name: '利用者', exact: true }).first().click();
    await running.check(admin, 'admin-users');

    await admin.getByRole('button', { name: `${person.body.name}を無効にする` }).click();
    expect(await admin.textContent('.notice')).toContain('を無効にしました');
    await running.check(admin, 'admin-users-disabled');

    await theirs.reload();
    expect(new URL(theirs.url()).pathname).toBe('/');
    expect(await theirs.textContent('h1')).toBe('サインイン');

    await admin.getByRole('button', { name: `${person.body.name}を有効に戻す` }).click();
    expect(await admin.textContent('.notice')).toContain('を有効に戻しました');
    await admin.getByRole('button', { name: `${person.body.name}のサインイン用リンクを発行` }).click();
    const url = await admin.inputValue('#secret');
    expect(url).toMatch(/\/sign-in\/.+/);
    expect(await admin.textContent('#secret-expiry')).toContain('有効期限: 2026年12月4日');
    await running.check(admin, 'admin-sign-in-link');
    await theirs.goto(url);
    expect(await theirs.textContent('h1')).toContain('さん、こんにちは');

    await admin.getByRole('link', { name: '利用者の一覧へ戻る' }).click();
    await admin.getByRole('button', { name: `${person.body.name}のトークンを再発行` }).click();
    expect(await admin.textContent('main')).toContain('二度と表示できません');
    await running.check(admin, 'admin-token');

    await admin.getByRole('link', { name: '利用者の一覧へ戻る' }).click();
    await admin.getByRole('textbox', { name: '名前（必須）' }).fill('受け入れ先を選び忘れた人（架空）');
    await admin.getByLabel('役割').selectOption('host');
    await admin.getByRole('button', { name: '追加してトークンを発行する' }).click();
    expect(await admin.textContent('#f-hostId-error')).toContain('受け入れ先');
    await running.check(admin, 'admin-users-invalid');

    await admin.getByRole('link', { name: '操作の記録' }).first().click();
    await running.check(admin, 'admin-audit');
    await admin.getByLabel('対象の id').fill(person.body.id);
    await admin.getByRole('button', { name: '絞り込む' }).click();
    const actions = await admin.locator('.audit .item-title code').allTextContents();
    expect(actions).toEqual(['user.token.rotate', 'user.signInLink', 'user.enable', 'user.disable', 'user.signInLink', 'user.create']);
    await running.check(admin, 'admin-audit-filtered');
  }, 120_000);
});
