import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/player/generateStory';
import { useAppHarness } from './useAppHarness';
import { clickWhenShown } from './clickWhenShown';

const app = useAppHarness();

/**
 * Counts animation frames while the loading view is up, per stage: a frame can only be drawn
 * while the main thread is free, so frames counted during "Checking" show the page kept answering
 * while the story was parsed and validated.
 */
const HEARTBEAT = `window.beats = { reading: 0, checking: 0, readText: '', barValue: 0, title: '', cancel: false };
(function () {
  // What the loading view says is recorded at every change (a stage may last less than a frame); frames are counted per stage.
  function look() {
    var box = document.querySelector('.dl-loading');
    if (!box || box.hidden) return null;
    var detail = box.querySelector('.dl-loading__detail').textContent;
    window.beats.title = box.querySelector('.dl-loading__title').textContent;
    window.beats.cancel = window.beats.cancel || [].some.call(box.querySelectorAll('button'), function (b) { return b.textContent.trim() === 'Cancel' && b.offsetParent !== null; });
    if (/read$/.test(detail)) { window.beats.readText = detail; window.beats.barValue = Math.max(window.beats.barValue, box.querySelector('progress').value); }
    return detail;
  }
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  (function tick() {
    var detail = look();
    if (detail === 'Checking the story…') window.beats.checking++;
    else if (detail !== null && /read$/.test(detail)) window.beats.reading++;
    requestAnimationFrame(tick);
  })();
})();`;

interface Beats {
  reading: number;
  checking: number;
  readText: string;
  barValue: number;
  /** The loading view's title and whether it offered Cancel, as seen in a frame while it was up. */
  title: string;
  cancel: boolean;
}
const heartbeat = async (page: Page): Promise<void> => {
  await page.addInitScript(HEARTBEAT);
};
const beats = (page: Page): Promise<Beats> => page.evaluate(() => (window as unknown as { beats: Beats }).beats);
const storyState = (page: Page): Promise<string | undefined> => page.evaluate(() => document.body.dataset['storyState']);

beforeAll(() => {
  // About 46 MB: 100,000 events (the limit), each with a summary, over 5,000 places.
  const story = generateStory({ events: 100_000, places: 5_000, seed: 7, summaryChars: 220 });
  writeFileSync(join(app.scratch(), 'big.story.json'), JSON.stringify(story));
  // Just over the 50 MB limit: refused before it is read.
  writeFileSync(join(app.scratch(), 'huge.story.json'), `{"format":"dateline/1","pad":"${'x'.repeat(51 * 1024 * 1024)}"}`);
});

describe('a story of about 46 MB at ?story=', () => {
  it('loads off the main thread: the progress view shows megabytes read, then checking, while frames keep being drawn', async () => {
    const { page } = await app.open('?story=scratch/big.story.json', { prepare: heartbeat });
    await page.waitForFunction(() => document.body.dataset['storyState'] !== 'loading', undefined, { timeout: 90_000 });
    expect(await storyState(page)).toBe('ready');
    // What the loading view showed is read from the frames drawn while it was up, not after it may have gone.
    const seen = await beats(page);
    expect(seen.title).toBe('Opening “big”…');
    expect(seen.cancel).toBe(true);
    expect(seen.readText).toMatch(/^\d+\.\d MB of 44\.\d MB read$/);
    expect(seen.barValue).toBeGreaterThan(0);
    expect(seen.checking).toBeGreaterThan(0);
    expect(await page.locator('.dl-loading').isHidden()).toBe(true);
    expect(await page.locator('.dl-title').textContent()).toBe('Generated story: 100,000 events, 5,000 places');
  });

  it('Cancel stops the load, says so where the reader is looking, and the picker still opens a seed', async () => {
    const { page } = await app.open('?story=scratch/big.story.json', { prepare: heartbeat });
    await clickWhenShown(page, '.dl-loading', 'Cancel');
    await page.waitForFunction(() => document.body.dataset['storyState'] === 'error');
    expect(await page.getByRole('alert').textContent()).toBe('Opening “big” was cancelled.Choose a story in the list, or pick it again to retry.');
    expect(await page.locator('.dl-loading').isHidden()).toBe(true);
    // A heartbeat that kept counting while the load ran: the page was never frozen before the click.
    expect((await beats(page)).reading + (await beats(page)).checking).toBeGreaterThan(0);
    const seed = await page.locator('.dl-picker select option[value^="seeds/"]').first().getAttribute('value');
    expect(seed).not.toBeNull();
    await page.locator('.dl-picker select').selectOption(seed ?? '');
    await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
    expect(await page.getByRole('alert').isHidden()).toBe(true);
    expect(await page.locator('.dl-events__item').count()).toBeGreaterThan(0);
  });

  it('a story over 50 MB is refused with the size and the limit', async () => {
    const { page } = await app.open('?story=scratch/huge.story.json');
    await page.waitForFunction(() => document.body.dataset['storyState'] === 'error');
    expect(await page.getByRole('alert').textContent()).toBe('The story "huge" could not be loaded.scratch/huge.story.json: the story is too big (51.0 MB; the limit is 50.0 MB).');
  });
});

describe('opening a story file in the authoring view', () => {
  it('checks a 46 MB story file off the main thread with progress, into review', async () => {
    const { page } = await app.open('author.html', { prepare: heartbeat });
    const big = JSON.stringify(generateStory({ events: 100_000, places: 5_000, seed: 7, summaryChars: 220 }));
    await page.locator('input[type="file"]').setInputFiles({ name: 'big.story.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 120_000 });
    // Frames were drawn while the story was checked: the page kept answering, under the file's name.
    const seen = await beats(page);
    expect(seen.title).toBe('Opening “big.story.json”…');
    expect(seen.checking).toBeGreaterThan(1);
  });

  it('Cancel while a big story file opens leaves the input as it was, with a note', async () => {
    const { page } = await app.open('author.html');
    const big = JSON.stringify(generateStory({ events: 100_000, places: 5_000, seed: 7, summaryChars: 220 }));
    await page.locator('input[type="file"]').setInputFiles({ name: 'big.story.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    const view = page.locator('.au-input-step .dl-loading');
    // Cancel as soon as the loading view offers it: the whole load is the window, not one stage of it.
    await clickWhenShown(page, '.au-input-step .dl-loading', 'Cancel');
    const note = page.locator('.au-input-step .au-message--note');
    await expect.poll(() => note.textContent()).toBe('Opening "big.story.json" was cancelled.Nothing was changed: open the file again, or paste an article.');
    expect(await view.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('input');
  });

  it('opens a story file bigger than the inline limit through the worker, into review', async () => {
    const { page } = await app.open('author.html');
    const story = JSON.stringify(generateStory({ events: 300, places: 60, seed: 3, summaryChars: 2_000 }));
    expect(story.length).toBeGreaterThan(512 * 1024);
    await page.locator('input[type="file"]').setInputFiles({ name: 'medium.story.json', mimeType: 'application/json', buffer: Buffer.from(story) });
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 60_000 });
    // The review step hides the input; the story's article text was put back into it.
    expect(await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('.au-textarea')?.value.split('\n')[0])).toBe('Something happened (1).');
  });
});
