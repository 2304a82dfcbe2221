import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fiveMegabyteArticle, longLineString, nestedDivsHtml, timelineCsv, timelineJson } from './heavyInputs';
import { useAppHarness } from './useAppHarness';
import { clickWhenShown } from './clickWhenShown';

const harness = useAppHarness();

/**
 * Records every long task (over 50 ms: the browser's own threshold) the page runs, with when it
 * started: a task over 200 ms is a page that stopped answering the author's clicks and keys.
 */
const LONG_TASKS = `window.longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: Math.round(e.duration) });
}).observe({ type: 'longtask', buffered: true });`;

interface LongTask {
  start: number;
  duration: number;
}

async function openAuthor(): Promise<Page> {
  const { page } = await harness.open('author.html', { prepare: async (p) => void (await p.addInitScript(LONG_TASKS)) });
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'input');
  return page;
}

/**
 * Opens `content` as the file `name` and returns the page time it started at. The file is written
 * to the scratch folder and chosen by its path: given as a buffer, Playwright would build it in the
 * page's own thread (a long task of its own, seconds for 20 MB).
 */
async function openFile(page: Page, name: string, content: string): Promise<number> {
  const path = join(harness.scratch(), name);
  writeFileSync(path, content);
  const started = await page.evaluate(() => performance.now());
  await page.locator('input[type="file"]').setInputFiles(path);
  return started;
}

/**
 * The long tasks over 200 ms from `since` (page time): until the file was opened (the page marks
 * that moment 'dateline:file-opened') for a file that is refused, or, with `toReview`, until now,
 * which a test reaches once the review is drawn (see {@link reviewDrawn}).
 */
const blockedSince = (page: Page, since: number, toReview = false): Promise<LongTask[]> =>
  page.evaluate(
    ([t, all]) => {
      const end = all ? Infinity : (performance.getEntriesByName('dateline:file-opened').at(-1)?.startTime ?? Infinity);
      return (window as unknown as { longTasks: LongTask[] }).longTasks.filter((task) => task.start + task.duration > t && task.start < end && task.duration > 200);
    },
    [since, toReview] as const,
  );

/**
 * Waits until the review of what was opened is drawn to its last slice, preview included (the page
 * marks it 'dateline:review-drawn'), and the draft's first save has run (the status line says how it went).
 */
const reviewDrawn = (page: Page, since: number): Promise<unknown> =>
  page.waitForFunction((t) => (performance.getEntriesByName('dateline:review-drawn').at(-1)?.startTime ?? -1) > t && (document.querySelector('.au-status')?.textContent ?? '') !== '', since, { timeout: 90_000 });

const settled = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.body.dataset['authorState'] === 'review' || document.querySelector('.au-input-step .au-message:not([hidden])') !== null, undefined, { timeout: 90_000 });

const alertText = (page: Page): Promise<string | null> => page.locator('.au-input-step [role="alert"]').textContent();
const loading = (page: Page) => page.locator('.au-input-step .dl-loading');

/**
 * Records, from before a file is opened, whether the loading view was shown and every progress
 * line it gave: read afterwards, so a load that ends quickly cannot slip past the test.
 */
const watchLoading = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen = { shown: false, details: [] as string[] };
    (window as unknown as { loadingSeen: typeof seen }).loadingSeen = seen;
    const look = (): void => {
      const box = document.querySelector<HTMLElement>('.au-input-step .dl-loading');
      if (!box || box.hidden) return;
      seen.shown = true;
      const detail = box.querySelector('.dl-loading__detail')?.textContent ?? '';
      if (seen.details.at(-1) !== detail) seen.details.push(detail);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  });
const loadingSeen = (page: Page): Promise<{ shown: boolean; details: string[] }> => page.evaluate(() => (window as unknown as { loadingSeen: { shown: boolean; details: string[] } }).loadingSeen);

