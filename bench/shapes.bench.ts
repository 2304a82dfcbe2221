/**
 * Extraction time on input shapes that break naive text code (long sentences, whitespace runs,
 * repeated phrases, long capitalised runs, digits, punctuation), at 100 KB, 300 KB and 1 MB,
 * beside ordinary news of the same size: prints seconds and the ratio per character. Asserts nothing.
 * Usage: npm run bench:shapes
 */
import { readFileSync } from 'node:fs';
import { extractStory } from '../src/extract/extractStory';
import { loadGazetteer } from '../src/gazetteer/loadGazetteer';

const seed = readFileSync(new URL('../seeds/000_434d8e9a3390da3a.txt', import.meta.url), 'utf8');
const news = seed.slice(seed.indexOf('United States'));
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const SHAPES: Record<string, (size: number) => string> = {
  'ordinary news': (n) => fill(`${news}\n\n`, n),
  'one long sentence': (n) => fill('the delegation flew on to Paris and then to Rome and ', n),
  'whitespace run': (n) => `Paris${' '.repeat(n - 10)}Rome.`,
  'repeated phrase': (n) => fill('on Monday ', n),
  'capitalised run': (n) => fill('Paris Berlin Rome Madrid Lisbon Vienna ', n),
  digits: (n) => fill('2020 10:35 3/4/2021 12 ', n),
  punctuation: (n) => fill(',;:()-–—"“”.!? ', n),
  'one word list': (n) => fill('Paris\n', n),
};

const gazetteer = await loadGazetteer();
const time = (text: string): number => {
  const t0 = performance.now();
  extractStory(`date 2024-01-01 ${text}`, { gazetteer });
  return (performance.now() - t0) / 1000;
};
time(fill(`${news}\n\n`, 50_000)); // warm-up
for (const size of [100_000, 300_000, 1_000_000]) {
  const base = time(SHAPES['ordinary news']?.(size) ?? '');
  console.log(`${(size / 1000).toFixed(0)} KB: ordinary news ${base.toFixed(2)} s`);
  for (const [name, make] of Object.entries(SHAPES)) {
    if (name === 'ordinary news') continue;
    const s = time(make(size));
    console.log(`  ${name.padEnd(18)} ${s.toFixed(2)} s  (${(s / base).toFixed(2)}x news)`);
  }
}
