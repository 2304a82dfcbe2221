import type { PlaceFind } from '../extract/places/types';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types';
import { judgeKm } from './evalPlaces';
import type { CountryContains, GoldToponym, PlaceEvalLine } from './evalTypes';
import { toPlacePrediction } from './toPlacePrediction';

const NEAR_KM = 161;

/**
 * Prints the commonest missed, spurious and misresolved toponyms of these lines, each miss
 * classed as "not in the table" (no entry of its name lies within 161 km of the gold point, a
 * country holding it counting as near) or as the recogniser's or the ranking's slip.
 */
export function printPlaceMisses(lines: readonly PlaceEvalLine[], finds: readonly PlaceFind[][], n: number, gazetteer: Gazetteer, inside: CountryContains): void {
  const near = (g: GoldToponym, e: GazetteerEntry): boolean => judgeKm(g, toPlacePrediction({ start: g.start, end: g.end, text: g.text, rule: '', entry: e, candidates: [], confidence: 0 }, gazetteer)) <= NEAR_KM || (e.kind === 'country' && inside(e.countryCode, g.lat, g.lon));
  const inTable = (g: GoldToponym, names: readonly string[]): boolean => names.some((name) => gazetteer.lookup(name).some((e) => near(g, e)));
  const lists = { 'missed, not in the table': new Map<string, number>(), 'missed, in the table (recognition)': new Map<string, number>(), spurious: new Map<string, number>(), 'misresolved, not in the table': new Map<string, number>(), 'misresolved, ranking chose wrong': new Map<string, number>() };
  const add = (map: Map<string, number>, k: string): void => {
    map.set(k, (map.get(k) ?? 0) + 1);
  };
  lines.forEach((l, i) => {
    const f = finds[i] ?? [];
    for (const g of l.toponyms) {
      const p = f.find((x) => x.start < g.end && g.start < x.end);
      if (!p) add(inTable(g, [g.text]) ? lists['missed, in the table (recognition)'] : lists['missed, not in the table'], g.text);
      else if (!near(g, p.entry)) {
        const k = `${g.text} -> ${p.entry.name} (${p.entry.id} ${p.entry.countryCode}.${p.entry.admin1}) want ${g.fcode ?? '?'} ${g.country ?? '?'} ${g.lat},${g.lon}`;
        add(inTable(g, [g.text, p.text]) ? lists['misresolved, ranking chose wrong'] : lists['misresolved, not in the table'], k);
      }
    }
    for (const p of f) if (!l.toponyms.some((g) => p.start < g.end && g.start < p.end)) add(lists.spurious, `${p.text} [${p.rule}] ${p.entry.id} ${p.entry.kind}`);
  });
  for (const [label, map] of Object.entries(lists)) {
    const total = [...map.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`\n${label}: ${total}\n`);
    for (const [k, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) process.stdout.write(`  ${c}  ${k}\n`);
  }
}
