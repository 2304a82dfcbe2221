import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, LONG_PAYLOAD } from './hostilePayloads';
import { hostileStory } from './hostileStory';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();
const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as Record<string, unknown>;

interface Watched {
  page: Page;
  ran: string[];
  dialogs: string[];
}

/** Opens the authoring page with window.__pwned reporting to the test, and dialogs recorded. */
async function openAuthor(): Promise<Watched> {
  const ran: string[] = [];
  const dialogs: string[] = [];
  const { page } = await harness.open('author.html', {
    prepare: async (p) => {
      await p.exposeFunction('__reportPwned', (k: string) => ran.push(k));
      await p.addInitScript(() => {
        const w = window as unknown as { __pwned: (k: string) => void; __reportPwned: (k: string) => void };
        w.__pwned = (k) => void w.__reportPwned(k);
      });
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    },
  });
  return { page, ran, dialogs };
}

/** Markup that could only have come from article or story text: elements in the authoring UI (the preview's own SVG icons aside), handlers anywhere, odd links. */
const interpreted = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const root = document.getElementById('author') ?? document.body;
    const mine = [...root.querySelectorAll('.au-left, .au-editors, .au-input-pane, .au-notices, .au-header')];
    for (const part of mine) for (const sel of ['img', 'script', 'svg', 'iframe', 'math', 'style', 'b', 'object', 'embed', 'a:not(.au-link)']) if (part.querySelector(sel)) found.push(sel);
    for (const sel of ['script', 'iframe', 'img[src="x"]', 'circle[r="5"]', 'b', 'style', 'math']) if (root.querySelector(sel)) found.push(`app ${sel}`);
    for (const a of Array.from(root.querySelectorAll('a[href]'))) if (!/^https?:$/.test(new URL((a as HTMLAnchorElement).href).protocol)) found.push(`a[href=${a.getAttribute('href') ?? ''}]`);
    for (const el of Array.from(document.querySelectorAll('*'))) for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    return found;
  });

