import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

interface StoryJson {
  events: Array<{ id: string; title: string; spans: Array<{ start: number; end: number; text: string }> }>;
  places: unknown[];
  meta: { title: string; text: string };
}
const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as StoryJson;
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.story.json')).sort();
const SHOTS = 'tmp/present';
const URL_PATH = 'present.html?story=/fixtures/sample.story.json';

let server: StaticServer;
let generated = '';
let browser: Browser;
const opened: Array<{ page: Page; requests: string[]; errors: string[] }> = [];

async function open(query = '', viewport = { width: 1280, height: 800 }, fakeClock = false, path = URL_PATH): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  const entry = { page, requests: [] as string[], errors: [] as string[] };
  page.on('request', (r) => entry.requests.push(r.url()));
  page.on('pageerror', (e) => entry.errors.push(e.message));
  opened.push(entry);
  if (fakeClock) await page.clock.install();
  await page.goto(`${server.origin}/${path}${query}`);
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  return page;
}

const step = (page: Page): Promise<string> => page.evaluate(() => document.body.dataset['step'] ?? '');

/** The position in the bar, as numbers: [slide, slides]. */
const position = async (page: Page): Promise<[number, number]> => {
  const [at, of] = ((await page.locator('.dl-present__position').textContent()) ?? '').split(' / ').map(Number);
  return [at ?? NaN, of ?? NaN];
};

/**
 * From the recap's first page, presses Page Down to its last page (keys only) and returns the
 * event titles on the pages, checking on the way that each page fits its box and that its
 * numbering goes on from the last.
 */
async function walkRecap(page: Page, shot?: string): Promise<string[]> {
  const titles: string[] = [];
  for (let p = 1; ; p++) {
    expect(await step(page), 'a recap page').toBe(p === 1 ? 'recap' : `recap:${p}`);
    expect(await page.locator('.dl-slide__recap').getAttribute('start')).toBe(String(titles.length + 1));
    titles.push(...(await page.locator('.dl-slide__recap-title').allTextContents()));
    // Each page whole: nothing runs past the box, and no type was shrunk to make it fit.
    const fit = await slideFit(page);
    expect(fit.overflow, `recap page ${p} runs ${fit.overflow}px past its box`).toBeLessThanOrEqual(0);
    expect(fit.lastTextInside, `recap page ${p}: "${fit.lastText}" is outside the box`).toBe(true);
    expect(fit.fit, `recap page ${p}`).toBe('whole');
    if (shot !== undefined) await page.screenshot({ path: `${SHOTS}/${shot}-recap-${p}.png` });
    const [at, of] = await position(page);
    if (at === of) return titles;
    expect(await page.locator('.dl-slide__more--page').isVisible(), 'a page with more after it says so').toBe(true);
    await page.keyboard.press('PageDown');
  }
}

/**
 * How the current slide sits in its box: whether its content overflows the box, whether the last
 * piece of text shown ends inside it, how it was fitted, its type size, and whether the
 * "continues" cue is visible.
 */
const slideFit = (page: Page): Promise<{ overflow: number; lastTextInside: boolean; lastText: string; fit: string; fontPx: number; cue: boolean }> =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.dl-present__slide');
    const panel = document.querySelector<HTMLElement>('.dl-slide');
    if (!box || !panel) throw new Error('no slide');
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (n.textContent?.trim() && parent && parent.checkVisibility() && !parent.closest('.is-clamped')) last = n as Text;
    }
    const range = document.createRange();
    if (last) range.selectNodeContents(last);
    const r = range.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const cue = panel.querySelector<HTMLElement>('.dl-slide__more--quote');
    return {
      overflow: box.scrollHeight - box.clientHeight,
      lastTextInside: last !== null && r.bottom <= b.bottom + 0.5 && r.top >= b.top - 0.5,
      lastText: last?.textContent ?? '',
      fit: panel.dataset['fit'] ?? '',
      fontPx: parseFloat(getComputedStyle(panel).fontSize),
      cue: cue?.checkVisibility() ?? false,
    };
  });

