import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/player/generateStory';
import { multiYearStory } from './multiYearStory';
import { useAppHarness } from './useAppHarness';

const app = useAppHarness();
const ticks = (page: Page): Promise<string[]> => page.locator('.dl-axis .tick text').allTextContents();
const ready = (page: Page): Promise<unknown> => page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset['storyState'] ?? ''), undefined, { timeout: 60_000 });

/** The share of the marks canvas's opaque pixels within a small distance of the CSS colour `css` (as the page computes it). */
function shareOf(page: Page, css: string): Promise<number> {
  return page.evaluate((colour) => {
    const probe = document.createElement('span');
    probe.style.color = colour;
    document.body.append(probe);
    const [r, g, b] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
    probe.remove();
    const canvas = document.querySelector<HTMLCanvasElement>('.dl-timeline__canvas--marks');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data || r === undefined || g === undefined || b === undefined) return 0;
    let opaque = 0;
    let near = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) < 200) continue;
      opaque++;
      if (Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b) < 30) near++;
    }
    return opaque === 0 ? 0 : near / opaque;
  }, css);
}

/** The page's colour for events of kind `kind` now. */
const kindColour = (page: Page, kind: string): Promise<string> => page.evaluate((k) => getComputedStyle(document.querySelector('.dl-timeline') ?? document.body).getPropertyValue(`--k-${k}`).trim(), kind);

describe('the timeline axis', () => {
  it('on a story over 1903–1904 shows the year on the first tick and where the year changes, and only years when zoomed far out', async () => {
    writeFileSync(join(app.scratch(), 'years.story.json'), JSON.stringify(multiYearStory()));
    const { page } = await app.open('?story=scratch/years.story.json');
    await ready(page);
    const labels = await ticks(page);
    expect(labels[0]).toMatch(/ 1903$/);
    expect(labels.filter((l) => / 1904$/.test(l))).toHaveLength(1);
    // The ticks between say their month alone.
    expect(labels.filter((l) => !/\d{4}$/.test(l)).length).toBeGreaterThan(2);
    await page.locator('.dl-timeline__svg').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('-');
    await expect.poll(() => ticks(page)).toEqual(expect.arrayContaining(['1903', '1904']));
    expect((await ticks(page)).every((l) => /^\d{4}$/.test(l))).toBe(true);
  });

  it('on a story of a few days names the day, with its year on the first tick, and the hours between', async () => {
    const { page } = await app.open('?story=fixtures/sample.story.json');
    await ready(page);
    expect(await ticks(page)).toEqual(['1 Feb 2020', '12:00', '2 Feb', '12:00', '3 Feb', '12:00']);
  });
});

describe('the canvas timeline', () => {
  it('draws a crowded lane as a histogram of its marks in their colours, not a block of rows', async () => {
    writeFileSync(join(app.scratch(), 'big.story.json'), JSON.stringify(generateStory({ events: 20_000, places: 200 })));
    const { page } = await app.open('?story=scratch/big.story.json');
    await ready(page);
    // Column by column down the events lane: a histogram is one run of paint standing on the lane's
    // foot, its height varying with the count; rows of marks would be several runs of one height.
    const columns = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.dl-timeline__canvas--marks');
      const lane = document.querySelector('.dl-lane--events rect')?.getBoundingClientRect();
      const box = canvas?.getBoundingClientRect();
      const ctx = canvas?.getContext('2d');
      if (!canvas || !lane || !box || !ctx) return [];
      const scale = canvas.width / box.width;
      const top = Math.round((lane.top - box.top) * scale);
      const height = Math.round(lane.height * scale);
      const data = ctx.getImageData(0, top, canvas.width, height).data;
      const out: Array<{ runs: number; painted: number }> = [];
      for (let x = 0; x < canvas.width; x += 3) {
        let runs = 0;
        let painted = 0;
        let inside = false;
        for (let y = 0; y < height; y++) {
          const on = (data[(y * canvas.width + x) * 4 + 3] ?? 0) > 0;
          if (on && !inside) runs++;
          if (on) painted++;
          inside = on;
        }
        if (painted > 0) out.push({ runs, painted });
      }
      return out;
    });
    expect(columns.length).toBeGreaterThan(100);
    expect(columns.filter((c) => c.runs === 1).length / columns.length).toBeGreaterThan(0.9);
    expect(new Set(columns.map((c) => c.painted)).size).toBeGreaterThan(10);
  });

  it('repaints in the new colours when the system switches to dark, and when the page switches its own theme', async () => {
    writeFileSync(join(app.scratch(), 'many.story.json'), JSON.stringify(generateStory({ events: 1_000, places: 50 })));
    const { page } = await app.open('?story=scratch/many.story.json');
    await ready(page);
    const light = await kindColour(page, 'statement');
    await expect.poll(() => shareOf(page, light)).toBeGreaterThan(0.02);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await kindColour(page, 'statement');
    expect(dark).not.toBe(light);
    await expect.poll(() => shareOf(page, dark)).toBeGreaterThan(0.02);
    expect(await shareOf(page, light)).toBeLessThan(0.002);
    // A page's own theme: a class on the app's root that gives every kind one colour.
    const kinds = ['travel', 'visit', 'meeting', 'statement', 'incident', 'background', 'stop'];
    await page.addStyleTag({ content: `.dl-app.house-theme { ${kinds.map((k) => `--k-${k}: rgb(0, 160, 80);`).join(' ')} }` });
    await page.evaluate(() => document.querySelector('.dl-app')?.classList.add('house-theme'));
    await expect.poll(() => shareOf(page, 'rgb(0, 160, 80)')).toBeGreaterThan(0.3);
  });
});

