import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyToStandaloneHtml } from '../../src/formats/storyToStandaloneHtml';
import type { Story } from '../../src/story/types';
import { HOSTILE_PAYLOADS } from './hostilePayloads';
import { hostileStory, HOSTILE_FIELDS } from './hostileStory';
import { launchChromium } from './launchChromium';

const SCRIPT = 'dist/standalone/dateline-standalone.js';
const CSS = 'dist/standalone/dateline-standalone.css';
const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as Record<string, unknown>;
let browser: Browser;
let dir: string;
let counter = 0;

interface Watched {
  page: Page;
  ran: string[];
  problems: string[];
  stray: string[];
  state: string;
}

/** Writes `story` as a standalone file, opens it from file:// and records anything a payload could do. */
async function open(story: unknown): Promise<Watched> {
  const file = join(dir, `hostile-${++counter}.html`);
  // The export takes a Story; these stories are valid ones built as loose JSON.
  writeFileSync(file, storyToStandaloneHtml(story as Story, { script: readFileSync(SCRIPT, 'utf8'), css: readFileSync(CSS, 'utf8') }));
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const w: Watched = { page, ran: [], problems: [], stray: [], state: '' };
  await page.exposeFunction('__reportPwned', (k: string) => w.ran.push(k));
  await page.addInitScript(() => {
    (window as unknown as { __pwned: (k: string) => void }).__pwned = (k) => void (window as unknown as { __reportPwned: (k: string) => void }).__reportPwned(k);
  });
  page.on('dialog', (d) => {
    w.ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.problems.push(e.message));
  // The file itself and the data: URLs its script and styles carry; anything else is a payload's doing.
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url || u.startsWith('data:')) return route.continue();
    w.stray.push(u);
    return route.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset['storyState'] !== undefined);
  w.state = (await page.evaluate(() => document.body.dataset['storyState'])) ?? '';
  return w;
}

/** Walks the story as a reader would: every event, the list, the places and the timeline marks. */
async function exercise(page: Page): Promise<void> {
  const events = await page.locator('.dl-events__item').count();
  const next = page.getByRole('button', { name: 'Next event' });
  if ((await next.count()) > 0) for (let i = 0; i < events; i++) await next.click({ timeout: 5000 });
  const places = page.locator('.dl-map .dl-place');
  for (let i = 0; i < Math.min(await places.count(), 3); i++) for (const type of ['mouseover', 'focus']) await places.nth(i).dispatchEvent(type);
  const marks = page.locator('.dl-timeline .dl-mark');
  if ((await marks.count()) > 0) await marks.first().dispatchEvent('mouseover');
}

/** Elements or attributes that could only have come from markup in story text. */
const interpreted = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    // The page's own two scripts are the JSON island and the viewer.
    if (document.scripts.length !== 2) found.push(`${document.scripts.length} scripts`);
    const app = document.getElementById('app') ?? document.body;
    for (const sel of ['script', 'iframe', 'img[src="x"]', 'math', 'style', 'b', 'circle[r="5"]']) if (app.querySelector(sel)) found.push(sel);
    // Leaflet's zoom buttons are links to "#"; any other link must be http(s).
    for (const a of Array.from(app.querySelectorAll('a[href]:not([href="#"])'))) if (!/^https?:$/.test(new URL((a as HTMLAnchorElement).href).protocol)) found.push(`a[href=${a.getAttribute('href') ?? ''}]`);
    for (const el of Array.from(document.querySelectorAll('*'))) for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    return found;
  });

beforeAll(async () => {
  if (!existsSync(SCRIPT) || !existsSync(CSS)) throw new Error('Build first: npm run build');
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'dateline-standalone-hostile-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`the standalone HTML file with a hostile string in each of ${HOSTILE_FIELDS.length} fields`, () => {
  it.each(Object.entries(HOSTILE_PAYLOADS))('plays a story with %s, shows it as text in the title and the page title, and runs nothing', async (_label, payload) => {
    const w = await open(hostileStory(sample, payload, 'https://example.com/source'));
    expect(w.state).toBe('ready');
    await exercise(w.page);
    expect(await w.page.locator('.dl-title').textContent()).toBe(payload);
    expect(await w.page.title()).toBe(payload.replace(/\s+/g, ' ').trim());
    const found = await interpreted(w.page);
    await w.page.close();
    expect(w.ran).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(found).toEqual([]);
    expect(w.stray).toEqual([]);
  });

  it.each(Object.entries(HOSTILE_PAYLOADS))('refuses %s as the source link with a message, and runs nothing', async (_label, payload) => {
    const w = await open(hostileStory(sample, 'Title', payload));
    expect(w.state).toBe('error');
    expect(await w.page.locator('[role="alert"]').first().textContent()).toMatch(/source/i);
    const found = await interpreted(w.page);
    await w.page.close();
    expect(w.ran).toEqual([]);
    expect(found).toEqual([]);
    expect(w.stray).toEqual([]);
  });
});
