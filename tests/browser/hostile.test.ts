import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS as PAYLOADS, LONG_PAYLOAD as LONG } from './hostilePayloads';
import { hostileStory, HOSTILE_FIELDS, LONG_FIELDS } from './hostileStory';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as Record<string, unknown>;
let server: StaticServer;
let browser: Browser;
let scratch: string;
let counter = 0;

interface Watched {
  page: Page;
  ran: string[];
  dialogs: string[];
  problems: string[];
  requests: string[];
}

/** Where a story is opened: the app, the iframe embed's page, or the custom element on a host page. */
type Target = 'app' | 'embed' | 'element';

/** The address that shows scratch story `name` in `target` (the element gets a host page of its own). */
function addressFor(target: Target, name: string): string {
  if (target === 'app') return `${server.origin}/?story=scratch/${name}`;
  if (target === 'embed') return `${server.origin}/embed.html?story=/scratch/${name}`;
  const host = `host-${name}.html`;
  writeFileSync(
    join(scratch, host),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">` +
      `<script type="module" src="/dateline-embed.js"></script></head>` +
      `<body><main id="app"><dateline-story src="/scratch/${name}" style="display:block;height:700px"></dateline-story></main></body></html>`,
  );
  return `${server.origin}/scratch/${host}`;
}

/** Writes `story` and opens it in `target`, recording anything a payload could do: run, open a dialog, log an error, fetch. */
async function openStory(story: unknown, target: Target = 'app'): Promise<Watched> {
  const name = `hostile-${++counter}.story.json`;
  writeFileSync(join(scratch, name), JSON.stringify(story));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const w: Watched = { page, ran: [], dialogs: [], problems: [], requests: [] };
  await page.exposeFunction('__reportPwned', (k: string) => w.ran.push(k));
  await page.addInitScript(() => {
    (window as unknown as { __pwned: (k: string) => void }).__pwned = (k) => void (window as unknown as { __reportPwned: (k: string) => void }).__reportPwned(k);
  });
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => w.requests.push(r.url()));
  await page.goto(addressFor(target, name));
  await page
    .waitForFunction(() => ['ready', 'error'].includes((document.querySelector<HTMLElement>('dateline-story') ?? document.body).dataset['storyState'] ?? ''))
    .catch((e: unknown) => {
      throw new Error(`The ${target} did not settle: ${w.problems.join('; ') || String(e)}`);
    });
  return w;
}

/** Walks the story the way a reader would: every event, the list, tooltips, play. */
async function exercise(page: Page): Promise<void> {
  const events = await page.locator('.dl-events__item').count();
  const next = page.getByRole('button', { name: 'Next event' });
  if ((await next.count()) > 0) for (let i = 0; i < events; i++) await next.click({ timeout: 5000 });
  if (events > 0) await page.locator('.dl-events__item').first().click({ timeout: 5000 });
  const places = page.locator('.dl-map .dl-place');
  // Pointer events by dispatch: markers may sit outside the viewport, and an injected handler would fire all the same.
  for (let i = 0; i < Math.min(await places.count(), 3); i++) {
    for (const type of ['mouseover', 'mouseenter', 'focus']) await places.nth(i).dispatchEvent(type);
  }
  const marks = page.locator('.dl-timeline .dl-mark');
  if ((await marks.count()) > 0) await marks.first().dispatchEvent('mouseover');
  await page.locator('.dl-title').dispatchEvent('mouseover');
}

/** Elements or attributes that could only come from markup in story text. */
const interpreted = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const app = document.getElementById('app') ?? document.body;
    const found: string[] = [];
    const selectors = ['script', 'iframe', 'img[src="x"]', 'math', 'style', 'b', 'circle[r="5"]', 'svg[onload]'];
    for (const sel of selectors) if (app.querySelector(sel)) found.push(sel);
    // Leaflet's own links are https: or "#"; anything else came from somewhere it should not have.
    for (const a of Array.from(app.querySelectorAll('a[href]'))) if (!/^https?:$/.test(new URL((a as HTMLAnchorElement).href).protocol)) found.push(`a[href=${a.getAttribute('href') ?? ''}]`);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    }
    return found;
  });

