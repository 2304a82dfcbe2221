import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();
const SEED = readFileSync('seeds/000_434d8e9a3390da3a.txt', 'utf8');
const authorState = (page: Page): Promise<string | undefined> => page.evaluate(() => document.body.dataset['authorState']);

/** Pastes `text` as a new user would and waits for the review. */
async function pasteAndExtract(page: Page, text: string): Promise<void> {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Find places and dates' }).click();
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 60_000 });
}

const eventField = (page: Page, eventId: string, field: string) => page.locator(`li[data-event-id="${eventId}"] [data-field="${field}"]`);

describe('authoring, the way a new user does it', () => {
  it('pastes the seed, fixes a place and a date, undoes and redoes, exports Story JSON and opens it in the viewer', async () => {
    const { page } = await harness.open('author.html');
    expect(await authorState(page)).toBe('input');
    await pasteAndExtract(page, SEED);
    expect(await page.locator('.au-article mark[data-kind="place"]').count()).toBeGreaterThan(30);
    expect(await page.locator('.au-article mark[data-kind="time"]').allTextContents()).toEqual(['yesterday', 'late yesterday']);

    // Washington here is the capital; say it is the state, to see the switch travel all the way.
    await page.locator('.au-article mark[data-id="washington"]').first().click();
    await page.getByRole('button', { name: /^Washington, United States \(region(, [\d,]+ people)?\)$/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Washington, United States \(region(, [\d,]+ people)?\)$/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.au-panel__meta').textContent()).toContain('region · 47.3746, -120.4330');

    // Move the visit to the capital one day earlier.
    expect(await eventField(page, 'e2', 'a').inputValue()).toBe('2020-02-02');
    await eventField(page, 'e2', 'a').fill('2020-02-01');
    await expect.poll(() => page.locator('.au-preview .dl-title').count()).toBe(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => eventField(page, 'e2', 'a').inputValue()).toBe('2020-02-02');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => eventField(page, 'e2', 'a').inputValue()).toBe('2020-02-01');
    // The keys do the same (outside a text field).
    await page.locator('.au-article').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => eventField(page, 'e2', 'a').inputValue()).toBe('2020-02-02');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => eventField(page, 'e2', 'a').inputValue()).toBe('2020-02-01');

    await page.getByRole('tab', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Story JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.story\.json$/);
    await download.saveAs(join(harness.scratch(), 'authored.story.json'));
    const saved = JSON.parse(readFileSync(join(harness.scratch(), 'authored.story.json'), 'utf8')) as { places: { id: string; gazetteerId: string; kind: string }[]; events: { id: string; when?: { start?: string } }[] };
    expect(saved.places.find((p) => p.id === 'washington')).toMatchObject({ gazetteerId: 'gn:5815135', kind: 'region' });
    expect(saved.events.find((e) => e.id === 'e2')?.when?.start).toBe('2020-02-01');
    expect(await page.locator('#au-snippet-iframe').inputValue()).toContain('embed.html?story=');
    const [standalone] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Standalone HTML/ }).click()]);
    await standalone.saveAs(join(harness.scratch(), 'authored.html'));
    const html = readFileSync(join(harness.scratch(), 'authored.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('gn:5815135');

    const viewer = (await harness.open('index.html?story=scratch/authored.story.json#event=e2')).page;
    await viewer.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
    expect(await viewer.locator('.dl-narration').textContent()).toContain('1 February 2020');
    expect(await viewer.locator('.dl-map [data-place-id="washington"]').first().getAttribute('class')).toContain('dl-place--region');
  });

  it('brings the draft back after a reload, edits and undo history included', async () => {
    const { page } = await harness.open('author.html');
    await pasteAndExtract(page, SEED);
    await eventField(page, 'e1', 'title').fill('Pompeo presses Kazakhstan on Xinjiang');
    await eventField(page, 'e1', 'title').press('Enter');
    await eventField(page, 'e1', 'kind').selectOption('meeting');
    await expect.poll(() => page.locator('.au-status').textContent()).toMatch(/Draft saved/);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    expect(await page.locator('.au-status').textContent()).toMatch(/Draft restored/);
    expect(await eventField(page, 'e1', 'title').inputValue()).toBe('Pompeo presses Kazakhstan on Xinjiang');
    expect(await eventField(page, 'e1', 'kind').inputValue()).toBe('meeting');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => eventField(page, 'e1', 'kind').inputValue()).toBe('statement');
  });

  it('tells a second tab editing the same draft, and lets the author choose which to keep', async () => {
    const first = await harness.open('author.html');
    await pasteAndExtract(first.page, SEED);
    // The draft with the extracted story is stored (an earlier save may hold the pasted text alone).
    const storedStory = (): Promise<boolean> => first.page.evaluate(() => (JSON.parse(localStorage.getItem('dateline:author:draft') ?? 'null') as { draft?: { history?: unknown } } | null)?.draft?.history != null);
    await expect.poll(storedStory).toBe(true);
    // A second tab of the same browser profile: it shares localStorage and hears its storage events.
    const { page: second, errors: secondErrors } = await harness.open('author.html', { tabOf: first });
    await second.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    await eventField(second, 'e3', 'title').fill('Changed in the second tab');
    await eventField(second, 'e3', 'title').press('Enter');
    await expect.poll(() => second.locator('.au-status').textContent()).toMatch(/Draft saved/);

    const dialog = first.page.getByRole('alertdialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('also changed in another tab');
    // Nothing was overwritten: an edit here while undecided is not saved over the other tab's.
    await eventField(first.page, 'e4', 'kind').selectOption('incident');
    await first.page.waitForTimeout(800);
    const stored = await second.evaluate(() => localStorage.getItem('dateline:author:draft') ?? '');
    expect(stored).toContain('Changed in the second tab');
    await first.page.getByRole('button', { name: "Use the other tab's version" }).click();
    await expect.poll(() => eventField(first.page, 'e3', 'title').inputValue()).toBe('Changed in the second tab');
    expect(secondErrors).toEqual([]);
  });

  it('keeps the page answering during a 5 MB extraction, and Cancel stops it and says so', async () => {
    const { page } = await harness.open('author.html');
    await page.evaluate((seed) => {
      const body = seed.slice(seed.indexOf('United States Secretary'));
      const parts = [seed];
      let length = seed.length;
      while (length < 5_000_000) {
        parts.push(body);
        length += body.length + 2;
      }
      const area = document.querySelector<HTMLTextAreaElement>('.au-textarea');
      if (!area) throw new Error('no textarea');
      area.value = parts.join('\n\n');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, SEED);
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    await page.waitForFunction(() => document.querySelector('.au-progress__stage.is-current') !== null);
    // The page answers while the worker works: these return, and the button takes the click.
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('extracting');
    expect(await page.evaluate(() => document.querySelector('.au-textarea') instanceof HTMLTextAreaElement)).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click({ timeout: 10_000 });
    await expect.poll(() => page.getByText('Extraction cancelled').count()).toBe(1);
    expect(await authorState(page)).toBe('input');
    expect((await page.locator('.au-textarea').inputValue()).length).toBeGreaterThan(5_000_000);
    expect(await page.locator('.au-progress').isHidden()).toBe(true);
  });

  it("reads a web page's source pasted as the article the way it reads an .html file: its text, and its date from the page's metadata", async () => {
    const { page } = await harness.open('author.html');
    const html = `<!DOCTYPE html><html><head><title>Minister tours Central Asia</title><meta property="article:published_time" content="2020-02-03T08:00:00Z"><script>window.ran = true</script></head><body><nav>Home | World</nav><article><h1>Minister tours Central Asia</h1><p>The minister flew to Tashkent yesterday after two days in Astana.</p></article></body></html>`;
    await page.evaluate((source) => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      area.focus();
      const data = new DataTransfer();
      data.setData('text/plain', source);
      // The browser inserts a paste its page did not take: so would this test, in the text box.
      if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) area.setRangeText(source);
    }, html);
    await expect.poll(() => page.locator('.au-input-step .au-message').textContent()).toMatch(/^The pasted text is a web page’s source: its article was read from it \([\d,]+ characters\), with the page’s date if it gives one\.$/);
    const text = await page.getByLabel('Article text').inputValue();
    expect(text).toContain('The minister flew to Tashkent yesterday after two days in Astana.');
    expect(text).not.toContain('<');
    expect(await page.locator('.au-date-note').textContent()).toBe('Found in the text: 2020-02-03 (3 February 2020).');
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  });

  it('keeps the keyboard on a route stop moved with its arrow button, as a list editor does', async () => {
    const { page } = await harness.open('author.html');
    await pasteAndExtract(page, SEED);
    await page.getByRole('tab', { name: 'Route' }).click();
    const first = (await page.locator('.au-stop__name').first().textContent()) ?? '';
    await page.getByRole('button', { name: `Move ${first} later` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.au-stop__name').nth(1).textContent()).toBe(first);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move ${first} later`);
    // The keyboard goes on from there: Enter again moves the same stop one further.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.au-stop__name').nth(2).textContent()).toBe(first);
  });

  it('says clearly what is wrong with the input: empty, no date, too big, binary, unknown format', async () => {
    const { page } = await harness.open('author.html');
    const alert = page.locator('.au-input-step [role="alert"]');
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    expect(await alert.textContent()).toContain('There is no article yet');

    await page.getByLabel('Article text').fill('Pompeo flew to Tashkent yesterday.');
    expect(await page.locator('.au-date-note').textContent()).toContain('Not found in the text');
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    expect(await alert.textContent()).toContain('Give the publication date');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');

    const file = page.locator('input[type="file"]');
    await file.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(7 * 1024 * 1024, 65) });
    await expect.poll(() => alert.textContent()).toBe('"huge.txt" is 7.0 MB; article files are limited to 6.0 MB.');
    await file.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 binary') });
    await expect.poll(() => alert.textContent()).toContain('"scan.pdf" is a PDF, not text');
    await file.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => alert.textContent()).toContain('"other.json" could not be opened');
    await file.setInputFiles({ name: 'bad.story.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dateline/1","meta":{}}') });
    await expect.poll(() => alert.textContent()).toContain('"bad.story.json" is not a valid Dateline story');
    expect(await alert.textContent()).toMatch(/meta\.title/);

    await file.setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<p>date 2020-02-03</p><script>window.__x=1</script><p>Pompeo <b>visited</b> Tashkent.</p>') });
    await expect.poll(() => page.getByLabel('Article text').inputValue()).toBe('date 2020-02-03\n\nPompeo visited Tashkent.');
    expect(await page.locator('.au-date-note').textContent()).toContain('Found in the text: 2020-02-03');
  });

  it('warns, where the author is looking, when the pasted text does not read as a news article', async () => {
    const { page } = await harness.open('author.html');
    const list = ['date 2024-01-01', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Lisbon', 'Vienna', 'Prague', 'Warsaw', 'Athens'].join('\n');
    await pasteAndExtract(page, list);
    await expect.poll(() => page.locator('.au-notices').textContent()).toContain('This does not read like a news article');
    expect(await page.locator('.au-notices').textContent()).toContain('It looks like a list');
  });

  it('gives no such warning for a news article', async () => {
    const { page } = await harness.open('author.html');
    await pasteAndExtract(page, SEED);
    expect(await page.locator('.au-notices').textContent()).not.toContain('does not read like a news article');
  });
});
