/**
 * What every console browser test needs: Debian's Chromium (skipped loudly when absent), the app
 * on a loopback port over a fresh database with the demo data, and the one check each page gets.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { seedDemoIfEmpty } from '../../seed/load';
import { createHarness, TEST_NOW, type Harness } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts/console';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk). The console was NOT tested in a browser. !!!\n`);
}

export type ConsoleServer = { h: Harness; base: string; browser: Browser; close: () => Promise<void> };

/** A fresh database with the invented demo data, served on 127.0.0.1, and a headless Chromium. */
export async function startConsoleServer(): Promise<ConsoleServer> {
  const h = await createHarness();
  await seedDemoIfEmpty(h.db, TEST_NOW);
  const server: ServerType = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    h, base, browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      h.close();
    },
  };
}

/** No serious or critical axe-core finding, and a screenshot at both widths without sideways scrolling. */
export async function checkPage(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
