import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const app = useAppHarness();

const PHONE = { width: 390, height: 844 };

/** A label as the reader sees it: its text and its box on the page. */
interface ShownLabel {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Opens `path` with reduced motion (the map moves at once, so it has settled when a selection
 * returns) and waits for its story and the first place labels.
 */
async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const { page } = await app.open(path, { viewport, prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  await page.locator('.dl-map .leaflet-tooltip.dl-label').first().waitFor({ state: 'attached' });
  return page;
}

/** The place labels the page draws: laid out and not `visibility: hidden`, whatever their classes. */
const shownLabels = (page: Page): Promise<ShownLabel[]> =>
  page.$$eval('.dl-map .leaflet-tooltip.dl-label:not(.dl-label--cluster)', (els) =>
    els
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
  );

/** Every pair of shown labels whose boxes overlap, as "A × B" (an empty list when none do). */
function overlaps(labels: readonly ShownLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.text} × ${b.text}`);
    }
  });
  return pairs;
}

/** The texts of the labels marked as crowded out. */
const crowded = (page: Page): Promise<string[]> => page.locator('.dl-map .dl-label.is-crowded').allTextContents();

/** Whether the label reading `text` is drawn. */
const isShown = async (page: Page, text: string): Promise<boolean> => (await shownLabels(page)).some((l) => l.text === text);

describe('place labels on the map never overlap', () => {
  for (const [name, viewport] of [['desktop', undefined], ['phone', PHONE]] as const) {
    it(`in the collection of every seed (${name}), the less important of two colliding labels is hidden and its place keeps its marker and name`, async () => {
      const page = await open('?story=collection', viewport);
      const shown = await shownLabels(page);
      expect(overlaps(shown)).toEqual([]);
      const hidden = await crowded(page);
      // The seeds crowd each other at the world view (Rotterdam and Nur-Sultan, Funchal and Ismailia).
      expect(hidden.length).toBeGreaterThan(0);
      for (const text of hidden) expect(shown.map((l) => l.text)).not.toContain(text);
      const titles = await page.locator('.dl-map .dl-place title').allTextContents();
      for (const text of hidden) expect(titles).toContain(text);
    });
  }

  it('after an event is chosen in the collection, its places are all labelled and still nothing overlaps', async () => {
    const page = await open('?story=collection');
    const ids = await page.locator('.dl-events__item').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['eventId'] ?? ''));
    // Every event, so each article's places get their turn to be the active ones (some events have no place).
    let labelled = 0;
    for (const id of ids) {
      await page.locator(`.dl-events__item[data-event-id="${id}"]`).click();
      await expect.poll(() => page.evaluate(() => document.body.dataset['selectedEvent'])).toBe(id);
      const active = await page.locator('.dl-map .dl-label.is-active').allTextContents();
      labelled += active.length;
      const shown = (await shownLabels(page)).map((l) => l.text);
      for (const text of active) expect(shown, `event ${id}`).toContain(text);
      expect(overlaps(await shownLabels(page)), `event ${id}`).toEqual([]);
    }
    expect(labelled).toBeGreaterThan(ids.length);
  });
});

describe('choosing and zooming bring a hidden label back', () => {
  /** The sample story with Wuhan moved to Tianjin, 110 km from Beijing: the two labels collide until zoomed in. */
  const writeCloseCities = (): string => {
    const story = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { places: Array<Record<string, unknown>> };
    const wuhan = story.places.find((p) => p['id'] === 'wuhan');
    if (!wuhan) throw new Error('the sample story has no Wuhan to move');
    Object.assign(wuhan, { name: 'Tianjin', lat: 39.1422, lon: 117.1767 });
    writeFileSync(join(app.scratch(), 'close.story.json'), JSON.stringify(story));
    return '?story=scratch/close.story.json';
  };

  it('the more often named Beijing wins at first, the selected Tianjin wins after, and zooming in shows both', async () => {
    const page = await open(writeCloseCities());
    expect(await isShown(page, 'Beijing')).toBe(true);
    expect(await isShown(page, 'Tianjin')).toBe(false);

    // e5 takes place in Tianjin (the moved Wuhan); Beijing is only a place seen before.
    await page.locator('.dl-timeline .dl-mark[data-event-id="e5"]:not(.dl-kind--stop)').click();
    await expect.poll(() => page.evaluate(() => document.body.dataset['selectedEvent'])).toBe('e5');
    expect(await isShown(page, 'Tianjin')).toBe(true);
    expect(await isShown(page, 'Beijing')).toBe(false);
    expect(overlaps(await shownLabels(page))).toEqual([]);

    // Double-click beside Tianjin, zooming in a step around it each time, until the two are apart.
    const tianjin = page.locator('.dl-map [data-place-id="wuhan"]');
    const pane = page.locator('.dl-map .leaflet-map-pane');
    for (let step = 0; step < 6 && !(await isShown(page, 'Beijing')); step++) {
      const dot = await tianjin.boundingBox();
      if (!dot) throw new Error('Tianjin has no marker on the map');
      await page.mouse.dblclick(dot.x - 20, dot.y + dot.height / 2 + 20);
      // The zoom is over once the dot has moved and the map pane no longer animates.
      await expect
        .poll(async () => (await tianjin.boundingBox())?.x !== dot.x && !(await pane.evaluate((el) => el.classList.contains('leaflet-zoom-anim'))))
        .toBe(true);
    }
    await expect.poll(() => isShown(page, 'Beijing')).toBe(true);
    expect(await isShown(page, 'Tianjin')).toBe(true);
    expect(overlaps(await shownLabels(page))).toEqual([]);
  });
});
