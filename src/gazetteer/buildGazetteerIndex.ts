import { normalizeName } from './normalizeName';
import type { GazetteerIndex, GazetteerTable, KeyedRows } from './types';

/** Normalises every name and adjective of a table once and lists the rows each key leads to (the rules every lookup follows). */
export function buildGazetteerIndex(table: GazetteerTable): GazetteerIndex {
  const names = new Map<string, number[]>();
  const adjectives = new Map<string, number[]>();
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const [id, name, kindIndex, , , countryCode, admin1, , featureCode, other, adjectiveList, , lookupOnly = []] = row;
    add(names, name, i);
    for (const [n] of other) add(names, n, i);
    // Read in text, never shown: no entry lists them (rowToEntry leaves them out).
    for (const n of lookupOnly) add(names, n, i);
    for (const a of adjectiveList) add(adjectives, a, i);
    if ((table.kinds[kindIndex] ?? 'city') === 'country' && id.startsWith('iso:')) countries.set(countryCode, i);
    if (featureCode === 'ADM1') regions.set(`${countryCode}.${admin1}`, i);
  });
  const population = (r: number): number => table.rows[r]?.[7] ?? 0;
  const id = (r: number): string => table.rows[r]?.[0] ?? '';
  for (const list of names.values()) list.sort((a, b) => population(b) - population(a) || (id(a) < id(b) ? -1 : 1));
  return {
    names: keyedRows(names),
    adjectives: keyedRows(adjectives),
    firstWords: firstWords(names.keys()),
    adjectiveFirstWords: firstWords(adjectives.keys()),
    countries,
    regions,
  };
}

function add(index: Map<string, number[]>, name: string, row: number): void {
  const key = normalizeName(name);
  if (key === '') return;
  const list = index.get(key);
  if (!list) index.set(key, [row]);
  else if (!list.includes(row)) list.push(row);
}

function keyedRows(index: Map<string, number[]>): KeyedRows {
  const lists = [...index.values()];
  return { keys: [...index.keys()], rows: (i) => lists[i] ?? [] };
}

function firstWords(keys: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const key of keys) {
    const parts = key.split(' ');
    const first = parts[0] ?? '';
    words.set(first, Math.max(words.get(first) ?? 0, parts.length));
  }
  return words;
}
