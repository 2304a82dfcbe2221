import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { snapshotLayout } from '../../src/snapshot/snapshotLayout';
import { launchChromium } from './launchChromium';
import { solidPng } from '../snapshot/solidPng';
import { startStaticServer, type StaticServer } from './staticServer';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
let server: StaticServer;
let browser: Browser;
let tiles = '';
/** The fake tiles' colour: nothing else on the map is this magenta. */
const TILE: [number, number, number] = [255, 0, 255];
const opened: Array<{ page: Page; requests: string[]; errors: string[] }> = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });
  const entry = { page, requests: [] as string[], errors: [] as string[] };
  page.on('request', (r) => entry.requests.push(r.url()));
  page.on('pageerror', (e) => entry.errors.push(e.message));
  opened.push(entry);
  await page.goto(`${server.origin}/${path}`);
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  await page.waitForSelector('.dl-map path.dl-country', { state: 'attached' });
  return page;
}

/** Clicks "Save as image" and returns the downloaded file's name and bytes. */
async function save(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as image' }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from the PNG's IHDR chunk. */
const pngSize = (bytes: Buffer): [number, number] => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

/** Decodes the PNG in the page and counts pixels that differ from the top-left one, and distinct colours. */
function inspect(page: Page, bytes: Buffer): Promise<{ differing: number; total: number; colours: number; mapCentre: number[]; magenta: number }> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const bg = [data[0], data[1], data[2]];
    let differing = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== bg[0] || data[i + 1] !== bg[1] || data[i + 2] !== bg[2]) differing++;
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    const at = (4 * (Math.floor(bitmap.height / 3) * bitmap.width + Math.floor(bitmap.width / 2)));
    let magenta = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 0 && data[i + 2] === 255) magenta++;
    return { differing, total: data.length / 4, colours: colours.size, mapCentre: [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0], magenta: magenta / (data.length / 4) };
  }, bytes.toString('base64'));
}

beforeAll(async () => {
  if (!existsSync('dist/embed.html')) throw new Error('Build first: npx vite build');
  tiles = mkdtempSync(join(tmpdir(), 'dateline-tiles-'));
  writeFileSync(join(tiles, 'tile.png'), solidPng(256, TILE));
  server = await startStaticServer({ '/dateline': 'dist', '/host': 'tests/browser/embedHost', '/tiles': tiles, '/stories': 'tests/fixtures', '/': 'dist', '/fixtures': 'tests/fixtures' });
  browser = await launchChromium();
  mkdirSync('/tmp/shots', { recursive: true });
});

afterEach(async () => {
  for (const { page, requests, errors } of opened.splice(0)) {
    expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== server.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tiles) rmSync(tiles, { recursive: true, force: true });
});