describe('the playhead label', () => {
  const seed = 'seeds/000_434d8e9a3390da3a.story.json';
  const label = (page: Page): Promise<string | null> => page.locator('.dl-playhead text').textContent();
  const narrationDate = (page: Page): Promise<string | null> => page.locator('.dl-narration__date').textContent();

  for (const [lang, viewport, byWords] of [
    ['en', { width: 1280, height: 800 }, 'by 3 February 2020'],
    ['fr', { width: 390, height: 844 }, 'au plus tard le 3 février 2020'],
  ] as const) {
    it(`(${lang}, ${viewport.width} px) on each event says the narration's date, never the midnight it is drawn at, and fits the timeline`, async () => {
      const { page } = await app.open(`?story=${seed}&lang=${lang}#event=e3`, { viewport });
      await ready(page);
      await expect.poll(() => label(page)).toBe(byWords);
      expect(await page.locator('.dl-playhead__handle').getAttribute('aria-valuetext')).toBe(byWords);
      // e3 "by publication", e1 a day band, e17 an evening, e18 a plain later bound.
      for (const id of ['e3', 'e1', 'e17', 'e18']) {
        await page.evaluate((event) => (location.hash = `#event=${event}`), id);
        await expect.poll(() => page.evaluate(() => document.body.dataset['selectedEvent'])).toBe(id);
        const words = await narrationDate(page);
        expect(words).toBeTruthy();
        await expect.poll(() => label(page)).toBe(words);
        expect(words).not.toMatch(/00:00/);
        const text = await page.locator('.dl-playhead text').boundingBox();
        const svg = await page.locator('.dl-timeline__svg').boundingBox();
        expect(text && svg && text.x >= svg.x && text.x + text.width <= svg.x + svg.width + 1).toBe(true);
      }
    });
  }

  it('says the instant under it once the reader moves it off the event', async () => {
    const { page } = await app.open(`?story=${seed}#event=e3`);
    await ready(page);
    await expect.poll(() => label(page)).toBe('by 3 February 2020');
    await page.locator('.dl-playhead__handle').focus();
    await page.keyboard.press('ArrowLeft');
    // e3 is drawn at the publication line (3 February 00:00): a step left is the evening before.
    await expect.poll(() => label(page)).toMatch(/^2 Feb 2020 \d{2}:\d{2}$/);
  });
});

describe('the publication line', () => {
  it("in a collection marks each article's publication in its colour, and leaves out an unticked article's", async () => {
    const { page } = await app.open('?story=collection');
    await ready(page);
    const lines = page.locator('.dl-published line');
    await expect.poll(() => lines.count()).toBe(3);
    const swatches = await page.locator('.dl-groups__swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    const strokes = await lines.evaluateAll((els) => els.map((el) => getComputedStyle(el).stroke));
    expect(new Set(strokes)).toEqual(new Set(swatches));
    // Two articles a year apart, seen across a century, share one name.
    expect(await page.locator('.dl-published text').count()).toBe(2);
    await page.locator('.dl-groups input[type="checkbox"]').first().uncheck();
    await expect.poll(() => lines.count()).toBe(2);
  });
});
