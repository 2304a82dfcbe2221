import { distanceKm } from '../extract/places/distanceKm';
import type { GoldRoute, GoldStop, PredictedRoute, PredictedStop } from './routeEvalTypes';

/** How one article's predicted routes compare with its gold routes. */
export interface RouteArticleScore {
  goldStops: number;
  predictedStops: number;
  /** Matched credit: 1 a stop within 161 km (or the same country), 0.5 a country for a gold place in it. */
  matched: number;
  orderPairs: number;
  orderRight: number;
  datedGold: number;
  datesRight: number;
  noRoute: boolean;
  exact: boolean;
  /** Gold stop index (route:stop) to the predicted stop it matched, for reading misses. */
  pairs: { gold: GoldStop; predicted?: PredictedStop; credit: number }[];
}

const KM = 161;

/** The credit a predicted stop earns for a gold stop: 1 close or the same country, 0.5 a country that holds the gold place, else 0. */
export function stopCredit(gold: GoldStop, p: PredictedStop): number {
  const sameCountry = gold.cc !== undefined && p.countryCode !== undefined && gold.cc.toUpperCase() === p.countryCode.toUpperCase();
  if (gold.kind === 'country' && p.kind === 'country') return sameCountry ? 1 : 0;
  if (distanceKm(gold.lat, gold.lon, p.lat, p.lon) <= KM) return 1;
  return p.kind === 'country' && sameCountry ? 0.5 : 0;
}

/** Greedy one-to-one matching of predicted to gold stops, best credit then nearest first. */
function matchStops(gold: readonly GoldStop[], predicted: readonly PredictedStop[]): { g: number; p: number; credit: number }[] {
  const candidates: { g: number; p: number; credit: number; km: number }[] = [];
  gold.forEach((gs, g) => predicted.forEach((ps, p) => {
    const credit = stopCredit(gs, ps);
    if (credit > 0) candidates.push({ g, p, credit, km: distanceKm(gs.lat, gs.lon, ps.lat, ps.lon) });
  }));
  candidates.sort((a, b) => b.credit - a.credit || a.km - b.km);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: { g: number; p: number; credit: number }[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push(c);
  }
  return out;
}

const creditOf = (m: readonly { credit: number }[]): number => m.reduce((s, x) => s + x.credit, 0);

/** True when the predicted start agrees with the gold date at the gold date's precision. */
export function dateAgrees(gold: string, start: string | undefined): boolean {
  return start !== undefined && start.slice(0, gold.length) === gold;
}

/**
 * Scores one article: gold and predicted routes are paired one-to-one by the stop credit they
 * share (a predicted route left unpaired is all false stops); then stops, order over gold stop
 * pairs with a known order, and dates over dated gold stops.
 */
export function evalRoutes(gold: readonly GoldRoute[], predicted: readonly PredictedRoute[]): RouteArticleScore {
  const pairings: { g: number; p: number; credit: number }[] = [];
  gold.forEach((gr, g) => predicted.forEach((pr, p) => pairings.push({ g, p, credit: creditOf(matchStops(gr.stops, pr.stops)) })));
  pairings.sort((a, b) => b.credit - a.credit);
  const routeOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of pairings) {
    if (c.credit === 0 || routeOf.has(c.g) || taken.has(c.p)) continue;
    routeOf.set(c.g, c.p);
    taken.add(c.p);
  }
  const score: RouteArticleScore = {
    goldStops: gold.reduce((s, r) => s + r.stops.length, 0),
    predictedStops: predicted.reduce((s, r) => s + r.stops.length, 0),
    matched: 0, orderPairs: 0, orderRight: 0, datedGold: 0, datesRight: 0,
    noRoute: predicted.every((r) => r.stops.length === 0) && gold.some((r) => r.stops.length > 0),
    exact: true,
    pairs: [],
  };
  gold.forEach((gr, g) => {
    const p = routeOf.get(g);
    const pr = p === undefined ? undefined : predicted[p];
    const matches = pr ? matchStops(gr.stops, pr.stops) : [];
    const byGold = new Map(matches.map((m) => [m.g, m]));
    score.matched += creditOf(matches);
    if (!pr || matches.length !== gr.stops.length || matches.some((m) => m.credit < 1) || pr.stops.length !== gr.stops.length) score.exact = false;
    gr.stops.forEach((gs, i) => {
      const m = byGold.get(i);
      const ps = m && pr ? pr.stops[m.p] : undefined;
      score.pairs.push(ps && m ? { gold: gs, predicted: ps, credit: m.credit } : { gold: gs, credit: 0 });
      if (gs.date !== undefined) {
        score.datedGold++;
        if (dateAgrees(gs.date, ps?.start)) score.datesRight++;
      }
      for (let j = i + 1; j < gr.stops.length; j++) {
        const gt = gr.stops[j];
        const n = byGold.get(j);
        const pt = n && pr ? pr.stops[n.p] : undefined;
        if (!gt || gt.order === gs.order || !ps || !pt) continue;
        score.orderPairs++;
        const right = Math.sign(pt.sequence - ps.sequence) === Math.sign(gt.order - gs.order);
        if (right) score.orderRight++;
        else score.exact = false;
      }
    });
  });
  predicted.forEach((_, p) => {
    if (!taken.has(p) && (predicted[p]?.stops.length ?? 0) > 0) score.exact = false;
  });
  return score;
}