describe('Save as image', () => {
  it('in the embed, downloads dateline-<event>.png: a PNG of the map and the timeline at their size, with something drawn', async () => {
    const page = await open('embed.html?story=/fixtures/sample.story.json#event=e2');
    const parts = await page.evaluate(() => {
      const map = document.querySelector('.dl-map')?.getBoundingClientRect();
      const timeline = document.querySelector('.dl-timeline svg')?.getBoundingClientRect();
      return { mapWidth: map?.width ?? 0, mapHeight: map?.height ?? 0, timelineWidth: timeline?.width ?? 0, timelineHeight: timeline?.height ?? 0 };
    });
    const { name, bytes } = await save(page);
    expect(name).toBe('dateline-e2.png');
    writeFileSync('/tmp/shots/snapshot-embed.png', bytes);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    const expected = snapshotLayout(parts, 1);
    expect(pngSize(bytes)).toEqual([expected.pixelWidth, expected.pixelHeight]);
    expect(expected.pixelHeight).toBeGreaterThan(parts.mapHeight + parts.timelineHeight);
    const seen = await inspect(page, bytes);
    // Land, sea, markers, route, labels and timeline marks: far from a blank page.
    expect(seen.differing / seen.total).toBeGreaterThan(0.3);
    expect(seen.colours).toBeGreaterThan(50);
    // The middle of the map is drawn (land or sea), not left as the page background.
    expect(seen.mapCentre).not.toEqual([255, 255, 255]);
    await page.screenshot({ path: '/tmp/shots/snapshot-embed-page.png' });
    // The button is usable again after saving.
    expect(await page.getByRole('button', { name: 'Save as image' }).isEnabled()).toBe(true);
  });

  it('in presentation mode, downloads the map of the current slide', async () => {
    const page = await open('present.html?story=/fixtures/sample.story.json');
    await page.keyboard.press('PageDown');
    const step = await page.evaluate(() => document.body.dataset['step'] ?? '');
    const { name, bytes } = await save(page);
    expect(name).toBe(`dateline-${step.replace(/^event:/, '')}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    const map = await page.locator('.dl-present__map').boundingBox();
    const expected = snapshotLayout({ mapWidth: map?.width ?? 0, mapHeight: map?.height ?? 0, timelineWidth: 0, timelineHeight: 0 }, 1);
    expect(pngSize(bytes)).toEqual([expected.pixelWidth, expected.pixelHeight]);
    expect((await inspect(page, bytes)).colours).toBeGreaterThan(20);
    writeFileSync('/tmp/shots/snapshot-present.png', bytes);
  });
});

describe('Save as image with map tiles', () => {
  /** Mounts the sample story with `tileUrl` through the JS API and waits for its tiles. */
  async function withTiles(tileUrl: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });
    const entry = { page, requests: [] as string[], errors: [] as string[] };
    page.on('pageerror', (e) => entry.errors.push(e.message));
    opened.push(entry);
    await page.goto(`${server.origin}/host/blank.html`);
    // A string, so the test runner leaves the page's own dynamic import alone.
    await page.evaluate(`(async () => {
      const { mount } = await import('/dateline/dateline-embed.js');
      const story = await (await fetch('/stories/sample.story.json')).json();
      mount(document.getElementById('story'), story, { map: { tileUrl: ${JSON.stringify(tileUrl)} }, event: 'e2' });
    })()`);
    // Every tile Leaflet asked for has arrived (their fade-in may still be running).
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      return imgs.length > 0 && imgs.every((i) => i.complete) && imgs.some((i) => i.naturalWidth > 0);
    });
    return page;
  }

  it('draws tiles from the page\'s own host', async () => {
    const page = await withTiles(`${server.origin}/tiles/tile.png?{z}/{x}/{y}`);
    const { bytes } = await save(page);
    expect((await inspect(page, bytes)).magenta).toBeGreaterThan(0.2);
  });

  it('draws a tile that is still fading in as it is about to look, not transparent', async () => {
    const page = await withTiles(`${server.origin}/tiles/tile.png?{z}/{x}/{y}`);
    // Leaflet starts each loaded tile at opacity 0 and fades it in. Once its fade is over (so it
    // stops setting opacities), put every tile back at the start of its fade.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].every((i) => i.style.opacity === '1'));
    await page.evaluate(() => document.querySelectorAll<HTMLImageElement>('img.leaflet-tile').forEach((i) => { i.style.opacity = '0'; }));
    const { bytes } = await save(page);
    expect((await inspect(page, bytes)).magenta).toBeGreaterThan(0.2);
  });

  it('leaves out tiles whose server does not allow copying them (another origin, no CORS), and still saves the rest', async () => {
    const foreign = server.origin.replace('127.0.0.1', 'localhost');
    const page = await withTiles(`${foreign}/tiles/tile.png?{z}/{x}/{y}`);
    const { name, bytes } = await save(page);
    expect(name).toBe('dateline-e2.png');
    const seen = await inspect(page, bytes);
    expect(seen.magenta).toBe(0);
    // Markers, routes, labels and the timeline are still there.
    expect(seen.colours).toBeGreaterThan(20);
    writeFileSync('/tmp/shots/snapshot-foreign-tiles.png', bytes);
  });
});
