import type { GazetteerIndex, KeyedRows } from './types';

/** The first line of geo/gazetteer-index.txt. */
export const GAZETTEER_INDEX_FORMAT = 'dateline-gazetteer-index/1';

/** geo/gazetteer-index.txt read back: the table it indexes (row count, sha1 of the file) and the index. */
export interface GazetteerIndexFile {
  rows: number;
  sha1: string;
  index: GazetteerIndex;
}

const NEWLINE = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const ZERO = 0x30;
const ROW_LIST = /^\d{1,9}(?: \d{1,9})*$/;

/**
 * Reads the bytes geo:build writes (see geo/serializeIndex.ts), or gives undefined for anything
 * else. Keys are read now, each into a string of its own (a slice of one big string would make
 * every Map lookup slower); a key's row numbers are read on its first lookup.
 */
export function readGazetteerIndex(bytes: Buffer): GazetteerIndexFile | undefined {
  let at = 0;
  const line = (): string | undefined => {
    const end = bytes.indexOf(NEWLINE, at);
    if (end === -1) return undefined;
    const text = bytes.toString('utf8', at, end);
    at = end + 1;
    return text;
  };
  const table = line() === GAZETTEER_INDEX_FORMAT ? /^table (\d+) ([0-9a-f]{40})$/.exec(line() ?? '') : null;
  if (!table) return undefined;
  const rowCount = Number(table[1]);
  // Each section: "name count", then count lines "key<TAB>value"; `ends` gets, per line, the offsets of its tab and of its end.
  const section = (name: string): { keys: string[]; ends: number[] } | undefined => {
    const header = line() ?? '';
    const n = header.startsWith(`${name} `) ? Number(header.slice(name.length + 1)) : NaN;
    if (!Number.isInteger(n) || n < 0) return undefined;
    const keys: string[] = [];
    const ends: number[] = [];
    for (let i = 0; i < n; i++) {
      const end = bytes.indexOf(NEWLINE, at);
      const tab = bytes.indexOf(TAB, at);
      if (end === -1 || tab <= at || tab > end) return undefined;
      keys.push(bytes.toString('utf8', at, tab));
      ends.push(tab, end);
      at = end + 1;
    }
    return { keys, ends };
  };
  const rowsOf = (lines: { keys: string[]; ends: number[] } | undefined): KeyedRows | undefined => {
    if (!lines) return undefined;
    const { keys, ends } = lines;
    return {
      keys,
      rows: (i) => {
        const text = bytes.toString('latin1', (ends[2 * i] ?? 0) + 1, ends[2 * i + 1]);
        const rows = ROW_LIST.test(text) ? text.split(' ').map(Number) : [];
        if (rows.length === 0 || rows.some((r) => r >= rowCount)) throw new Error(`geo/gazetteer-index.txt is damaged at the key "${keys[i]}": run \`npm run geo:build\`.`);
        return rows;
      },
    };
  };
  const numbersOf = (lines: { keys: string[]; ends: number[] } | undefined, below: number): Map<string, number> | undefined => {
    if (!lines) return undefined;
    const map = new Map<string, number>();
    for (let i = 0; i < lines.keys.length; i++) {
      const n = digits(bytes, (lines.ends[2 * i] ?? 0) + 1, lines.ends[2 * i + 1] ?? 0);
      if (n === undefined || n >= below) return undefined;
      map.set(lines.keys[i] ?? '', n);
    }
    return map;
  };
  const names = rowsOf(section('names'));
  const adjectives = rowsOf(section('adjectives'));
  const firstWords = numbersOf(section('first-words'), Infinity);
  const adjectiveFirstWords = numbersOf(section('adjective-first-words'), Infinity);
  const countries = numbersOf(section('countries'), rowCount);
  const regions = numbersOf(section('regions'), rowCount);
  if (!names || !adjectives || !firstWords || !adjectiveFirstWords || !countries || !regions || at !== bytes.length) return undefined;
  return { rows: rowCount, sha1: table[2] ?? '', index: { names, adjectives, firstWords, adjectiveFirstWords, countries, regions } };
}

/** The whole number bytes[from, to) spells in decimal digits, or undefined if it is not one. */
function digits(bytes: Buffer, from: number, to: number): number | undefined {
  if (from >= to || to - from > 15) return undefined;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = (bytes[i] ?? SPACE) - ZERO;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}
