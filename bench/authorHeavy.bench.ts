/**
 * How long the authoring page stops answering while it opens heavy files, in headless Chromium:
 * for each heavy input of tests/browser/heavyInputs.ts, the longest task the page ran (the
 * browser's long-task entries, over 50 ms) from the moment the file is chosen until its review is
 * drawn (or it is refused), and how many tasks ran over 50 and over 200 ms (an author notices a
 * click going unanswered past about 200 ms). Prints a table; asserts nothing.
 * Usage: npm run bench:author (builds the app first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fiveMegabyteArticle, longLineString, nestedDivsHtml, timelineCsv, timelineJson } from '../tests/browser/heavyInputs';
import { launchChromium } from '../tests/browser/launchChromium';
import { startStaticServer } from '../tests/browser/staticServer';

const LONG_TASKS = `window.longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });`;

interface Scenario {
  name: string;
  /** Runs the scenario on an authoring page showing its input step; resolves when the page is done with it. */
  run(page: Page, file: (name: string, content: string) => Promise<void>): Promise<unknown>;
}

const reviewDrawn = (page: Page): Promise<unknown> => page.waitForFunction(() => performance.getEntriesByName('dateline:review-drawn').length > 0, undefined, { timeout: 180_000 });
const refused = (page: Page): Promise<unknown> => page.waitForFunction(() => document.querySelector('.au-input-step .au-message:not([hidden])') !== null, undefined, { timeout: 180_000 });
const bigText = (page: Page): Promise<unknown> => page.waitForFunction(() => !(document.querySelector('.au-bigtext') as HTMLElement).hidden, undefined, { timeout: 180_000 });

const SCENARIOS: Scenario[] = [
  { name: '2.2 MB page, 200,000 nested divs (refused)', run: async (page, file) => (await file('nested.html', nestedDivsHtml()), await refused(page)) },
  { name: 'CSV of a million rows (refused)', run: async (page, file) => (await file('million.csv', timelineCsv()), await refused(page)) },
  { name: 'TimelineJS JSON, 99,000 events, read and reviewed', run: async (page, file) => (await file('long.timeline.json', timelineJson()), await reviewDrawn(page)) },
  { name: 'GeoJSON LineString, a million points, read and reviewed', run: async (page, file) => (await file('track.geojson', longLineString()), await reviewDrawn(page)) },
  { name: '5 MB article as .txt, opened', run: async (page, file) => (await file('long.txt', fiveMegabyteArticle()), await bigText(page)) },
  {
    name: '5 MB article, places and dates found and reviewed',
    run: async (page, file) => {
      await file('long.txt', fiveMegabyteArticle());
      await bigText(page);
      await page.evaluate(() => (window as unknown as { longTasks: unknown[] }).longTasks.splice(0));
      await page.getByRole('button', { name: 'Find places and dates' }).click();
      await reviewDrawn(page);
    },
  },
];

const scratch = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const server = await startStaticServer({ '/': 'dist', '/scratch': scratch });
const browser = await launchChromium();
const rows: { name: string; longest: number; over50: number; over200: number; seconds: number }[] = [];
for (const scenario of SCENARIOS) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${server.origin}/author.html`);
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'input');
  const started = Date.now();
  await scenario.run(page, async (name, content) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    await page.evaluate(() => (window as unknown as { longTasks: unknown[] }).longTasks.splice(0));
    await page.locator('input[type="file"]').setInputFiles(path);
  });
  const seconds = (Date.now() - started) / 1000;
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks.map((t) => t.duration));
  rows.push({ name: scenario.name, longest: Math.max(0, ...tasks), over50: tasks.length, over200: tasks.filter((d) => d > 200).length, seconds });
  await page.close();
  console.error(`${scenario.name}: done`);
}
const version = browser.version();
await browser.close();
await server.close();
rmSync(scratch, { recursive: true, force: true });

console.log(`Headless Chromium ${version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}.`);
console.log('');
console.log('| Heavy input | Longest task (ms) | Tasks > 50 ms | Tasks > 200 ms | Until done (s) |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.longest.toFixed(0)} | ${r.over50} | ${r.over200} | ${r.seconds.toFixed(1)} |`);
