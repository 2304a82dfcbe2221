import { readFileSync } from 'node:fs';
import { findTimes } from '../extract/times/findTimes';
import { evalTimes, type Prf, type TimeMiss } from './evalTimes';
import { readTimeGold } from './readTimeGold';

/** Runs findTimes over a TIMEX3 JSON Lines file and prints TempEval-3 style scores; `--misses [kind]` lists disagreements. */
export function runTimes(argv: readonly string[]): void {
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) throw new Error('usage: tsx src/eval/runTimes.ts FILE.jsonl [--misses[=missed|spurious|value]]');
  const missesArg = argv.find((a) => a.startsWith('--misses'));
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const docs = lines.map((l) => {
    const g = readTimeGold(JSON.parse(l));
    return { id: g.id, gold: g.timexes, found: findTimes(g.text, g.dct) };
  });
  const s = evalTimes(docs);
  const row = (name: string, p: Prf): string => `${name.padEnd(16)} ${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)}`;
  console.log(`${docs.length} articles, ${s.gold} gold timexes, ${s.found} found`);
  console.log(`${'metric'.padEnd(16)} P      R      F1`);
  console.log(row('extent strict', s.strict));
  console.log(row('extent relaxed', s.relaxed));
  console.log(row('value', s.value));
  console.log(row('type', s.type));
  console.log(`type accuracy ${fmt(s.typeAccuracy)}  value accuracy ${fmt(s.valueAccuracy)}`);
  if (missesArg) {
    const kind = missesArg.split('=')[1];
    for (const m of s.misses.filter((x) => !kind || x.kind === kind)) console.log(describe(m));
  }
}

function fmt(n: number): string {
  return n.toFixed(3).padEnd(6);
}

function describe(m: TimeMiss): string {
  const g = m.gold ? `gold ${JSON.stringify(m.gold.text)} ${m.gold.type} ${m.gold.value}` : '';
  const f = m.found ? `found ${JSON.stringify(m.found.text)} ${m.found.type} ${m.found.value} (${m.found.rule ?? ''})` : '';
  return `${m.kind.padEnd(8)} ${m.id}  ${[g, f].filter(Boolean).join(' | ')}`;
}

if (process.argv[1]?.endsWith('runTimes.ts')) runTimes(process.argv.slice(2));
