/**
 * The console in a real headless Chromium over a real loopback server, on a fresh database with
 * the invented demo data; shared by every browser test file.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../../src/domain/roles';
import { seedDemoIfEmpty } from '../../seed/load';
import { createHarness, TEST_NOW } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk). The console was NOT tested in a browser. !!!\n`);
}

/** The app on a loopback port, a browser, and where this file's screenshots go (test-artifacts/, not committed). */
export async function startConsole(artifacts: string) {
  const h = await createHarness();
  await seedDemoIfEmpty(h.db, TEST_NOW);
  const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  await mkdir(artifacts, { recursive: true });

  /** A new user made through the API, signed in through a one-time link like a real one. */
  async function signedInPage(name: string, role: Exclude<Role, 'host'>): Promise<{ page: Page; userId: string }> {
    const user = await h.as('admin').post('/v1/users', { name, role });
    const link = await h.as('admin').post(`/v1/users/${user.body.id}/sign-in-link`);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(`${base}${new URL(link.body.url).pathname}`);
    return { page, userId: user.body.id };
  }

  /** No serious or critical axe-core finding, and a screenshot at both widths without sideways scrolling. */
  async function check(page: Page, name: string) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${artifacts}/${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function close() {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    h.close();
  }

  return { h, base, browser, signedInPage, check, close };
}

export type ConsoleInBrowser = Awaited<ReturnType<typeof startConsole>>;