describe('opening heavy files in the authoring view, the page keeps answering', () => {
  it('a 2.2 MB page of 200,000 nested divs is refused at once with the depth limit, never freezing the tab', async () => {
    const page = await openAuthor();
    const html = nestedDivsHtml();
    expect(html.length).toBeGreaterThan(2_200_000);
    const since = await openFile(page, 'nested.html', html);
    await settled(page);
    expect(await alertText(page)).toBe('"nested.html" nests its elements 200,000 deep; Dateline reads pages up to 1,000 deep. Copy the article\'s text from the page and paste it instead.');
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('input');
    expect(await blockedSince(page, since)).toEqual([]);
  });

  it('a million-row CSV is refused with the row limit as soon as the limit is passed, never freezing the tab', async () => {
    const page = await openAuthor();
    const since = await openFile(page, 'million.csv', timelineCsv());
    await settled(page);
    expect(await blockedSince(page, since)).toEqual([]);
    expect(await alertText(page)).toBe('"million.csv" could not be opened:The spreadsheet has more than 100,000 rows; the limit is 100,000.');
  });

  it('a TimelineJS file of 99,000 events shows its progress and opens for review, never freezing the tab while it is read or its review drawn', async () => {
    const page = await openAuthor();
    await watchLoading(page);
    const since = await openFile(page, 'long.timeline.json', timelineJson());
    await settled(page);
    expect((await loadingSeen(page)).details.some((d) => /^Reading slides: [\d,]+ of 99,000$/.test(d))).toBe(true);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    await reviewDrawn(page, since);
    expect(await blockedSince(page, since, true)).toEqual([]);
    // Drawing 99,000 events in the player is one long task: the preview waits to be asked for.
    expect(await page.locator('.au-preview__offer').textContent()).toContain('99,000 events, places and route stops');
    await page.locator('.au-preview').getByRole('button', { name: 'Draw the preview' }).click();
    expect(await page.locator('.au-preview .dl-title').textContent()).toBe('A very long timeline');
  });

  it('a million-point LineString opens as a route, thinned to the stop limit with a note, never freezing the tab while it is read or its review drawn', async () => {
    const page = await openAuthor();
    await watchLoading(page);
    const since = await openFile(page, 'track.geojson', longLineString());
    await settled(page);
    expect((await loadingSeen(page)).shown).toBe(true);
    await reviewDrawn(page, since);
    expect(await blockedSince(page, since, true)).toEqual([]);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    expect(await page.locator('.au-notices').textContent()).toContain('1,000,000 points were thinned to 1,000 stops');
  });

  it('Cancel stops a heavy import at once, says so, and the next file opens', async () => {
    const page = await openAuthor();
    const since = await openFile(page, 'long.timeline.json', timelineJson());
    await clickWhenShown(page, '.au-input-step .dl-loading', 'Cancel');
    const note = page.locator('.au-input-step .au-message--note');
    await expect.poll(() => note.textContent()).toBe('Opening "long.timeline.json" was cancelled.Nothing was changed: open the file again, or paste an article.');
    expect(await loading(page).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('input');
    expect(await blockedSince(page, since)).toEqual([]);
    await openFile(page, 'small.csv', 'Year,Month,Day,Headline\n2020,2,3,One\n2020,2,4,Two');
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    expect(await page.locator('.au-notices').textContent()).toContain('Opened as timelinejs-csv');
  });

  it('a 5 MB article opened as a .txt file is kept out of the text box, its length and start shown, never freezing the tab', async () => {
    const page = await openAuthor();
    const text = fiveMegabyteArticle();
    const since = await openFile(page, 'long.txt', text);
    await page.waitForFunction(() => (document.querySelector('.au-input-step [role="status"]')?.textContent ?? '').startsWith('Opened'));
    expect(await page.locator('.au-input-step .au-message').textContent()).toBe(`Opened "long.txt" (${text.length.toLocaleString('en')} characters).`);
    expect(await page.locator('.au-bigtext__summary').textContent()).toBe(`${text.length.toLocaleString('en')} characters: too long to edit in the text box, so the article is kept as it is. Its start:`);
    expect(await page.locator('textarea.au-textarea').isHidden()).toBe(true);
    expect(await page.locator('.au-date-note').textContent()).toBe('Found in the text: 2020-02-03 (3 February 2020).');
    expect(await blockedSince(page, since, true)).toEqual([]);
  });

  it('places and dates found in a 5 MB article come back and are drawn for review without freezing the tab', async () => {
    const page = await openAuthor();
    await openFile(page, 'long.txt', fiveMegabyteArticle());
    await page.waitForFunction(() => !(document.querySelector('.au-bigtext') as HTMLElement).hidden);
    const since = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    await reviewDrawn(page, since);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    expect(await page.locator('.au-article mark[data-kind="place"]').first().textContent()).toBe('Astana');
    expect(await blockedSince(page, since, true)).toEqual([]);
  });

  it('a 5 MB article pasted is taken from the clipboard rather than typed into the text box, never freezing the tab', async () => {
    const page = await openAuthor();
    // The clipboard's content is made first, in a task of its own (the test's work, not the page's).
    const length = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      (window as unknown as { clipboard: DataTransfer }).clipboard = data;
      return text.length;
    }, fiveMegabyteArticle());
    const since = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      area.focus();
      const data = (window as unknown as { clipboard: DataTransfer }).clipboard;
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      // The browser inserts a paste its page did not take: so would this test, in the text box.
      if (area.dispatchEvent(event)) area.setRangeText(data.getData('text/plain'));
    });
    await page.waitForFunction(() => !(document.querySelector('.au-bigtext') as HTMLElement).hidden);
    expect(await page.locator('.au-bigtext__summary').textContent()).toContain(`${length.toLocaleString('en')} characters`);
    expect(await page.locator('.au-date-note').textContent()).toBe('Found in the text: 2020-02-03 (3 February 2020).');
    expect(await blockedSince(page, since, true)).toEqual([]);
  });
});
