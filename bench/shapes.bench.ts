/**
 * Extraction time on input shapes that break naive text code (long sentences, whitespace runs,
 * repeated phrases, long capitalised runs, digits, punctuation), at 100 KB, 300 KB and 1 MB,
 * beside ordinary news of the same size: prints seconds and the ratio per character. Asserts nothing.
 * Usage: npm run bench:shapes
 */
import { extractStory } from '../src/extract/extractStory';
import { loadGazetteer } from '../src/gazetteer/loadGazetteer';
import { SHAPES } from '../tests/extract/inputShapes';

const gazetteer = await loadGazetteer();
const time = (text: string): number => {
  const t0 = performance.now();
  extractStory(`date 2024-01-01 ${text}`, { gazetteer });
  return (performance.now() - t0) / 1000;
};
time(SHAPES['ordinary news'](50_000)); // warm-up
for (const size of [100_000, 300_000, 1_000_000]) {
  const base = time(SHAPES['ordinary news'](size));
  console.log(`${(size / 1000).toFixed(0)} KB: ordinary news ${base.toFixed(2)} s`);
  for (const [name, make] of Object.entries(SHAPES)) {
    if (name === 'ordinary news') continue;
    const s = time(make(size));
    console.log(`  ${name.padEnd(18)} ${s.toFixed(2)} s  (${(s / base).toFixed(2)}x news)`);
  }
}
