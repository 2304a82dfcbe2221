import { readFileSync } from 'node:fs';
import { extractStory } from '../extract/extractStory';
import { loadGazetteer } from '../gazetteer/loadGazetteer';
import type { Story } from '../story/types';
import { evalRoutes, type RouteArticleScore } from './evalRoutes';
import { isRouteEvalLine, type PredictedRoute, type RouteEvalLine } from './routeEvalTypes';

/** The figures of one split, as the README's table gives them. */
export interface RouteSplitScore {
  articles: number;
  precision: number;
  recall: number;
  f1: number;
  order: number;
  dates: number;
  noRoute: number;
  exact: number;
}

/** A story's routes as the scorer sees them: each stop at its place, with its kind, country, order and start. */
export function predictedRoutes(story: Story): PredictedRoute[] {
  const places = new Map(story.places.map((p) => [p.id, p]));
  return story.routes.map((r) => ({
    traveller: r.traveller,
    stops: r.stops.flatMap((s) => {
      const p = places.get(s.placeId);
      if (!p) return [];
      return [{ name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, sequence: s.sequence, ...(p.countryCode !== undefined ? { countryCode: p.countryCode } : {}), ...(s.when?.start !== undefined ? { start: s.when.start } : {}) }];
    }),
  }));
}

/** Sums article scores into one split's figures. */
export function sumRouteScores(scores: readonly RouteArticleScore[]): RouteSplitScore {
  const sum = (f: (s: RouteArticleScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const matched = sum((s) => s.matched);
  const precision = matched / Math.max(1, sum((s) => s.predictedStops));
  const recall = matched / Math.max(1, sum((s) => s.goldStops));
  return {
    articles: scores.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    order: sum((s) => s.orderRight) / Math.max(1, sum((s) => s.orderPairs)),
    dates: sum((s) => s.datesRight) / Math.max(1, sum((s) => s.datedGold)),
    noRoute: scores.filter((s) => s.noRoute).length,
    exact: scores.filter((s) => s.exact).length,
  };
}

/**
 * `eval routes FILE.jsonl`: extracts each article and scores its routes per split (stop P/R/F1,
 * order, dates, articles with no route, exact tours). `--misses N` lists the stops of N
 * development articles; the held-out split is only ever scored.
 */
export async function runRoutes(argv: readonly string[]): Promise<void> {
  const path = argv.find((a) => !a.startsWith('--') && a !== 'routes' && !/^\d+$/.test(a));
  if (path === undefined) throw new Error('usage: dateline eval routes FILE.jsonl [--misses N]');
  const missIndex = argv.indexOf('--misses');
  const misses = missIndex >= 0 ? Number(argv[missIndex + 1] ?? 20) : 0;
  const raw = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l): unknown => JSON.parse(l));
  const lines = raw.filter(isRouteEvalLine);
  if (lines.length < raw.length) process.stderr.write(`${raw.length - lines.length} lines are not route eval lines and were skipped\n`);
  const gazetteer = await loadGazetteer();
  const scored: { line: RouteEvalLine; score: RouteArticleScore; story: Story }[] = [];
  const t0 = performance.now();
  for (const line of lines) {
    const story = extractStory(line.text, { gazetteer, date: line.date, ...(line.title !== undefined ? { title: line.title } : {}) });
    scored.push({ line, story, score: evalRoutes(line.routes, predictedRoutes(story)) });
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${path}: ${lines.length} articles, ${(lines.length / (ms / 1000)).toFixed(0)} articles/s\n`);
  process.stdout.write('split      articles  stop P  stop R  stop F1  order  dates  no route  exact\n');
  const splits = [...new Set(lines.map((l) => l.split))].sort();
  for (const split of splits) {
    const s = sumRouteScores(scored.filter((x) => x.line.split === split).map((x) => x.score));
    process.stdout.write(`${split.padEnd(10)} ${String(s.articles).padStart(8)}  ${f(s.precision)}   ${f(s.recall)}   ${f(s.f1)}   ${f(s.order)}  ${f(s.dates)}  ${String(s.noRoute).padStart(8)}  ${String(s.exact).padStart(5)}\n`);
  }
  if (misses > 0) printMisses(scored.filter((x) => x.line.split === 'dev').slice(0, misses));
}

const f = (x: number): string => x.toFixed(3);

function printMisses(items: readonly { line: RouteEvalLine; score: RouteArticleScore; story: Story }[]): void {
  for (const { line, score, story } of items) {
    if (score.exact) continue;
    process.stdout.write(`\n${line.id} (${line.genre ?? ''}): matched ${score.matched} of ${score.goldStops} gold, ${score.predictedStops} predicted; order ${score.orderRight}/${score.orderPairs}; dates ${score.datesRight}/${score.datedGold}\n`);
    for (const p of score.pairs) process.stdout.write(`  gold ${p.gold.order} ${p.gold.name} ${p.gold.date ?? ''} -> ${p.predicted ? `${p.predicted.sequence} ${p.predicted.name} ${p.predicted.start ?? ''} (${p.credit})` : 'MISSED'}\n`);
    for (const r of predictedRoutes(story)) process.stdout.write(`  predicted [${r.traveller}] ${r.stops.map((s) => `${s.sequence}:${s.name}${s.start ? `@${s.start.slice(0, 10)}` : ''}`).join(' → ')}\n`);
  }
}
