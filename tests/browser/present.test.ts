import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { events: Array<{ id: string }>; places: unknown[]; meta: { title: string } };
const URL_PATH = 'present.html?story=/fixtures/sample.story.json';

let server: StaticServer;
let browser: Browser;
const opened: Array<{ page: Page; requests: string[]; errors: string[] }> = [];

async function open(query = '', viewport = { width: 1280, height: 800 }, fakeClock = false): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  const entry = { page, requests: [] as string[], errors: [] as string[] };
  page.on('request', (r) => entry.requests.push(r.url()));
  page.on('pageerror', (e) => entry.errors.push(e.message));
  opened.push(entry);
  if (fakeClock) await page.clock.install();
  await page.goto(`${server.origin}/${URL_PATH}${query}`);
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  return page;
}

const step = (page: Page): Promise<string> => page.evaluate(() => document.body.dataset['step'] ?? '');

beforeAll(async () => {
  if (!existsSync('dist/present.html')) throw new Error('Build first: npx vite build');
  server = await startStaticServer({ '/': 'dist', '/fixtures': 'tests/fixtures' });
  browser = await launchChromium();
  mkdirSync('/tmp/shots', { recursive: true });
});

afterEach(async () => {
  for (const { page, requests, errors } of opened.splice(0)) {
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('presentation mode, driven by keys alone', () => {
  it('opens on an overview (title, map of every place, number of events), steps through every event with clicker keys, and ends on a recap', async () => {
    const page = await open();
    expect(await step(page)).toBe('overview');
    await expect.poll(() => page.locator('.dl-present__map .dl-place').count()).toBe(sample.places.length);
    expect(await page.locator('.dl-slide__title').textContent()).toBe(sample.meta.title);
    expect(await page.locator('.dl-slide__count').textContent()).toContain(`${sample.events.length} events`);
    await page.screenshot({ path: '/tmp/shots/present-overview-1280.png' });

    const seen: string[] = [];
    for (const key of ['ArrowRight', 'PageDown', 'Space']) {
      await page.keyboard.press(key);
      seen.push(await step(page));
    }
    expect(seen.every((s) => s.startsWith('event:'))).toBe(true);
    expect(new Set(seen).size).toBe(3);
    expect(await page.locator('.dl-slide__meta').textContent()).toContain('Event 3 of');
    await page.screenshot({ path: '/tmp/shots/present-event-1280.png' });
    await page.keyboard.press('ArrowLeft');
    expect(await step(page)).toBe(seen[1]);
    await page.keyboard.press('PageUp');
    expect(await step(page)).toBe(seen[0]);

    await page.keyboard.press('End');
    expect(await step(page)).toBe('recap');
    expect(await page.locator('.dl-slide__recap > li').count()).toBe(sample.events.length);
    await page.keyboard.press('PageDown');
    expect(await step(page)).toBe('recap');
    await page.keyboard.press('Home');
    expect(await step(page)).toBe('overview');
  });

  it('B and "." black the screen and bring it back; F asks for full screen', async () => {
    const page = await open();
    await page.keyboard.press('b');
    expect(await page.locator('.dl-present__black').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.locator('.dl-present__black').isVisible()).toBe(false);
    await page.keyboard.press('.');
    expect(await page.locator('.dl-present__black').isVisible()).toBe(true);
    // A step wakes the screen, as a clicker's next button would.
    await page.keyboard.press('PageDown');
    expect(await page.locator('.dl-present__black').isVisible()).toBe(false);
    expect(await step(page)).toMatch(/^event:/);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('dl-present') ?? false)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  it('autoplay (A) steps at the chosen pace and shows a countdown', async () => {
    const page = await open('&pace=5', { width: 1280, height: 800 }, true);
    await page.keyboard.press('a');
    expect(await page.locator('.dl-present__auto').getAttribute('aria-pressed')).toBe('true');
    await page.clock.runFor(1000);
    await expect.poll(() => page.locator('.dl-present__countdown').textContent()).toMatch(/^Next in [1-4] s$/);
    expect(await step(page)).toBe('overview');
    await page.clock.runFor(4500);
    await expect.poll(() => step(page)).toMatch(/^event:/);
    await page.keyboard.press('a');
    expect(await page.locator('.dl-present__auto').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.dl-present__countdown').textContent()).toBe('');
  });

  it('reads from the back of a room at 1920×1080', async () => {
    const page = await open('', { width: 1920, height: 1080 });
    await page.screenshot({ path: '/tmp/shots/present-overview-1920.png' });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const size = await page.locator('.dl-slide__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: '/tmp/shots/present-event-1920.png' });
    await page.keyboard.press('End');
    await page.screenshot({ path: '/tmp/shots/present-recap-1920.png' });
  });
});

describe('presentation mode URLs, as the README gives them', () => {
  it('present.html opens the first seed, ?story=seeds/… another seed, and &pace=20&autoplay=1 starts counting down', async () => {
    for (const [path, title] of [
      ['present.html', /./],
      ['present.html?story=seeds/001_amundsen_hobart.story.json', /Amundsen|Hobart|South Pole/i],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${path}`);
      await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
      expect(await page.locator('.dl-slide__title').textContent()).toMatch(title);
      await page.close();
    }
    const page = await open('&pace=20&autoplay=1');
    expect(await page.locator('.dl-present__pace select').inputValue()).toBe('20');
    await expect.poll(() => page.locator('.dl-present__countdown').textContent()).toMatch(/^Next in \d+ s$/);
  });
});

describe('the way back from a presentation', () => {
  it('"Back to the story" opens the viewer on the same story at the slide\'s event', async () => {
    const page = await open();
    expect(await page.locator('.dl-present__back').getAttribute('href')).toBe('./?story=%2Ffixtures%2Fsample.story.json');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const eventId = (await step(page)).replace(/^event:/, '');
    const back = page.getByRole('link', { name: 'Back to the story' });
    expect(await back.getAttribute('href')).toBe(`./?story=%2Ffixtures%2Fsample.story.json#event=${eventId}`);
    await back.click();
    await page.waitForFunction(() => location.pathname.endsWith('/') && document.body.dataset['storyState'] === 'ready');
    expect(await page.evaluate(() => document.body.dataset['selectedEvent'])).toBe(eventId);
    expect(await page.locator('.dl-title').textContent()).toBe(sample.meta.title);
  });
});

describe('presentation mode with a keyboard', () => {
  it('every control is reachable with Tab, shows a visible focus ring, and works with Enter', async () => {
    const page = await open();
    const rings: Array<{ name: string; outline: string }> = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.closest('.leaflet-control-attribution')) return null;
        const s = getComputedStyle(el);
        return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, outline: `${s.outlineStyle} ${s.outlineWidth}` };
      });
      if (info) rings.push(info);
    }
    const names = rings.map((r) => r.name);
    for (const wanted of ['Next slide', 'Autoplay', 'Full screen (F)', 'Slide']) expect(names).toContain(wanted);
    for (const r of rings) expect(r.outline, r.name).not.toMatch(/^none|0px$/);
    await page.getByRole('button', { name: 'Next slide' }).focus();
    await page.keyboard.press('Enter');
    expect(await step(page)).toMatch(/^event:/);
    // The slide is a live region, so a screen reader hears each new step.
    expect(await page.locator('.dl-slide').getAttribute('aria-live')).toBe('polite');
  });
});
