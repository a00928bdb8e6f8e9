/**
 * The console in a real headless Chromium over a real loopback server: what every browser test
 * file needs, so each says only what its people do. Skipped loudly when there is no Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../../src/domain/roles';
import { seedDemoIfEmpty } from '../../seed/load';
import { demoFitsCity } from '../../seed/demo/city';
import { CITY } from '../../src/config';
import { createHarness, TEST_NOW, type Harness } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(
    `\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk). The console was NOT tested in a browser. !!!\n`,
  );
} else if (!demoFitsCity()) {
  console.warn(
    `\n!!! BROWSER TESTS SKIPPED: they walk through the Nagareyama demo, which is seeded only under Nagareyama's settings (in force: ${CITY.name}). The console was NOT tested in a browser for this city. !!!\n`,
  );
}

/** Whether the browser tests run: they need Chromium, and the demo they walk through. */
export const browserTestsRun = hasChromium && demoFitsCity();

export type OpenConsole = { base: string; browser: Browser; close: () => Promise<void> };

/** Serves the harness's app on a loopback port and starts Chromium; screenshots go to `artifacts`. */
export async function openConsoleInBrowser(h: Harness, artifacts: string): Promise<OpenConsole> {
  const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  await mkdir(artifacts, { recursive: true });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** No serious or critical axe-core finding, and a screenshot at both widths without sideways scrolling. */
export async function checkPage(page: Page, artifacts: string, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artifacts}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A fresh database with the invented demo data, served and opened in Chromium, with staff made on demand. */
export async function startConsole(artifacts: string) {
  const h = await createHarness();
  await seedDemoIfEmpty(h.db, TEST_NOW);
  const opened = await openConsoleInBrowser(h, artifacts);

  /** A new user made through the API, signed in through a one-time link like a real one. */
  async function signedInPage(name: string, role: Exclude<Role, 'host'>): Promise<{ page: Page; userId: string }> {
    const user = await h.as('admin').post('/v1/users', { name, role });
    const link = await h.as('admin').post(`/v1/users/${user.body.id}/sign-in-link`);
    const page = await (await opened.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(`${opened.base}${new URL(link.body.url).pathname}`);
    return { page, userId: user.body.id };
  }

  return {
    h,
    base: opened.base,
    browser: opened.browser,
    signedInPage,
    check: (page: Page, name: string) => checkPage(page, artifacts, name),
    close: async () => {
      await opened.close();
      h.close();
    },
  };
}

export type ConsoleInBrowser = Awaited<ReturnType<typeof startConsole>>;
