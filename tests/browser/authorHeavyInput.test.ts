import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fiveMegabyteArticle, longLineString, nestedDivsHtml, timelineCsv, timelineJson } from './heavyInputs';
import { useAppHarness } from './useAppHarness';
import { clickWhenShown } from './clickWhenShown';

const harness = useAppHarness();

/**
 * A heartbeat: a chain of tasks at the priority of the author's input, each recording the page
 * time it ran at, and the page time the authoring view first entered review. A page that keeps
 * answering runs the heartbeat between the slices of its work; a page frozen by one long task
 * runs it not at all until the task ends. The tests compare stretches to the whole span rather
 * than to a number of milliseconds, so they say the same on a fast machine and a slow one; how
 * long the page's tasks run is measured by bench/authorHeavy.bench.ts.
 */
const HEARTBEAT = `window.turns = [];
(function beat() { window.turns.push(performance.now()); scheduler.postTask(beat, { priority: 'user-blocking', delay: 1 }); })();
new MutationObserver(() => {
  if (!document.body) return;
  if (document.body.dataset.authorState === 'review' && window.enteredReview === undefined) window.enteredReview = performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-author-state'] });`;

async function openAuthor(): Promise<Page> {
  const { page } = await harness.open('author.html', { prepare: async (p) => void (await p.addInitScript(HEARTBEAT)) });
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

/** A page time, or a moment the page marks or the heartbeat's observer saw (the first entry into review, for `review`). */
type Moment = number | 'file-opened' | 'review' | 'review-drawn';

/**
 * The longest stretch the heartbeat went without a turn between two moments, as a share of the
 * whole span: a page frozen by one task for the whole of the work gives 1, a page that keeps
 * answering gives a small fraction however fast or slow the machine. The moments are a page time,
 * the file being opened (the page marks it 'dateline:file-opened'), the view entering review, the
 * review drawn to its last slice (mark 'dateline:review-drawn').
 */
const longestStill = (page: Page, from: Moment, to: Moment): Promise<number> =>
  page.evaluate(
    ([a, b]) => {
      const w = window as unknown as { turns: number[]; enteredReview?: number };
      const mark = (name: string): number => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
      const at = (m: Moment): number =>
        typeof m === 'number' ? m : m === 'file-opened' ? mark('dateline:file-opened') : m === 'review-drawn' ? mark('dateline:review-drawn') : w.enteredReview ?? NaN;
      const [start, end] = [at(a), at(b)];
      if (!(start < end)) throw new Error(`no span from ${String(a)} (${start}) to ${String(b)} (${end})`);
      const times = [start, ...w.turns.filter((t) => t > start && t < end), end];
      let longest = 0;
      for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i]! - times[i - 1]!);
      return longest / (end - start);
    },
    [from, to] as const,
  );

/**
 * The page answered while the work ran: no stretch without a turn held as much as this share of it.
 */
