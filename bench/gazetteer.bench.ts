/**
 * Prints the gazetteer table's size (raw and gzip), its cold start in a fresh process as the CLI
 * sees it, its load and index time in this process, and lookups per second: `tsx bench/gazetteer.bench.ts`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createGazetteer } from '../src/gazetteer/createGazetteer';
import { isGazetteerTable } from '../src/gazetteer/isGazetteerTable';
import { loadGazetteer } from '../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../src/gazetteer/types';

const path = new URL('../geo/gazetteer.json', import.meta.url);
const raw = readFileSync(path);
const indexBytes = statSync(new URL('../geo/gazetteer-index.txt', import.meta.url)).size;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
const TSX = fileURLToPath(import.meta.resolve('tsx/cli'));
const CHILD = fileURLToPath(new URL('./gazetteerColdStart.ts', import.meta.url));

/** Milliseconds from spawning `tsx bench/gazetteerColdStart.ts` to its "ready" line: a fresh node, as `npm run extract` starts one. */
function coldStart(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ready = NaN;
    const child = spawn(process.execPath, [TSX, CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => (ready = performance.now() - t0));
    child.on('error', reject);
    // Resolved once the child is gone, so it does not share the machine with what is measured next.
    child.on('exit', (code) => (code === 0 && !Number.isNaN(ready) ? resolve(ready) : reject(new Error(`${CHILD} exited with ${code}`))));
  });
}

async function coldStarts(args: readonly string[], n: number): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await coldStart(args));
  times.sort((a, b) => a - b);
  return `median ${(times[n >> 1] ?? 0).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`;
}

function lookupsPerSecond(g: Gazetteer, queries: readonly string[], rounds: number): { perSecond: number; found: number } {
  let found = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const q of queries) found += g.lookup(q).length > 0 ? 1 : 0;
  return { perSecond: (queries.length * rounds) / ((performance.now() - t0) / 1000), found };
}

const load = loadavg().map((l) => l.toFixed(2)).join(' ');
const coldFloor = await coldStarts(['--none'], 3);
const coldGazetteer = await coldStarts([], 5);
const coldCli = await coldStarts(['--cli'], 3);

let t = performance.now();
const loaded = await loadGazetteer();
const loadMs = performance.now() - t;

t = performance.now();
const parsed: unknown = JSON.parse(raw.toString('utf8'));
const parseMs = performance.now() - t;
if (!isGazetteerTable(parsed)) throw new Error('geo/gazetteer.json is not a gazetteer table');
t = performance.now();
const g = createGazetteer(parsed);
const indexMs = performance.now() - t;

const names = parsed.rows.slice(0, 20_000).map((r) => r[1]);
const queries = [...names, 'St. Louis', 'São Paulo', "China's", 'Nur-Sultan', 'Pompeo', 'the', 'New York City'];
// The first pass makes the entries it returns; the warm figure is what extraction sees from then on
// (the same measure as before entries were made lazily: the old code made them all at load).
const rounds = 10;
const fresh = lookupsPerSecond(loaded, queries, 1);
lookupsPerSecond(loaded, queries, 2);
const warm = lookupsPerSecond(loaded, queries, rounds);
lookupsPerSecond(g, queries, 3);
const memory = lookupsPerSecond(g, queries, rounds);

// The first search sorts every name once; later ones are a binary search and a scan of the matches.
t = performance.now();
g.search('a', 10);
const firstSearchMs = performance.now() - t;
const prefixes = names.slice(0, 5000).map((n) => n.slice(0, 3));
t = performance.now();
let offered = 0;
for (const p of prefixes) offered += g.search(p, 10).length;
const searchMs = performance.now() - t;

const k = (n: number): string => `${(n / 1000).toFixed(0)}k`;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, node ${process.version}, load average ${load}`);
console.log(`table: ${loaded.entries.length} places, ${mb(raw.length)} raw, ${mb(gzipSync(raw, { level: 9 }).length)} gzip; index (Node only) ${mb(indexBytes)}`);
console.log(`cold start, fresh process (tsx), spawn to gazetteer ready: ${coldGazetteer}`);
console.log(`  floor, tsx running a script that loads nothing: ${coldFloor}`);
console.log(`  the CLI: every module of the extract command imported first, then the gazetteer: ${coldCli}`);
console.log(`loadGazetteer in this process (read table + index, no per-row work): ${loadMs.toFixed(0)} ms`);
console.log(`in memory, as the browser does: JSON.parse ${parseMs.toFixed(0)} ms; index ${indexMs.toFixed(0)} ms`);
console.log(`lookups, warm: ${k(memory.perSecond)} per second in memory (${memory.found} hits of ${queries.length * rounds}); loadGazetteer's: ${k(warm.perSecond)} per second, ${k(fresh.perSecond)} on the first pass (makes the entries it returns)`);
console.log(`search: first call ${firstSearchMs.toFixed(0)} ms (builds the sorted names); then ${(prefixes.length / (searchMs / 1000)).toFixed(0)} three-letter searches per second (${offered} results)`);
