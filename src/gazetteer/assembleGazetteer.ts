import { normalizeName } from './normalizeName';
import { rowToEntry } from './rowToEntry';
import { buildPrefixIndex, searchPrefix } from './searchPrefix';
import type { PrefixIndex } from './searchPrefix';
import type { Gazetteer, GazetteerEntry, GazetteerIndex, KeyedRows, TableHead, TableRows } from './types';

/**
 * A gazetteer over rows and their index. Nothing is done per row at load: an entry is made
 * the first time a lookup returns it, and the same object is returned from then on.
 */
export function assembleGazetteer(head: TableHead, rows: TableRows, index: GazetteerIndex): Gazetteer {
  const made: (GazetteerEntry | undefined)[] = [];
  // Filled one by one so the array keeps fast elements (a preallocated sparse one of 100,000+ would not).
  for (let i = 0; i < rows.count; i++) made.push(undefined);
  const entryAt = (row: number): GazetteerEntry => (made[row] ??= rowToEntry(rows.row(row), head.kinds));
  const names = listsByKey(index.names, entryAt);
  const adjectives = listsByKey(index.adjectives, entryAt);
  const at = (row: number | undefined): GazetteerEntry | undefined => (row === undefined ? undefined : entryAt(row));
  const common = new Set(head.commonWords);
  const weak = new Set(head.weakNames);

  // Needed by no extraction rule, so made on first use.
  let all: GazetteerEntry[] | undefined;
  const entries = (): GazetteerEntry[] => (all ??= Array.from({ length: rows.count }, (_, i) => entryAt(i)));
  let ids: Map<string, GazetteerEntry> | undefined;
  let prefixes: PrefixIndex | undefined;
  return {
    get entries() {
      return entries();
    },
    lookup: (name) => names(normalizeName(name)) ?? [],
    lookupAdjective: (word) => adjectives(normalizeName(word)) ?? [],
    lookupKey: (key) => names(key) ?? [],
    lookupAdjectiveKey: (key) => adjectives(key) ?? [],
    byId: (id) => (ids ??= new Map(entries().map((e) => [e.id, e]))).get(id),
    country: (cc) => at(index.countries.get(cc)),
    admin1: (cc, code) => at(index.regions.get(`${cc}.${code}`)),
    maxWords: (first) => index.firstWords.get(first) ?? 0,
    maxAdjectiveWords: (first) => index.adjectiveFirstWords.get(first) ?? 0,
    isCommonWord: (n) => common.has(n),
    isWeakName: (n) => weak.has(n),
    search: (prefix, limit) => searchPrefix((prefixes ??= buildPrefixIndex(index.names)), entryAt, prefix, limit),
  };
}

/** key -> its entries, made on the key's first lookup (the map holds the key's number until then). */
function listsByKey(index: KeyedRows, entryAt: (row: number) => GazetteerEntry): (key: string) => GazetteerEntry[] | undefined {
  const lists = new Map<string, number | GazetteerEntry[]>();
  index.keys.forEach((key, i) => lists.set(key, i));
  return (key) => {
    const found = lists.get(key);
    if (typeof found !== 'number') return found;
    const list = index.rows(found).map(entryAt);
    lists.set(key, list);
    return list;
  };
}
