import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parseArticle';
import type { Article } from '../article/types';
import { findPlaces } from '../extract/places/findPlaces';
import { resolveSpans } from '../extract/places/resolveSpans';
import type { PlaceFind } from '../extract/places/types';
import { loadGazetteer } from '../gazetteer/loadGazetteer';
import type { Gazetteer } from '../gazetteer/types';
import { evalPlaces, judgeKm } from './evalPlaces';
import type { PlaceEvalLine, PlaceMetrics, PlacePrediction } from './evalTypes';
import { isPlaceEvalLine } from './isPlaceEvalLine';

/** `eval FILE.jsonl` for places: prints recognition, resolution and gazetteer-only figures; `--misses N` lists the commonest errors. */
export async function runPlaces(argv: readonly string[]): Promise<void> {
  const path = argv.find((a) => !a.startsWith('--'));
  if (path === undefined) throw new Error('usage: tsx src/eval/runPlaces.ts FILE.jsonl [--misses N]');
  const missIndex = argv.indexOf('--misses');
  const misses = missIndex >= 0 ? Number(argv[missIndex + 1] ?? 20) : 0;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l): unknown => JSON.parse(l)).filter(isPlaceEvalLine);
  const gazetteer = await loadGazetteer();
  const articles = lines.map((l): Article => parseArticle(l.text, { date: /^\d{4}-\d{2}-\d{2}$/.test(l.date ?? '') ? (l.date ?? '') : '2000-01-01', title: l.title }));

  const t0 = performance.now();
  const finds = articles.map((a) => findPlaces(a, gazetteer));
  const ms = performance.now() - t0;
  const full = evalPlaces(lines, finds.map((f) => f.map((x) => toPrediction(x, gazetteer))));
  const given = evalPlaces(lines, articles.map((a, i) => resolveSpans(a, gazetteer, lines[i]?.toponyms ?? []).flatMap((f) => (f ? [toPrediction(f, gazetteer)] : []))));

  print(`${path}: ${lines.length} articles, ${given.gold} gold toponyms, ${(lines.length / (ms / 1000)).toFixed(0)} articles/s`, full);
  process.stdout.write(`  gazetteer only (gold spans): ${pct((given.within161 * given.resolved) / Math.max(1, given.gold))} of all gold names within 161 km (${Math.round(given.within161 * given.resolved)} of ${given.gold}) (${pct(given.within161)} of the ${given.resolved} it knows), by GeoNames id ${pct(given.idAccuracy)}\n`);
  if (misses > 0) printMisses(lines, finds, misses, gazetteer);
}

function toPrediction(f: PlaceFind, g: Gazetteer): PlacePrediction {
  const e = f.entry;
  const countryNames = e.kind === 'country' ? [e.name, ...e.otherNames.map((o) => o.name), ...(g.country(e.countryCode)?.otherNames.map((o) => o.name) ?? [])] : [];
  return { start: f.start, end: f.end, lat: e.lat, lon: e.lon, gazetteerId: e.id, kind: e.kind, countryNames };
}

function print(title: string, m: PlaceMetrics): void {
  process.stdout.write(`${title}\n`);
  process.stdout.write(`  recognition exact:   P ${pct(m.exact.precision)}  R ${pct(m.exact.recall)}  F1 ${m.exact.f1.toFixed(3)}\n`);
  process.stdout.write(`  recognition overlap: P ${pct(m.overlap.precision)}  R ${pct(m.overlap.recall)}  F1 ${m.overlap.f1.toFixed(3)}\n`);
  process.stdout.write(`  resolution: ${pct(m.within161)} within 161 km of ${m.resolved} recognised; median error ${m.medianErrorKm.toFixed(1)} km; by GeoNames id ${pct(m.idAccuracy)} of ${m.withId}\n`);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printMisses(ls: readonly PlaceEvalLine[], fs: readonly PlaceFind[][], n: number, gazetteer: Gazetteer): void {
  const fn = new Map<string, number>();
  const fp = new Map<string, number>();
  const wrong = new Map<string, number>();
  ls.forEach((l, i) => {
    const f = fs[i] ?? [];
    for (const g of l.toponyms) {
      const p = f.find((x) => x.start < g.end && g.start < x.end);
      if (!p) fn.set(g.text, (fn.get(g.text) ?? 0) + 1);
      else if (judgeKm(g, toPrediction(p, gazetteer)) > 161) {
        const k = `${g.text} -> ${p.entry.name} (${p.entry.id} ${p.entry.countryCode}.${p.entry.admin1}) want ${g.fcode} ${g.country} ${g.lat},${g.lon}`;
        wrong.set(k, (wrong.get(k) ?? 0) + 1);
      }
    }
    for (const p of f) if (!l.toponyms.some((g) => p.start < g.end && g.start < p.end)) fp.set(`${p.text} [${p.rule}] ${p.entry.id} ${p.entry.kind}`, (fp.get(`${p.text} [${p.rule}] ${p.entry.id} ${p.entry.kind}`) ?? 0) + 1);
  });
  for (const [label, map] of [['missed', fn], ['spurious', fp], ['misresolved', wrong]] as const) {
    process.stdout.write(`\n${label}:\n`);
    for (const [k, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) process.stdout.write(`  ${c}  ${k}\n`);
  }
}

if (process.argv[1]?.endsWith('runPlaces.ts')) await runPlaces(process.argv.slice(2));
