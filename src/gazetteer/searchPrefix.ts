import { normalizeName } from './normalizeName';
import type { GazetteerEntry, KeyedRows } from './types';

/** Every normalised name of every row, sorted, for prefix search: `rows[i]` is the row `keys[i]` names. */
export interface PrefixIndex {
  keys: string[];
  rows: number[];
}

// How much a kind counts in an "add a place" box, in powers of ten of population.
const KIND_WEIGHT: Record<string, number> = { country: 3, continent: 3, area: 2, water: 2, region: 1, landmark: 1, city: 0 };

/** Sorts the name keys of an index, one (key, row) pair each (built once, on the first search). */
export function buildPrefixIndex(names: KeyedRows): PrefixIndex {
  // "key\u0000row" strings sort natively (no comparator call per comparison), and the row finds the entry again.
  const tagged: string[] = [];
  names.keys.forEach((k, i) => {
    for (const row of names.rows(i)) tagged.push(`${k}\u0000${row}`);
  });
  tagged.sort();
  const keys: string[] = [];
  const rows: number[] = [];
  for (const t of tagged) {
    const cut = t.lastIndexOf('\u0000');
    keys.push(t.slice(0, cut));
    rows.push(Number(t.slice(cut + 1)));
  }
  return { keys, rows };
}

/**
 * The entries with a name starting with `prefix` (normalised: "st. p" finds Saint Petersburg),
 * best first: an exact name before a longer one, then by kind and population
 * (countries and first-level regions weigh more than a city of the same size).
 */
export function searchPrefix(index: PrefixIndex, entryAt: (row: number) => GazetteerEntry, prefix: string, limit: number): GazetteerEntry[] {
  const key = normalizeName(prefix);
  if (key === '' || limit <= 0) return [];
  let lo = 0;
  let hi = index.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.keys[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  const best = new Map<GazetteerEntry, number>();
  for (let i = lo; i < index.keys.length; i++) {
    const k = index.keys[i] ?? '';
    if (!k.startsWith(key)) break;
    const e = entryAt(index.rows[i] ?? 0);
    const score = rank(e) + (k === key ? 100 : 0);
    if (score > (best.get(e) ?? -Infinity)) best.set(e, score);
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
    .slice(0, limit)
    .map(([e]) => e);
}

function rank(e: GazetteerEntry): number {
  const seat = e.featureCode === 'ADM2' ? -1 : e.featureCode === 'PPLC' ? 1 : 0;
  return (KIND_WEIGHT[e.kind] ?? 0) + seat + Math.log10(Math.max(e.population, 1));
}
