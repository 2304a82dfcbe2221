import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('Build first: npx vite build');
  server = await startStaticServer({ '/': 'dist', '/fixtures': 'tests/fixtures' });
  browser = await launchChromium();
  mkdirSync('/tmp/shots', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the print stylesheet', () => {
  for (const path of ['?story=fixtures/sample.story.json#event=e3', 'embed.html?story=/fixtures/sample.story.json#event=e3']) {
    it(`prints the map and every event, without the controls (${path.split('?')[0] || 'app'})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.goto(`${server.origin}/${path}`);
      await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.dl-controls').isVisible()).toBe(false);
      expect(await page.locator('.dl-map').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(300);
      const items = page.locator('ol.dl-events__list > li');
      const count = await items.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) expect(await items.nth(i).isVisible()).toBe(true);
      // Nothing is cut off: the page grows to hold the whole list.
      const cut = await page.evaluate(() => {
        const last = [...document.querySelectorAll('ol.dl-events__list > li')].pop();
        return last ? last.getBoundingClientRect().bottom > document.documentElement.scrollHeight + 1 : true;
      });
      expect(cut).toBe(false);
      await page.screenshot({ path: `/tmp/shots/print-${path.startsWith('embed') ? 'embed' : 'app'}.png`, fullPage: true });
      await page.close();
    });
  }
});
