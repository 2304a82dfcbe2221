/**
 * Player speed in headless Chromium: time until interactive, one step (p50/p95) and frame gaps
 * while playing (p95), for Dateline on generated stories of 1,000, 5,000 and 50,000 events, and
 * for TimelineJS 3 (served from node_modules) on the same 1,000 and 5,000 events, in one run.
 * Prints a table; asserts nothing. Usage: npx vite build && npm run bench:player
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/launchChromium';
import { startStaticServer } from '../tests/browser/staticServer';
import { generateStory } from './player/generateStory';
import { frameTimes, percentiles, timeSteps } from './player/measureInPage';
import { timelineJsHtml, toTimelineJs } from './player/timelineJsPage';

if (!existsSync('dist/index.html')) throw new Error('Build the app first: npx vite build');
const SIZES = [1_000, 5_000, 50_000];
const TIMELINEJS_SIZES = new Set([1_000, 5_000]);
const STEPS = 100; // enough samples for the 95th percentile to be more than the second-worst step
const PLAY_MS = 4_000;

const scratch = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
for (const n of SIZES) {
  const story = generateStory({ events: n, places: Math.min(5_000, n), seed: n });
  writeFileSync(join(scratch, `s${n}.story.json`), JSON.stringify(story));
  if (TIMELINEJS_SIZES.has(n)) {
    writeFileSync(join(scratch, `s${n}.tl.json`), JSON.stringify(toTimelineJs(story)));
    writeFileSync(join(scratch, `tl${n}.html`), timelineJsHtml(`/scratch/s${n}.tl.json`));
  }
}
const server = await startStaticServer({ '/': 'dist', '/scratch': scratch, '/tljs': 'node_modules/@knight-lab/timelinejs/dist' });
const browser: Browser = await launchChromium();

/** Opens `path` in a fresh page that may reach nothing but the local server. */
async function open(path: string, init: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.addInitScript(init);
  await page.goto(`${server.origin}/${path}`);
  await page.waitForFunction(() => (window as unknown as { benchReady?: number }).benchReady !== undefined, undefined, { timeout: 120_000 });
  return page;
}

// Dateline is interactive when the story is shown and a frame has been drawn after it.
const datelineInit = `new MutationObserver(function (_, o) {
  if (document.body && document.body.dataset.storyState === 'ready') { o.disconnect(); requestAnimationFrame(function () { window.benchReady = performance.now(); }); }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-story-state'] });
window.benchStep = function () { document.querySelector('.dl-btn--next').click(); };
window.benchMode = function (mode, speed) {
  var m = document.querySelector('.dl-mode'); m.value = mode; m.dispatchEvent(new Event('change'));
  var s = document.querySelector('.dl-speed'); s.value = String(speed); s.dispatchEvent(new Event('change'));
};
window.benchPlay = function () { document.querySelector('.dl-btn--primary').click(); };
window.benchStop = function () { document.querySelector('.dl-btn--primary').click(); };`;
const timelineJsInit = `window.benchStep = function () { window.tl.goToNext(); };
window.benchPlay = function () { window.benchTimer = setInterval(function () { window.tl.goToNext(); }, 312); };
window.benchStop = function () { clearInterval(window.benchTimer); };`;

interface Row {
  tool: string;
  events: number;
  interactive: number;
  /** Dateline only: where the time to interactive went (from the page's performance marks). */
  parts?: { start: number; load: number; mount: number; frame: number };
  step: { p50: number; p95: number };
  play: number;
  playTime?: number;
}
const rows: Row[] = [];
const ms = (n: number | undefined): string => (n === undefined ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));

for (const n of SIZES) {
  const page = await open(`?story=scratch/s${n}.story.json`, datelineInit);
  const interactive = await page.evaluate(() => (window as unknown as { benchReady: number }).benchReady);
  // Sent as text: tsx would wrap the named helper in a function the page lacks.
  const parts = (await page.evaluate(`(() => {
    const at = (name) => { const m = performance.getEntriesByName(name, 'mark'); return m.length ? m[m.length - 1].startTime : NaN; };
    return { start: at('dateline:load'), load: at('dateline:loaded') - at('dateline:load'), mount: at('dateline:mounted') - at('dateline:loaded'), frame: window.benchReady - at('dateline:mounted') };
  })()`)) as NonNullable<Row['parts']>;
  const step = percentiles(await timeSteps(page, STEPS));
  await page.evaluate(() => (window as unknown as { benchMode: (m: string, s: number) => void }).benchMode('event', 8));
  const play = percentiles(await frameTimes(page, PLAY_MS)).p95;
  await page.evaluate(() => (window as unknown as { benchMode: (m: string, s: number) => void }).benchMode('time', 8));
  const playTime = percentiles(await frameTimes(page, PLAY_MS)).p95;
  rows.push({ tool: 'Dateline', events: n, interactive, parts, step, play, playTime });
  await page.close();
  console.error(`Dateline ${n}: done`);
}
for (const n of SIZES.filter((s) => TIMELINEJS_SIZES.has(s))) {
  const page = await open(`scratch/tl${n}.html`, timelineJsInit);
  const interactive = await page.evaluate(() => (window as unknown as { benchReady: number }).benchReady);
  const step = percentiles(await timeSteps(page, STEPS));
  const play = percentiles(await frameTimes(page, PLAY_MS)).p95;
  rows.push({ tool: 'TimelineJS 3.9.11', events: n, interactive, step, play });
  await page.close();
  console.error(`TimelineJS ${n}: done`);
}
const version = browser.version();
await browser.close();
await server.close();
rmSync(scratch, { recursive: true, force: true });

console.log(`Headless Chromium ${version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; times in ms.`);
console.log('');
console.log('| Tool | Events | Interactive | Step p50 | Step p95 | Frame p95, playing by event (8×) | Frame p95, playing by time (8×) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.tool} | ${r.events.toLocaleString('en')} | ${ms(r.interactive)} | ${ms(r.step.p50)} | ${ms(r.step.p95)} | ${ms(r.play)} | ${ms(r.playTime)} |`);
}
console.log('');
console.log('Where Dateline\'s time to interactive goes (ms): page start until the load begins, the load (reading the story, then parsing and validating it in the story worker while the page parses it too), mounting the views, and the first frame after.');
console.log('');
console.log('| Events | Page start | Load | Mount | Frame |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of rows) if (r.parts) console.log(`| ${r.events.toLocaleString('en')} | ${ms(r.parts.start)} | ${ms(r.parts.load)} | ${ms(r.parts.mount)} | ${ms(r.parts.frame)} |`);
