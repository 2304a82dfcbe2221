import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parseArticle';
import type { Article } from '../article/types';
import { findPlaces } from '../extract/places/findPlaces';
import { resolveSpans } from '../extract/places/resolveSpans';
import type { PlaceFind } from '../extract/places/types';
import { loadGazetteer } from '../gazetteer/loadGazetteer';
import type { Gazetteer } from '../gazetteer/types';
import { evalPlaces } from './evalPlaces';
import type { CountryContains, PlaceEvalLine, PlaceMetrics, PlacePrediction } from './evalTypes';
import { isPlaceEvalLine } from './isPlaceEvalLine';
import { loadCountryContains } from './loadCountryContains';
import { printPlaceMisses } from './printPlaceMisses';
import { toPlacePrediction } from './toPlacePrediction';
import { judgedFinds } from './unannotatedFinds';

/**
 * `eval FILE.jsonl` for places: prints recognition, resolution and gazetteer-only figures for the
 * whole file and for each split its lines name; `--misses N` lists the commonest errors of the
 * lines that are not held out.
 */
export async function runPlaces(argv: readonly string[]): Promise<void> {
  const path = argv.find((a) => !a.startsWith('--'));
  if (path === undefined) throw new Error('usage: tsx src/eval/runPlaces.ts FILE.jsonl [--misses N]');
  const missIndex = argv.indexOf('--misses');
  const misses = missIndex >= 0 ? Number(argv[missIndex + 1] ?? 20) : 0;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l): unknown => JSON.parse(l)).filter(isPlaceEvalLine);
  const gazetteer = await loadGazetteer();
  const inside = loadCountryContains();
  const articles = lines.map((l): Article => parseArticle(l.text, { date: /^\d{4}-\d{2}-\d{2}$/.test(l.date ?? '') ? (l.date ?? '') : '2000-01-01', title: l.title }));

  const t0 = performance.now();
  const finds = articles.map((a, i) => judgedFinds(lines[i] as PlaceEvalLine, findPlaces(a, gazetteer)));
  const ms = performance.now() - t0;
  const full = finds.map((f) => f.map((x) => toPlacePrediction(x, gazetteer)));
  const given = articles.map((a, i) => resolveSpans(a, gazetteer, lines[i]?.toponyms ?? []).flatMap((f) => (f ? [toPlacePrediction(f, gazetteer)] : [])));

  process.stdout.write(`${path}: ${lines.length} articles, ${(lines.length / (ms / 1000)).toFixed(0)} articles/s\n`);
  const splits = [...new Set(lines.flatMap((l) => (l.split === undefined ? [] : [l.split])))];
  report('all lines', lines.map((_, i) => i), lines, full, given, inside);
  for (const split of splits) report(`split "${split}"`, lines.flatMap((l, i) => (l.split === split ? [i] : [])), lines, full, given, inside);
  if (misses > 0) printMissesOutsideHeldout(lines, finds, misses, gazetteer, inside);
}

function report(label: string, at: readonly number[], lines: readonly PlaceEvalLine[], full: PlacePrediction[][], given: PlacePrediction[][], inside: CountryContains): void {
  const pick = <T>(xs: readonly T[]): T[] => at.flatMap((i) => (xs[i] === undefined ? [] : [xs[i]]));
  const ls = pick(lines);
  const m = evalPlaces(ls, pick(full), inside);
  const g = evalPlaces(ls, pick(given), inside);
  process.stdout.write(`${label}: ${ls.length} articles, ${m.gold} gold toponyms\n`);
  print(m);
  const all = (x: number): string => `${pct((x * g.resolved) / Math.max(1, g.gold))} (${Math.round(x * g.resolved)} of ${g.gold})`;
  process.stdout.write(`  gazetteer only (gold spans): within 161 km ${all(g.within161)}, country-tolerant ${all(g.within161CountryTolerant)} of all gold names (${pct(g.within161)} of the ${g.resolved} it knows), by GeoNames id ${pct(g.idAccuracy)}\n`);
}

function print(m: PlaceMetrics): void {
  process.stdout.write(`  recognition exact:   P ${pct(m.exact.precision)}  R ${pct(m.exact.recall)}  F1 ${m.exact.f1.toFixed(3)}\n`);
  process.stdout.write(`  recognition overlap: P ${pct(m.overlap.precision)}  R ${pct(m.overlap.recall)}  F1 ${m.overlap.f1.toFixed(3)}\n`);
  process.stdout.write(`  resolution: ${pct(m.within161)} within 161 km, ${pct(m.within161CountryTolerant)} within 161 km (country-tolerant), of ${m.resolved} recognised; median error ${m.medianErrorKm.toFixed(1)} km; by GeoNames id ${pct(m.idAccuracy)} of ${m.withId}\n`);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** Misses are read only where tuning is allowed: a line that names a split other than "dev" is held out. */
function printMissesOutsideHeldout(lines: readonly PlaceEvalLine[], finds: readonly PlaceFind[][], n: number, gazetteer: Gazetteer, inside: CountryContains): void {
  const open = lines.flatMap((l, i) => (l.split === undefined || l.split === 'dev' ? [i] : []));
  const held = lines.length - open.length;
  if (held > 0) process.stdout.write(`\nmisses from the ${open.length} "dev" lines only: ${held} held-out lines are never listed (tuning on them would void their score)\n`);
  printPlaceMisses(open.map((i) => lines[i] as PlaceEvalLine), open.map((i) => finds[i] ?? []), n, gazetteer, inside);
}

if (process.argv[1]?.endsWith('runPlaces.ts')) await runPlaces(process.argv.slice(2));