const ANSWERING = 0.5;

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
  it('a 2.2 MB page of 200,000 nested divs is refused at once with the depth limit, the page answering while it is read', async () => {
    const page = await openAuthor();
    const html = nestedDivsHtml();
    expect(html.length).toBeGreaterThan(2_200_000);
    const since = await openFile(page, 'nested.html', html);
    await settled(page);
    expect(await alertText(page)).toBe('"nested.html" nests its elements 200,000 deep; Dateline reads pages up to 1,000 deep. Copy the article\'s text from the page and paste it instead.');
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('input');
    expect(await longestStill(page, since, 'file-opened')).toBeLessThan(ANSWERING);
  });

  it('a million-row CSV is refused with the row limit as soon as the limit is passed, the page answering while it is read', async () => {
    const page = await openAuthor();
    const since = await openFile(page, 'million.csv', timelineCsv());
    await settled(page);
    expect(await longestStill(page, since, 'file-opened')).toBeLessThan(ANSWERING);
    expect(await alertText(page)).toBe('"million.csv" could not be opened:The spreadsheet has more than 100,000 rows; the limit is 100,000.');
  });

  it('a TimelineJS file of 99,000 events shows its progress and opens for review, the page answering while it is read', async () => {
    const page = await openAuthor();
    await watchLoading(page);
    const since = await openFile(page, 'long.timeline.json', timelineJson());
    await settled(page);
    expect((await loadingSeen(page)).details.some((d) => /^Reading slides: [\d,]+ of 99,000$/.test(d))).toBe(true);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    await reviewDrawn(page, since);
    expect(await longestStill(page, since, 'file-opened')).toBeLessThan(ANSWERING);
    // Drawing 99,000 events in the player is one long task: the preview waits to be asked for.
    expect(await page.locator('.au-preview__offer').textContent()).toContain('99,000 events, places and route stops');
    await page.locator('.au-preview').getByRole('button', { name: 'Draw the preview' }).click();
    expect(await page.locator('.au-preview .dl-title').textContent()).toBe('A very long timeline');
  });

  it('a million-point LineString opens as a route, thinned to the stop limit with a note, the page answering while it is read', async () => {
    const page = await openAuthor();
    await watchLoading(page);
    const since = await openFile(page, 'track.geojson', longLineString());
    await settled(page);
    expect((await loadingSeen(page)).shown).toBe(true);
    await reviewDrawn(page, since);
    expect(await longestStill(page, since, 'file-opened')).toBeLessThan(ANSWERING);
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
    expect(await longestStill(page, since, 'file-opened')).toBeLessThan(ANSWERING);
    await openFile(page, 'small.csv', 'Year,Month,Day,Headline\n2020,2,3,One\n2020,2,4,Two');
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    expect(await page.locator('.au-notices').textContent()).toContain('Opened as timelinejs-csv');
  });

  it('a 5 MB article opened as a .txt file is kept out of the text box, its length and start shown, the page answering while it is read', async () => {
    const page = await openAuthor();
    const text = fiveMegabyteArticle();
    const since = await openFile(page, 'long.txt', text);
    await page.waitForFunction(() => (document.querySelector('.au-input-step [role="status"]')?.textContent ?? '').startsWith('Opened'));
    expect(await page.locator('.au-input-step .au-message').textContent()).toBe(`Opened "long.txt" (${text.length.toLocaleString('en')} characters).`);
    expect(await page.locator('.au-bigtext__summary').textContent()).toBe(`${text.length.toLocaleString('en')} characters: too long to edit in the text box, so the article is kept as it is. Its start:`);
    expect(await page.locator('textarea.au-textarea').isHidden()).toBe(true);
    expect(await page.locator('.au-date-note').textContent()).toBe('Found in the text: 2020-02-03 (3 February 2020).');
    expect(await longestStill(page, since, 'file-opened')).toBeLessThan(ANSWERING);
  });

  it('places and dates found in a 5 MB article come back and are drawn for review, the page answering while they are found and drawn', async () => {
    const page = await openAuthor();
    await openFile(page, 'long.txt', fiveMegabyteArticle());
    await page.waitForFunction(() => !(document.querySelector('.au-bigtext') as HTMLElement).hidden);
    const since = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    await reviewDrawn(page, since);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    expect(await page.locator('.au-article mark[data-kind="place"]').first().textContent()).toBe('Astana');
    expect(await longestStill(page, since, 'review')).toBeLessThan(ANSWERING);
    expect(await longestStill(page, 'review', 'review-drawn')).toBeLessThan(ANSWERING);
  });

  it('a 5 MB article pasted is taken from the clipboard rather than typed into the text box', async () => {
    const page = await openAuthor();
    // The clipboard's content is made first, in a task of its own (the test's work, not the page's).
    const length = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      (window as unknown as { clipboard: DataTransfer }).clipboard = data;
      return text.length;
    }, fiveMegabyteArticle());
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
  });
});
