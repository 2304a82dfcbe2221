import { GAZETTEER_INDEX_FORMAT } from '../src/gazetteer/readGazetteerIndex';
import type { GazetteerIndex, KeyedRows } from '../src/gazetteer/types';

/**
 * The committed text of a table's index (geo/gazetteer-index.txt): the table it indexes (row
 * count, sha1 of geo/gazetteer.json), then sections of one sorted "key<TAB>value" line a key.
 */
export function serializeIndex(index: GazetteerIndex, table: { rows: number; sha1: string }): string {
  const sections: [string, string[]][] = [
    ['names', rowLines(index.names)],
    ['adjectives', rowLines(index.adjectives)],
    ['first-words', numberLines(index.firstWords)],
    ['adjective-first-words', numberLines(index.adjectiveFirstWords)],
    ['countries', numberLines(index.countries)],
    ['regions', numberLines(index.regions)],
  ];
  const body = sections.map(([name, lines]) => [`${name} ${lines.length}`, ...lines].join('\n')).join('\n');
  return `${GAZETTEER_INDEX_FORMAT}\ntable ${table.rows} ${table.sha1}\n${body}\n`;
}

function rowLines(keyed: KeyedRows): string[] {
  return keyed.keys.map((k, i) => line(k, keyed.rows(i).join(' '))).sort(byCodeUnits);
}

function numberLines(map: ReadonlyMap<string, number>): string[] {
  return [...map].map(([k, n]) => line(k, String(n))).sort(byCodeUnits);
}

function line(key: string, value: string): string {
  if (/[\t\n]/.test(key)) throw new Error(`An index key cannot hold a tab or a line break: ${JSON.stringify(key)}`);
  return `${key}\t${value}`;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
