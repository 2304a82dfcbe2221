import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

// axe walks every node; on a busy 2-core machine one page can take half a minute.
const AXE_TIMEOUT = 150_000;

let server: StaticServer;
let browser: Browser;

/** Serious and critical axe violations on the page (iframes included), as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

async function open(path: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  // AxeBuilder needs a page from an explicit context.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // The context goes with its page; the browser may already be closing it (afterAll), which is no error.
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  await page.goto(`${server.origin}/${path}`);
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  await page.waitForSelector('.dl-country', { state: 'attached' });
  return page;
}

beforeAll(async () => {
  if (!existsSync('dist/present.html')) throw new Error('Build first: npx vite build');
  server = await startStaticServer({ '/': 'dist', '/fixtures': 'tests/fixtures' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe finds no serious or critical accessibility problem', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`in the app, on its opening and on an event (${scheme})`, async () => {
      const page = await open('?story=fixtures/sample.story.json', scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Next event' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, AXE_TIMEOUT);

    it(`in the embed (${scheme})`, async () => {
      const page = await open('embed.html?story=/fixtures/sample.story.json#event=e3', scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, AXE_TIMEOUT);

    it(`in presentation mode: overview, an event and the recap (${scheme})`, async () => {
      const page = await open('present.html?story=/fixtures/sample.story.json', scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('PageDown');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('End');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, AXE_TIMEOUT);
  }

  it('in the authoring page: the input step, a long article kept out of the text box, and every tab of the review', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/author.html`);
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'input');
    expect(await seriousViolations(page)).toEqual([]);
    const seed = readFileSync('seeds/000_434d8e9a3390da3a.txt', 'utf8');
    await page.locator('input[type="file"]').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(`${seed}\n\n${'More of the same story. '.repeat(5_000)}`) });
    await page.waitForFunction(() => !(document.querySelector('.au-bigtext') as HTMLElement).hidden);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Article text').fill(seed);
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 60_000 });
    for (const tab of ['Events', 'Route', 'Export']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
    await context.close();
  }, AXE_TIMEOUT);

  it('on a host page that embeds the iframe, the custom element and the JS API together', async () => {
    const host = await startStaticServer({ '/dateline': 'dist', '/stories': 'tests/fixtures', '/': 'tests/browser/embedHost' });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${host.origin}/`);
      await page.waitForFunction(() => document.body.dataset['hostReady'] === 'yes' && document.querySelector<HTMLElement>('dateline-story')?.dataset['storyState'] === 'ready');
      await page.waitForSelector('#story .dl-country', { state: 'attached' });
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    } finally {
      await host.close();
    }
  }, AXE_TIMEOUT);

  it('in other languages: the embed in Russian and presentation mode in German', async () => {
    for (const path of ['embed.html?story=/fixtures/sample.story.json&lang=ru#event=e9', 'present.html?story=/fixtures/sample.story.json&lang=de']) {
      const page = await open(path);
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^(ru|de)$/);
      if (path.startsWith('present')) await page.keyboard.press('PageDown');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
  }, AXE_TIMEOUT);

  it('in the embed with a forced dark theme', async () => {
    const page = await open('embed.html?story=/fixtures/sample.story.json&theme=dark&event=e2');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, AXE_TIMEOUT);
});