/** Clicks what an author clicks: highlights (their panels), the tabs, the selection tools. */
async function exercise(page: Page): Promise<void> {
  const marks = page.locator('.au-article mark');
  for (let i = 0; i < Math.min(await marks.count(), 6); i++) await marks.nth(i).click({ timeout: 5000 });
  for (const tab of ['Route', 'Export', 'Events']) await page.getByRole('tab', { name: tab }).click();
  await page.evaluate(() => {
    const body = document.querySelector('.au-article');
    // The article's first text, in its first run (a long article's runs are grouped in blocks).
    const first = body ? document.createTreeWalker(body, NodeFilter.SHOW_TEXT).nextNode() : null;
    if (!first) return;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(first, Math.min(40, first.textContent?.length ?? 0));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const add = page.getByRole('button', { name: 'Add place…' });
  if (await add.isEnabled()) {
    await add.click();
    await page.locator('.au-tools__status').filter({ hasText: /found|No place/ }).waitFor({ timeout: 30_000 });
  }
}

async function openFile(page: Page, name: string, content: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'review' || document.querySelector('.au-input-step [role="alert"]') !== null);
}

describe('the authoring view under hostile input', () => {
  it('notices a payload that does run and markup that is interpreted (a control, so a pass means something)', async () => {
    const w = await openAuthor();
    await w.page.evaluate(() => document.querySelector('.au-input-pane')?.insertAdjacentHTML('beforeend', `<img src=x onerror="__pwned('control')"><b>b</b>`));
    await expect.poll(() => w.ran).toEqual(['control']);
    expect(await interpreted(w.page)).toEqual(expect.arrayContaining(['img', 'b', 'img[onerror]']));
    await w.page.evaluate(() => document.querySelector('.au-input-pane img')?.remove());
    await w.page.evaluate(() => document.querySelector('.au-input-pane b')?.remove());
  });

  it(`pasted as the article (${Object.keys(HOSTILE_PAYLOADS).length} payloads), every payload stays text`, async () => {
    const w = await openAuthor();
    const sentences = Object.values(HOSTILE_PAYLOADS).map((p, i) => `Officials in Kyiv said ${p} on day ${i + 1} yesterday.`);
    const article = `date 2020-02-03\nKYIV • ${sentences.join('\n\n')}`;
    await w.page.getByLabel('Article text').fill(article);
    await w.page.getByRole('button', { name: 'Find places and dates' }).click();
    await w.page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 60_000 });
    expect(await w.page.locator('.au-article').textContent()).toBe(article);
    await exercise(w.page);
    expect(await interpreted(w.page)).toEqual([]);
    expect(w.ran).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  it('pasted as a 100,000-character string inside an article, it is shown or refused with a message, and nothing runs', async () => {
    const w = await openAuthor();
    await w.page.getByLabel('Article text').fill(`date 2020-02-03\nKYIV • Officials in Kyiv said it yesterday. The long one: ${LONG_PAYLOAD} in Paris.`);
    await w.page.getByRole('button', { name: 'Find places and dates' }).click();
    await w.page.waitForFunction(() => document.body.dataset['authorState'] !== 'extracting', undefined, { timeout: 60_000 });
    await w.page.waitForFunction(() => document.body.dataset['authorState'] === 'review' || document.querySelector('.au-input-step [role="alert"]') !== null);
    if ((await w.page.evaluate(() => document.body.dataset['authorState'])) === 'review') await exercise(w.page);
    // A refusal is a short message, not the payload echoed back.
    else expect(((await w.page.locator('.au-input-step [role="alert"]').textContent()) ?? '').length).toBeLessThan(2000);
    expect(await interpreted(w.page)).toEqual([]);
    expect(w.ran).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  it.each(Object.entries(HOSTILE_PAYLOADS))('opened as a story JSON with %s in every name, title and text, shows it as text', async (_label, payload) => {
    const w = await openAuthor();
    await openFile(w.page, 'hostile.story.json', JSON.stringify(hostileStory(sample, payload, 'https://example.com/story')));
    expect(await w.page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    expect(await w.page.locator('.au-article').textContent()).toContain(payload);
    await exercise(w.page);
    expect(await w.page.locator('li[data-event-id] [data-field="title"]').first().inputValue()).toBe(payload);
    expect(await interpreted(w.page)).toEqual([]);
    expect(w.ran).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  it('opened as a story JSON with a 100,000-character article and summaries, shows it and runs nothing', async () => {
    const w = await openAuthor();
    await openFile(w.page, 'long.story.json', JSON.stringify(hostileStory(sample, LONG_PAYLOAD, 'https://example.com/story', 'long')));
    expect(await w.page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    await exercise(w.page);
    expect(await interpreted(w.page)).toEqual([]);
    expect(w.ran).toEqual([]);
  });

  it.each(Object.entries(HOSTILE_PAYLOADS))('imported as a TimelineJS file with %s in its headlines, text and media, runs nothing', async (_label, payload) => {
    const w = await openAuthor();
    const timeline = {
      title: { text: { headline: payload, text: `<p>${payload}</p>` } },
      events: [
        { start_date: { year: '2020', month: '2', day: '1' }, text: { headline: payload, text: `<p>${payload}</p>` }, media: { url: 'javascript:__pwned("media")', caption: payload, credit: payload } },
        { start_date: { year: '2020', month: '2', day: '2' }, end_date: { year: '2020', month: '2', day: '3' }, text: { headline: 'Second', text: payload }, group: payload },
      ],
    };
    await openFile(w.page, 'hostile.timeline.json', JSON.stringify(timeline));
    expect(await w.page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    expect(await w.page.locator('.au-notices').textContent()).toContain('Opened as timelinejs');
    await exercise(w.page);
    expect(await interpreted(w.page)).toEqual([]);
    expect(w.ran).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });
});
