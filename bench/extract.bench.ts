/**
 * Extraction speed: cold start (loading and indexing the gazetteer), articles per second on one
 * core over real news text, and one 5 MB article. Prints numbers; asserts nothing.
 * Usage: npm run bench [-- path/to/articles.jsonl]   (default: ../shared/eval/trnews.jsonl)
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extractStory } from '../src/extract/extractStory';
import { loadGazetteer } from '../src/gazetteer/loadGazetteer';

const path = process.argv[2] ?? new URL('../../shared/eval/trnews.jsonl', import.meta.url).pathname;
const seed = readFileSync(new URL('../seeds/000_434d8e9a3390da3a.txt', import.meta.url), 'utf8');
const articles: { text: string; date: string }[] = existsSync(path)
  ? readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { text: string; date?: string; dct?: string })
      .map((a) => ({ text: a.text, date: (a.date ?? a.dct ?? '2020-01-01').slice(0, 10) }))
  : [{ text: seed, date: '2020-02-03' }];

const t0 = performance.now();
const gazetteer = await loadGazetteer();
const coldMs = performance.now() - t0;

const run = (): number => {
  const start = performance.now();
  for (const a of articles) extractStory(a.text, { gazetteer, date: /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : '2020-01-01' });
  return performance.now() - start;
};
// The first pass pays for start-up: the JIT's tiers and the gazetteer entries made on first lookup.
// A batch of thousands of articles runs at the steady rate, reached after a few hundred articles,
// so the passes before it are shown apart and the figure is the median of five passes after them.
const firstMs = run();
const warmUp = [run(), run(), run(), run()];
const runs = [run(), run(), run(), run(), run()].sort((a, b) => a - b);
const median = runs[2] ?? 0;
const chars = articles.reduce((n, a) => n + a.text.length, 0);

const body = seed.slice(seed.indexOf('United States'));
let big = 'date 2020-02-03 ';
while (big.length < 5_000_000) big += `${body}\n\n`;
const b0 = performance.now();
const bigStory = extractStory(big, { gazetteer });
const bigMs = performance.now() - b0;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpu}, ${cpus().length} cores, Node ${process.version}`);
console.log(`cold start (load + index gazetteer): ${coldMs.toFixed(0)} ms`);
console.log(`throughput: ${articles.length} articles (${(chars / 1000).toFixed(0)} k chars) from ${path}`);
const rate = (ms: number): string => (articles.length / (ms / 1000)).toFixed(0);
console.log(`  first pass ${rate(firstMs)} articles/s; warming passes ${warmUp.map(rate).join(', ')}`);
console.log(`  steady: ${rate(median)} articles/s, ${(chars / 1000 / (median / 1000)).toFixed(0)} k chars/s (median of 5 passes after those, ${median.toFixed(0)} ms)`);
console.log(`5 MB article: ${(big.length / 1e6).toFixed(1)} M chars in ${(bigMs / 1000).toFixed(2)} s; ${bigStory.places.length} places, ${bigStory.events.length} events`);
