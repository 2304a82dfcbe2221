import { normalizeName } from './normalizeName';
import { rowToEntry } from './rowToEntry';
import { buildPrefixIndex, searchPrefix } from './searchPrefix';
import type { PrefixIndex } from './searchPrefix';
import type { Gazetteer, GazetteerEntry, GazetteerTable } from './types';

/** Builds the lookup indexes over a compiled table (names, adjectives, first words, ids). */
export function createGazetteer(table: GazetteerTable): Gazetteer {
  const entries = table.rows.map((row) => rowToEntry(row, table.kinds));
  const names = new Map<string, GazetteerEntry[]>();
  const adjectives = new Map<string, GazetteerEntry[]>();
  const firstWords = new Map<string, number>();
  const adjectiveFirstWords = new Map<string, number>();
  const ids = new Map<string, GazetteerEntry>();
  const countries = new Map<string, GazetteerEntry>();
  const regions = new Map<string, GazetteerEntry>();

  const add = (index: Map<string, GazetteerEntry[]>, words: Map<string, number>, name: string, entry: GazetteerEntry): void => {
    const key = normalizeName(name);
    if (key === '') return;
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    const parts = key.split(' ');
    const first = parts[0] ?? '';
    words.set(first, Math.max(words.get(first) ?? 0, parts.length));
  };

  for (const e of entries) {
    ids.set(e.id, e);
    add(names, firstWords, e.name, e);
    for (const o of e.otherNames) add(names, firstWords, o.name, e);
    for (const a of e.adjectives) add(adjectives, adjectiveFirstWords, a, e);
    if (e.kind === 'country' && e.id.startsWith('iso:')) countries.set(e.countryCode, e);
    if (e.featureCode === 'ADM1') regions.set(`${e.countryCode}.${e.admin1}`, e);
  }
  for (const list of names.values()) list.sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1));

  const common = new Set(table.commonWords);
  const weak = new Set(table.weakNames);
  // Sorted on the first search only: extraction never needs it.
  let prefixes: PrefixIndex | undefined;
  return {
    entries,
    lookup: (name) => names.get(normalizeName(name)) ?? [],
    lookupAdjective: (word) => adjectives.get(normalizeName(word)) ?? [],
    lookupKey: (key) => names.get(key) ?? [],
    lookupAdjectiveKey: (key) => adjectives.get(key) ?? [],
    byId: (id) => ids.get(id),
    country: (cc) => countries.get(cc),
    admin1: (cc, code) => regions.get(`${cc}.${code}`),
    maxWords: (first) => firstWords.get(first) ?? 0,
    maxAdjectiveWords: (first) => adjectiveFirstWords.get(first) ?? 0,
    isCommonWord: (n) => common.has(n),
    isWeakName: (n) => weak.has(n),
    search: (prefix, limit) => searchPrefix((prefixes ??= buildPrefixIndex(entries)), prefix, limit),
  };
}
