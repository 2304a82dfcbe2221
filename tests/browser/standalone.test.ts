import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyToStandaloneHtml } from '../../src/formats/storyToStandaloneHtml';
import { validateStory } from '../../src/story/validateStory';
import type { Story } from '../../src/story/types';
import { launchChromium } from './launchChromium';

const SCRIPT = 'dist/standalone/dateline-standalone.js';
const CSS = 'dist/standalone/dateline-standalone.css';
let browser: Browser;
let dir: string;

function seed(name: string): Story {
  const r = validateStory(JSON.parse(readFileSync(`seeds/${name}.story.json`, 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.story;
}

/** Opens `story` as a standalone file:// page with every request recorded and any that is not the file itself refused. */
async function open(story: Story, name: string) {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, storyToStandaloneHtml(story, { script: readFileSync(SCRIPT, 'utf8'), css: readFileSync(CSS, 'utf8') }));
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    requests.push(u);
    return u === url ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset['storyState'] !== undefined);
  return { page, context, requests, errors, url };
}

beforeAll(async () => {
  if (!existsSync(SCRIPT) || !existsSync(CSS)) throw new Error('Build first: npm run build');
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'dateline-standalone-'));
  mkdirSync('tmp/formats', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the standalone HTML file', () => {
  it('plays the seed story from file:// with its title, map and timeline, and asks no host for anything', async () => {
    const story = seed('000_434d8e9a3390da3a');
    const { page, context, requests, errors, url } = await open(story, 'seed');
    expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
    expect(await page.locator('.dl-title').textContent()).toBe(story.meta.title);
    await page.waitForSelector('.dl-country', { state: 'attached', timeout: 15_000 });
    expect(await page.locator('.leaflet-container').count()).toBe(1);
    expect(await page.locator('.dl-country').count()).toBeGreaterThan(100);
    expect(await page.locator('.dl-bottom__timeline svg').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.dl-events__list > li').count()).toBe(story.events.length);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.body.querySelector('[data-selected-event]') !== null || location.hash.startsWith('#event='));
    expect(page.url().startsWith(url)).toBe(true);
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'tmp/formats/standalone.png' });
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a story whose strings hold </script>, <!-- and markup as text: nothing runs, nothing is requested', async () => {
    const payload = '</script><script>alert(1)</script><!--<script>alert(2)</script>--><img src=x onerror=alert(3)>\u202Eevil';
    const base = seed('001_amundsen_hobart');
    const story: Story = { ...base, meta: { ...base.meta, title: payload, source: { name: payload } }, events: base.events.map((e) => ({ ...e, title: `${payload} ${e.title}` })) };
    const { page, context, requests, errors, url } = await open(story, 'hostile');
    expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
    expect(await page.locator('.dl-title').textContent()).toBe(payload);
    expect(await page.title()).toBe(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
