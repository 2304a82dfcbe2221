import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/player/generateStory';
import { useAppHarness } from './useAppHarness';

const app = useAppHarness();

describe('the player on a 50,000-event story', () => {
  it('becomes ready with marks on a canvas, a windowed event list and clustered places, and steps', async () => {
    writeFileSync(join(app.scratch(), 'big.story.json'), JSON.stringify(generateStory({ events: 50_000, places: 5_000 })));
    const { page } = await app.open('?story=scratch/big.story.json');
    await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset['storyState'] ?? ''), undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
    expect(await page.locator('.dl-timeline canvas').count()).toBe(2);
    expect(await page.locator('.dl-timeline .dl-mark').count()).toBe(0);
    expect(await page.locator('ol.dl-events__list > li').count()).toBe(200);
    expect(await page.locator('.dl-map .leaflet-tooltip').count()).toBeLessThan(50);
    await page.getByRole('button', { name: 'Next event' }).click();
    const first = await page.evaluate(() => document.body.dataset['selectedEvent']);
    expect(first).not.toBe('');
    await page.getByRole('button', { name: 'Last event' }).click();
    const last = await page.evaluate(() => document.body.dataset['selectedEvent']);
    expect(last).not.toBe(first);
    expect(await page.locator('.dl-events__item[aria-current]').getAttribute('data-event-id')).toBe(last);
    expect(await page.locator('ol.dl-events__list > li').count()).toBe(200);
    // The canvas finds the mark under the pointer through the time index: hover, then click it.
    const box = await page.locator('.dl-timeline__canvas--marks').boundingBox();
    if (!box) throw new Error('no canvas');
    let hovered: string | null = null;
    for (let x = 10; x < box.width && hovered === null; x += 7) {
      await page.mouse.move(box.x + x, box.y + 58);
      hovered = await page.locator('.dl-timeline').getAttribute('data-hover-event');
    }
    expect(hovered).not.toBeNull();
    await page.mouse.down();
    await page.mouse.up();
    expect(await page.evaluate(() => document.body.dataset['selectedEvent'])).toBe(hovered);
  });
});
