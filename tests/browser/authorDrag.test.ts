import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();
const SEED = readFileSync('seeds/000_434d8e9a3390da3a.txt', 'utf8');
// Astana (Nur-Sultan in the article) as the gazetteer places it.
const ASTANA = { lat: 51.1801, lon: 71.446 };

/** Pastes the seed, finds its places and waits for the preview's handle for Astana. */
async function review(page: Page): Promise<void> {
  await page.getByLabel('Article text').fill(SEED);
  await page.getByRole('button', { name: 'Find places and dates' }).click();
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 60_000 });
  await page.locator('.au-preview .dl-handle[data-place-id="astana"]').waitFor();
}

const handle = (page: Page) => page.locator('.au-preview .dl-handle[data-place-id="astana"]');
const latLon = async (page: Page): Promise<[number, number]> => [Number(await page.getByLabel('Latitude').inputValue()), Number(await page.getByLabel('Longitude').inputValue())];

/** The places of the Story JSON the export panel downloads. */
async function exportedPlaces(page: Page, name: string): Promise<Array<{ id: string; lat: number; lon: number; confidence: number }>> {
  await page.getByRole('tab', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Story JSON' }).click()]);
  const file = join(harness.scratch(), name);
  await download.saveAs(file);
  return (JSON.parse(readFileSync(file, 'utf8')) as { places: Array<{ id: string; lat: number; lon: number; confidence: number }> }).places;
}

describe('moving a place by dragging its marker in the authoring preview', () => {
  it('drags Astana with the mouse to a new spot, which the panel, the export and the saved draft show, and Undo puts it back', async () => {
    const { page } = await harness.open('author.html');
    await review(page);
    expect(await handle(page).getAttribute('title')).toBe('Drag to move Nur-Sultan (Astana since 2022); or use the arrow keys, then Enter');
    expect(await page.locator('.au-preview .dl-drag-hint').textContent()).toBe('Drag a place to move it.');
    await page.locator('.au-article mark[data-id="astana"]').first().click();
    expect(await latLon(page)).toEqual([ASTANA.lat, ASTANA.lon]);

    const before = await handle(page).elementHandle();
    const box = await handle(page).boundingBox();
    if (!box) throw new Error('the handle for Astana is not on screen');
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
    await page.mouse.up();

    // East and south of where it was; the fields follow, the draft saves, and the preview draws it there.
    await expect.poll(() => latLon(page)).not.toEqual([ASTANA.lat, ASTANA.lon]);
    const [lat, lon] = await latLon(page);
    expect(lat).toBeLessThan(ASTANA.lat - 0.5);
    expect(lon).toBeGreaterThan(ASTANA.lon + 0.5);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dateline:author:draft') ?? '')).toContain('"setLocation"');
    // The preview draws the story again, and the map still looks where it looked: Astana is under the pointer.
    await page.waitForFunction((el) => !el?.isConnected, before);
    const moved = await handle(page).boundingBox();
    expect(Math.abs((moved?.x ?? 0) + (moved?.width ?? 0) / 2 - (from.x + 60))).toBeLessThan(3);
    expect(Math.abs((moved?.y ?? 0) + (moved?.height ?? 0) / 2 - (from.y + 40))).toBeLessThan(3);
    expect((await exportedPlaces(page, 'dragged.story.json')).find((p) => p.id === 'astana')).toMatchObject({ lat, lon, confidence: 1 });

    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await exportedPlaces(page, 'undone.story.json')).find((p) => p.id === 'astana')).toMatchObject(ASTANA);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect((await exportedPlaces(page, 'redone.story.json')).find((p) => p.id === 'astana')).toMatchObject({ lat, lon });
  });

  it('moves a place with the keyboard: arrows nudge the focused handle, Enter drops it, and the player does not step', async () => {
    const { page } = await harness.open('author.html');
    await review(page);
    await page.locator('.au-article mark[data-id="astana"]').first().click();
    const selected = await page.locator('.au-preview').getAttribute('data-selected-event');
    await handle(page).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await latLon(page))[1]).toBeGreaterThan(ASTANA.lon + 0.5);
    expect((await latLon(page))[0]).toBeCloseTo(ASTANA.lat, 0);
    expect(await page.locator('.au-preview').getAttribute('data-selected-event')).toBe(selected);
    // The new map keeps the focus on the moved place, so the author can go on nudging it.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['placeId'])).toBe('astana');

    // Escape puts a nudged place back without an edit: one Undo then undoes the Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => latLon(page)).toEqual([ASTANA.lat, ASTANA.lon]);
  });

  it('drags Astana with a finger (touch events, as a phone sends them)', async () => {
    const { page } = await harness.open('author.html');
    await review(page);
    await page.locator('.au-article mark[data-id="astana"]').first().click();
    const box = await handle(page).boundingBox();
    if (!box) throw new Error('the handle for Astana is not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - 10 * i, y: y - 8 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => (await latLon(page))[1]).toBeLessThan(ASTANA.lon - 0.5);
    expect((await latLon(page))[0]).toBeGreaterThan(ASTANA.lat + 0.5);
  });

  it('gives readers no handles: the viewer cannot move places', async () => {
    const { page } = await harness.open('index.html#event=e2');
    await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
    await page.locator('.dl-map [data-place-id="astana"]').first().waitFor();
    expect(await page.locator('.dl-handle, .dl-drag-hint, .leaflet-marker-draggable').count()).toBe(0);
  });
});
