import { AxeBuilder } from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skippedLegStory } from './skippedLegStory';
import { useAppHarness } from './useAppHarness';

const app = useAppHarness();
const HOSTILE = '<img src=x onerror=alert(1)>';
let counter = 0;

/** Writes `story` to the scratch folder and returns its address on the server. */
function serve(story: unknown): string {
  const name = `skipped-${++counter}.story.json`;
  writeFileSync(join(app.scratch(), name), JSON.stringify(story));
  return `/scratch/${name}`;
}

/** Every dialog a page opened, by page. */
const dialogsOf = new WeakMap<Page, string[]>();

/** Opens `path` (reduced motion, so the map moves at once), records any dialog, and waits for the story. */
async function open(path: string, viewport = { width: 1280, height: 800 }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const dialogs: string[] = [];
  const { page } = await app.open(path, {
    viewport,
    prepare: async (p) => {
      await p.emulateMedia({ reducedMotion: 'reduce', colorScheme });
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    },
  });
  await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset['storyState'] ?? ''));
  expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
  dialogsOf.set(page, dialogs);
  return page;
}

/** Where the label of the place named `name` sits, as a share of the map's width and height (0.5, 0.5 is the middle). */
const labelAt = (page: Page, name: string): Promise<[number, number]> =>
  page.evaluate((n) => {
    const map = document.querySelector('.dl-map')?.getBoundingClientRect();
    const label = [...document.querySelectorAll('.dl-map .dl-label')].find((l) => l.textContent === n)?.getBoundingClientRect();
    if (!map || !label) throw new Error(`no label ${n}`);
    return [(label.left - map.left) / map.width, (label.top + label.height / 2 - map.top) / map.height];
  }, name);

describe('the legs a route did not make', () => {
  it('the viewer notes them beside the route on the map, and a located name moves the map there without making it a stop', async () => {
    const page = await open(`?story=${serve(skippedLegStory())}`);
    const note = page.locator('.dl-map .dl-route-notes .dl-route-note');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Mike Pompeo · Not a stop: Kyiv (cancelled) and Kenya (an earlier trip)');
    // The note lies inside the map's box, clear of its edges.
    const [box, map] = await Promise.all([note.boundingBox(), page.locator('.dl-map').boundingBox()]);
    expect(box && map && box.x >= map.x && box.y + box.height <= map.y + map.height && box.x + box.width <= map.x + map.width).toBe(true);
    // Kenya is not a place of the story: its name is text, not a button.
    expect(await note.getByRole('button').allTextContents()).toEqual(['Kyiv']);
    const stops = await page.locator('.dl-map .dl-stop__badge').allTextContents();
    const legs = await page.locator('.dl-map path.dl-leg').count();
    const [x0] = await labelAt(page, 'Kyiv');
    await note.getByRole('button', { name: 'Kyiv' }).click();
    await expect.poll(async () => Math.abs((await labelAt(page, 'Kyiv'))[0] - 0.5), { message: 'Kyiv moves to the middle of the map' }).toBeLessThan(0.15);
    expect(x0).not.toBeCloseTo((await labelAt(page, 'Kyiv'))[0], 2);
    expect(await page.locator('.dl-map .dl-stop__badge').allTextContents()).toEqual(stops);
    expect(await page.locator('.dl-map path.dl-leg').count()).toBe(legs);
    expect(await page.evaluate(() => document.body.dataset['selectedEvent'])).toBe('');
  });

  it('the note passes axe in light and dark themes (contrast, a named button)', async () => {
    const address = serve(skippedLegStory());
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(`?story=${address}`, { width: 1280, height: 800 }, scheme);
      await page.waitForSelector('.dl-route-note');
      const { violations } = await new AxeBuilder({ page }).include('.dl-route-notes').withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${scheme} ${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    }
  });

  it('the viewer shows no note box for a route that skipped nothing', async () => {
    const page = await open('?story=fixtures/sample.story.json');
    await page.waitForSelector('.dl-map path.dl-leg', { state: 'attached' });
    expect(await page.locator('.dl-route-notes').isHidden()).toBe(true);
    expect(await page.locator('.dl-route-note').count()).toBe(0);
  });

  it('the iframe embed notes them in its reader’s language', async () => {
    const page = await open(`embed.html?story=${serve(skippedLegStory())}&lang=de`);
    const note = page.locator('.dl-route-note');
    await expect.poll(() => note.textContent()).toBe('Mike Pompeo · Keine Station: Kyiv (abgesagt) und Kenya (eine frühere Reise)');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getByRole('button').getAttribute('title')).toBe('Kyiv auf der Karte zeigen');
  });

  it('the presentation notes them on the slide that starts drawing the route, not on the map', async () => {
    const page = await open(`present.html?story=${serve(skippedLegStory())}`);
    const note = page.locator('.dl-slide .dl-slide__routes .dl-route-note');
    expect(await page.evaluate(() => document.body.dataset['step'])).toBe('overview');
    expect(await note.count()).toBe(0);
    // The tour's first event (Belarus and Ukraine) reaches its first stops.
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => document.body.dataset['step'])).toMatch(/^event:/);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Mike Pompeo · Not a stop: Kyiv (cancelled) and Kenya (an earlier trip)');
    // Plain text on a slide, big enough to read across a room, inside the slide's box.
    expect(await note.locator('button').count()).toBe(0);
    expect(await note.evaluate((n) => parseFloat(getComputedStyle(n).fontSize))).toBeGreaterThanOrEqual(14);
    const [box, slide] = await Promise.all([note.boundingBox(), page.locator('.dl-present__slide').boundingBox()]);
    expect(box && slide && box.y + box.height <= slide.y + slide.height).toBe(true);
    expect(await page.locator('.dl-present__map .dl-route-notes').count()).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => note.count()).toBe(0);
  });

  it('the presentation speaks the reader’s language in the note', async () => {
    const page = await open(`present.html?story=${serve(skippedLegStory())}&lang=fr`);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.dl-route-note').textContent()).toBe('Mike Pompeo · Pas une étape : Kyiv (annulé) et Kenya (un voyage antérieur)');
  });

  it('a name that looks like markup is shown as text, in the viewer and in the presentation', async () => {
    const story = skippedLegStory([{ name: HOSTILE, placeId: 'kyiv', reason: 'cancelled', spans: [] }]);
    const address = serve(story);
    const viewer = await open(`?story=${address}`);
    const note = viewer.locator('.dl-route-note');
    await expect.poll(() => note.textContent()).toBe(`Mike Pompeo · Not a stop: ${HOSTILE} (cancelled)`);
    expect(await note.getByRole('button').textContent()).toBe(HOSTILE);
    expect(await viewer.locator('.dl-route-notes img').count()).toBe(0);
    await note.getByRole('button').click();
    const deck = await open(`present.html?story=${address}`);
    await deck.keyboard.press('PageDown');
    await expect.poll(() => deck.locator('.dl-route-note').textContent()).toBe(`Mike Pompeo · Not a stop: ${HOSTILE} (cancelled)`);
    expect(await deck.locator('.dl-slide img').count()).toBe(0);
    expect([...(dialogsOf.get(viewer) ?? []), ...(dialogsOf.get(deck) ?? [])]).toEqual([]);
  });
});
