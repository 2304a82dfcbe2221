/** Prints the gazetteer table's size (raw and gzip), its load and index time, and lookups per second: `tsx bench/gazetteer.bench.ts`. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { createGazetteer } from '../src/gazetteer/createGazetteer';
import { isGazetteerTable } from '../src/gazetteer/isGazetteerTable';
import { loadGazetteer } from '../src/gazetteer/loadGazetteer';

const path = new URL('../geo/gazetteer.json', import.meta.url);
const raw = readFileSync(path);
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;

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

const names = g.entries.slice(0, 20_000).map((e) => e.name);
const queries = [...names, 'St. Louis', 'São Paulo', "China's", 'Nur-Sultan', 'Pompeo', 'the', 'New York City'];
let found = 0;
const rounds = 5;
t = performance.now();
for (let r = 0; r < rounds; r++) for (const q of queries) found += g.lookup(q).length > 0 ? 1 : 0;
const lookupMs = performance.now() - t;

// The first search sorts every name once; later ones are a binary search and a scan of the matches.
t = performance.now();
g.search('a', 10);
const firstSearchMs = performance.now() - t;
const prefixes = names.slice(0, 5000).map((n) => n.slice(0, 3));
t = performance.now();
let offered = 0;
for (const p of prefixes) offered += g.search(p, 10).length;
const searchMs = performance.now() - t;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, node ${process.version}`);
console.log(`table: ${loaded.entries.length} places, ${mb(raw.length)} raw, ${mb(gzipSync(raw, { level: 9 }).length)} gzip`);
console.log(`loadGazetteer (import + index): ${loadMs.toFixed(0)} ms; JSON.parse ${parseMs.toFixed(0)} ms; index ${indexMs.toFixed(0)} ms`);
console.log(`lookups: ${((queries.length * rounds) / (lookupMs / 1000)).toFixed(0)} per second (${found} hits of ${queries.length * rounds})`);
console.log(`search: first call ${firstSearchMs.toFixed(0)} ms (builds the sorted names); then ${(prefixes.length / (searchMs / 1000)).toFixed(0)} three-letter searches per second (${offered} results)`);
