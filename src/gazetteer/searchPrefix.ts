import { normalizeName } from './normalizeName';
import type { GazetteerEntry } from './types';

/** Every name of every entry, normalised and sorted, for prefix search. */
export interface PrefixIndex {
  keys: string[];
  entries: GazetteerEntry[];
}

// How much a kind counts in an "add a place" box, in powers of ten of population.
const KIND_WEIGHT: Record<string, number> = { country: 3, continent: 3, area: 2, water: 2, region: 1, landmark: 1, city: 0 };

/** Sorts every name and other name of the entries by their normalised key (built once, on the first search). */
export function buildPrefixIndex(entries: readonly GazetteerEntry[]): PrefixIndex {
  // "key\u0000index" strings sort natively (no comparator call per comparison), and the index finds the entry again.
  const tagged: string[] = [];
  entries.forEach((e, i) => {
    const keys = new Set([e.name, ...e.otherNames.map((o) => o.name)].map(normalizeName));
    for (const k of keys) if (k !== '') tagged.push(`${k}\u0000${i}`);
  });
  tagged.sort();
  const keys: string[] = [];
  const sorted: GazetteerEntry[] = [];
  for (const t of tagged) {
    const cut = t.lastIndexOf('\u0000');
    keys.push(t.slice(0, cut));
    sorted.push(entries[Number(t.slice(cut + 1))] as GazetteerEntry);
  }
  return { keys, entries: sorted };
}

/**
 * The entries with a name starting with `prefix` (normalised: "st. p" finds Saint Petersburg),
 * best first: an exact name before a longer one, then by kind and population
 * (countries and first-level regions weigh more than a city of the same size).
 */
export function searchPrefix(index: PrefixIndex, prefix: string, limit: number): GazetteerEntry[] {
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
    const e = index.entries[i] as GazetteerEntry;
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
