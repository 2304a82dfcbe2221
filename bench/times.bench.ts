import { readFileSync } from 'node:fs';
import { findTimes } from '../src/extract/times/findTimes';
import { readTimeGold } from '../src/eval/readTimeGold';

/**
 * Prints findTimes throughput (articles/sec, one core) over a TIMEX3 JSON Lines file, best and
 * median of several rounds (a shared machine makes single rounds noisy), and the time for one
 * 5 MB text.
 */
export function benchTimes(path: string, rounds = 7): void {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => readTimeGold(JSON.parse(l)));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const d of docs) findTimes(d.text, d.dct);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const d of docs) findTimes(d.text, d.dct);
    rates.push(docs.length / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  const best = rates[rates.length - 1] ?? 0;
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  console.log(`findTimes: ${docs.length} articles (${Math.round(chars / docs.length)} chars avg), ${rounds} rounds: best ${best.toFixed(0)}, median ${median.toFixed(0)} articles/sec`);
  const big = docs.map((d) => d.text).join('\n').repeat(Math.ceil(5e6 / chars)).slice(0, 5e6);
  const t = performance.now();
  const n = findTimes(big, '2020-02-03').length;
  console.log(`findTimes on one 5 MB text: ${((performance.now() - t) / 1000).toFixed(2)} s, ${n} finds`);
}

benchTimes(process.argv[2] ?? '../shared/eval/tbaq.jsonl');