beforeAll(async () => {
  if (!existsSync('dist/present.html')) throw new Error('Build first: npx vite build');
  // The sample story with its first event quoting the whole article, three times over: too long for any slide.
  const long = structuredClone(sample);
  long.meta.text = [long.meta.text, long.meta.text, long.meta.text].join('\n\n');
  const first = long.events[0];
  if (!first) throw new Error('the sample story has no events');
  first.spans = [{ ...(first.spans[0] ?? { start: 0, end: 0, text: '' }), start: 0, end: long.meta.text.length, text: long.meta.text }];
  generated = mkdtempSync(join(tmpdir(), 'dl-present-'));
  writeFileSync(join(generated, 'long.story.json'), JSON.stringify(long));
  server = await startStaticServer({ '/': 'dist', '/fixtures': 'tests/fixtures', '/generated': generated });
  browser = await launchChromium();
  mkdirSync('/tmp/shots', { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
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
  if (generated !== '') rmSync(generated, { recursive: true, force: true });
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
    expect((await walkRecap(page)).sort()).toEqual(sample.events.map((e) => e.title).sort());
    const last = await step(page);
    await page.keyboard.press('PageDown');
    expect(await step(page)).toBe(last);
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

describe('every slide fits a classroom projector', () => {
  const seedPath = (file: string): string => `present.html?story=seeds/${file}`;

  for (const file of seeds) {
    it(`at 1280×720, no slide of ${file} loses text, and its recap shows every event, page by page, by keys alone`, async () => {
      const story = JSON.parse(readFileSync(`seeds/${file}`, 'utf8')) as StoryJson;
      const page = await open('', { width: 1280, height: 720 }, false, seedPath(file));
      const shot = file === seeds[0] ? '1280x720' : undefined;
      if (shot !== undefined) await page.screenshot({ path: `${SHOTS}/${shot}-overview.png` });
      let longest = { step: '', fit: '' };
      while ((await step(page)) !== 'recap') {
        const fit = await slideFit(page);
        const where = `${file}, ${await step(page)}`;
        expect(fit.overflow, `${where}: the slide's text runs ${fit.overflow}px past its box`).toBeLessThanOrEqual(0);
        expect(fit.lastTextInside, `${where}: "${fit.lastText}" is outside the box`).toBe(true);
        // Readable from the back: never below the floor of 2.4% of the screen's height.
        expect(fit.fontPx, where).toBeGreaterThanOrEqual(720 * 0.024 - 0.01);
        if (fit.fit === 'clamped') expect(fit.cue, `${where}: a cut quotation says it continues`).toBe(true);
        if (fit.fit !== 'whole' && longest.fit === '') longest = { step: await step(page), fit: fit.fit };
        if (shot !== undefined && fit.fit !== 'whole') await page.screenshot({ path: `${SHOTS}/${shot}-long-${(await step(page)).replace(':', '-')}.png` });
        await page.keyboard.press('PageDown');
      }
      const titles = await walkRecap(page, shot);
      expect(titles.sort()).toEqual(story.events.map((e) => e.title).sort());
    });
  }

  it('at 1024×768, 1366×768 and 1920×1080 too, the first seed loses no text', async () => {
    for (const [width, height] of [[1024, 768], [1366, 768], [1920, 1080]] as const) {
      const page = await open('', { width, height }, false, seedPath(seeds[0] ?? ''));
      const shot = width === 1920 ? '1920x1080' : undefined;
      if (shot !== undefined) await page.screenshot({ path: `${SHOTS}/${shot}-overview.png` });
      while ((await step(page)) !== 'recap') {
        const fit = await slideFit(page);
        const where = `${width}×${height}, ${await step(page)}`;
        expect(fit.overflow, where).toBeLessThanOrEqual(0);
        expect(fit.lastTextInside, `${where}: "${fit.lastText}"`).toBe(true);
        if (shot !== undefined && fit.fit !== 'whole') await page.screenshot({ path: `${SHOTS}/${shot}-long-${(await step(page)).replace(':', '-')}.png` });
        await page.keyboard.press('PageDown');
      }
      const story = JSON.parse(readFileSync(`seeds/${seeds[0] ?? ''}`, 'utf8')) as StoryJson;
      expect((await walkRecap(page, shot)).length, `${width}×${height}`).toBe(story.events.length);
    }
  });

  it('a quotation too long even in the smallest type is cut with an ellipsis and a visible "continues" cue, never silently', async () => {
    const page = await open('', { width: 1280, height: 720 }, false, 'present.html?story=/generated/long.story.json');
    const long = `event:${sample.events[0]?.id ?? ''}`;
    for (let i = 0; i <= sample.events.length && (await step(page)) !== long; i++) await page.keyboard.press('PageDown');
    expect(await step(page)).toBe(long);
    const fit = await slideFit(page);
    expect(fit.fit).toBe('clamped');
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.cue).toBe(true);
    expect(fit.lastText).toBe('The passage continues in the story.');
    expect(fit.fontPx).toBeGreaterThanOrEqual(720 * 0.024 - 0.01);
    const quote = page.locator('.dl-slide__quote');
    expect(await quote.evaluate((q) => getComputedStyle(q).textOverflow === 'ellipsis' || getComputedStyle(q).webkitLineClamp !== 'none')).toBe(true);
    // Cut on screen only: a screen reader still has the whole passage.
    expect((await quote.textContent())?.length).toBeGreaterThan(2 * sample.meta.text.length);
    await page.screenshot({ path: `${SHOTS}/1280x720-clamped.png` });
    // The next slide is whole again: no cut carried over.
    await page.keyboard.press('PageDown');
    expect((await slideFit(page)).fit).not.toBe('clamped');
    expect(await page.locator('.dl-slide__quote.is-clamped').count()).toBe(0);
  });

  it('autoplay walks the recap\'s pages too, counting down until the last', async () => {
    const page = await open('&pace=5', { width: 1280, height: 720 }, true, seedPath(seeds[0] ?? ''));
    await page.keyboard.press('End');
    const [at, of] = await position(page);
    expect(of - at, 'the first seed\'s recap takes more than one slide at 1280×720').toBeGreaterThan(0);
    await page.keyboard.press('a');
    for (let p = 2; p <= of - at + 1; p++) {
      await expect.poll(() => page.locator('.dl-present__countdown').textContent()).toMatch(/^Next in \d s$/);
      await page.clock.runFor(5100);
      await expect.poll(() => step(page)).toBe(`recap:${p}`);
    }
    await expect.poll(() => page.locator('.dl-present__countdown').textContent()).toBe('');
    expect(await position(page)).toEqual([of, of]);
  });

  it('pages the recap again when the screen changes size, staying on the recap', async () => {
    const page = await open('', { width: 1920, height: 1080 }, false, seedPath(seeds[0] ?? ''));
    await page.keyboard.press('End');
    const [, big] = await position(page);
    await page.setViewportSize({ width: 1024, height: 600 });
    await expect.poll(async () => (await position(page))[1]).toBeGreaterThan(big);
    expect(await step(page)).toBe('recap');
    const story = JSON.parse(readFileSync(`seeds/${seeds[0] ?? ''}`, 'utf8')) as StoryJson;
    expect((await walkRecap(page)).length).toBe(story.events.length);
  });

  it('map labels and stop numbers are drawn large enough for a projector, and still never overlap', async () => {
    const page = await open('', { width: 1920, height: 1080 }, false, seedPath(seeds[0] ?? ''));
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await page.waitForSelector('.dl-present__map .dl-stop__badge');
    const sizes = await page.evaluate(() => ({
      label: Math.min(...[...document.querySelectorAll('.dl-present__map .dl-label:not(.dl-label--area)')].map((l) => parseFloat(getComputedStyle(l).fontSize))),
      badge: Math.min(...[...document.querySelectorAll('.dl-present__map .dl-stop__badge')].map((b) => b.getBoundingClientRect().height)),
    }));
    expect(sizes.label).toBeGreaterThanOrEqual(20);
    expect(sizes.badge).toBeGreaterThanOrEqual(28);
    // The label pass measured the big labels: the ones it shows cover none of the others.
    await expect.poll(() => page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.dl-present__map .leaflet-tooltip.dl-label')]
        .filter((l) => l.checkVisibility({ visibilityProperty: true }))
        .map((l) => l.getBoundingClientRect());
      return boxes.filter((a, i) => boxes.some((b, j) => j > i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)).length;
    })).toBe(0);
    await page.screenshot({ path: `${SHOTS}/1920x1080-map-labels.png` });
  });
});