function expectHarmless(w: Watched): void {
  expect(w.ran).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(w.problems).toEqual([]);
  const stray = w.requests.filter((u) => !u.startsWith(`${new URL(u).protocol === 'data:' ? u : 'http://127.0.0.1:'}`) || /\/x$/.test(new URL(u).pathname));
  expect(stray).toEqual([]);
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
  server = await startStaticServer({ '/': 'dist', '/scratch': scratch });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the hostile-input harness', () => {
  it('notices a payload that does run and markup that is interpreted (a control, so a pass means something)', async () => {
    const w = await openStory(hostileStory(sample, 'plain', 'https://example.com/story'));
    await w.page.evaluate(() => {
      const probe = document.createElement('div');
      // Deliberately what the app must never do with story text.
      probe.insertAdjacentHTML('beforeend', `<img src=x onerror="__pwned('control')"><b>bold</b>`);
      document.getElementById('app')?.append(probe);
    });
    await expect.poll(() => w.ran).toEqual(['control']);
    expect(await interpreted(w.page)).toEqual(expect.arrayContaining(['img[src="x"]', 'b', 'img[onerror]']));
    await w.page.close();
  });
});

describe(`the app on stories with a hostile string in each of ${HOSTILE_FIELDS.length} fields`, () => {
  it.each(Object.entries(PAYLOADS))('shows %s as text and runs nothing', async (_label, payload) => {
    const w = await openStory(hostileStory(sample, payload, 'https://example.com/story'));
    expect(await w.page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
    await exercise(w.page);
    expect(await w.page.locator('.dl-title').textContent()).toBe(payload);
    expect(await w.page.locator('.dl-narration').textContent()).toContain(payload);
    expect(await w.page.locator('.dl-events').textContent()).toContain(payload);
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });

  it.each(Object.entries(PAYLOADS))('refuses %s as the source link, saying why, and runs nothing', async (_label, payload) => {
    const w = await openStory(hostileStory(sample, 'plain', payload, 'long'));
    expect(await w.page.evaluate(() => document.body.dataset['storyState'])).toBe('error');
    expect(await w.page.getByRole('alert').textContent()).toContain('meta.source.url: only http and https links are allowed');
    await exercise(w.page);
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });

  it(`shows a 100,000-character string in the ${LONG_FIELDS.length} fields that allow it, and runs nothing`, async () => {
    const w = await openStory(hostileStory(sample, LONG, 'https://example.com/story', 'long'));
    expect(await w.page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
    await exercise(w.page);
    expect(await w.page.locator('.dl-narration').textContent()).toContain(LONG);
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });

  it('refuses a 100,000-character string in the titles and names with short messages, and runs nothing', async () => {
    const w = await openStory(hostileStory(sample, LONG, 'https://example.com/story'));
    expect(await w.page.evaluate(() => document.body.dataset['storyState'])).toBe('error');
    const text = (await w.page.getByRole('alert').textContent()) ?? '';
    expect(text).toContain('meta.title: 100,000 characters; the limit is 500');
    expect(text.length).toBeLessThan(20 * 310);
    await exercise(w.page);
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });
});

describe('the embed and the custom element on stories with a hostile string in every field', () => {
  const state = (page: Page): Promise<string | undefined> =>
    page.evaluate(() => (document.querySelector<HTMLElement>('dateline-story') ?? document.body).dataset['storyState']);

  it.each(Object.entries(PAYLOADS))('the iframe embed page shows %s as text and runs nothing', async (_label, payload) => {
    const w = await openStory(hostileStory(sample, payload, 'https://example.com/story'), 'embed');
    expect(await state(w.page)).toBe('ready');
    await exercise(w.page);
    expect(await w.page.locator('.dl-title').textContent()).toBe(payload);
    expect(await w.page.locator('.dl-narration').textContent()).toContain(payload);
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });

  it.each(Object.entries(PAYLOADS))('the custom element shows %s as text and runs nothing', async (_label, payload) => {
    const w = await openStory(hostileStory(sample, payload, 'https://example.com/story'), 'element');
    expect(await state(w.page)).toBe('ready');
    await exercise(w.page);
    expect(await w.page.locator('dateline-story .dl-title').textContent()).toBe(payload);
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });

  it('the embed refuses a javascript: source link with a message, and runs nothing', async () => {
    const w = await openStory(hostileStory(sample, 'plain', PAYLOADS['a javascript: URL'] ?? '', 'long'), 'embed');
    expect(await state(w.page)).toBe('error');
    expect(await w.page.getByRole('alert').textContent()).toContain('only http and https links are allowed');
    expect(await interpreted(w.page)).toEqual([]);
    expectHarmless(w);
    await w.page.close();
  });
});
