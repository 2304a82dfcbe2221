import { describe, expect, it } from 'vitest';
import { serializeIndex } from '../../geo/serializeIndex';
import { buildGazetteerIndex } from '../../src/gazetteer/buildGazetteerIndex';
import { readGazetteerIndex } from '../../src/gazetteer/readGazetteerIndex';
import type { GazetteerIndex, KeyedRows } from '../../src/gazetteer/types';
import { SMALL_TABLE } from './smallTable';

const SHA1 = 'aa98923f17b3cec940972a3dcfa6967206e77eab';
const built = buildGazetteerIndex(SMALL_TABLE);
const text = serializeIndex(built, { rows: SMALL_TABLE.rows.length, sha1: SHA1 });

/** An index as plain data, keys sorted, to compare two of them. */
function plain(index: GazetteerIndex): Record<string, unknown> {
  const lists = (k: KeyedRows): [string, readonly number[]][] => k.keys.map((key, i): [string, readonly number[]] => [key, k.rows(i)]).sort(([a], [b]) => (a < b ? -1 : 1));
  const numbers = (m: ReadonlyMap<string, number>): [string, number][] => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    names: lists(index.names),
    adjectives: lists(index.adjectives),
    firstWords: numbers(index.firstWords),
    adjectiveFirstWords: numbers(index.adjectiveFirstWords),
    countries: numbers(index.countries),
    regions: numbers(index.regions),
  };
}

describe('readGazetteerIndex', () => {
  it('reads back what serializeIndex writes: the same index and the table it names', () => {
    const file = readGazetteerIndex(Buffer.from(text));
    expect(file?.rows).toBe(SMALL_TABLE.rows.length);
    expect(file?.sha1).toBe(SHA1);
    expect(file && plain(file.index)).toEqual(plain(built));
  });

  it('writes one sorted "key<TAB>rows" line a key, so a changed place changes few lines', () => {
    const names = text.split('\n').slice(3, 3 + built.names.keys.length);
    expect(names).toContain('reading\t1 0');
    expect([...names].sort()).toEqual(names);
  });

  it('gives undefined for text that is not an index: another format, a wrong count, a line without a key', () => {
    expect(readGazetteerIndex(Buffer.from(''))).toBeUndefined();
    expect(readGazetteerIndex(Buffer.from(text.replace('dateline-gazetteer-index/1', 'dateline-gazetteer-index/2')))).toBeUndefined();
    expect(readGazetteerIndex(Buffer.from(text.replace(/^names \d+$/m, 'names 2')))).toBeUndefined();
    expect(readGazetteerIndex(Buffer.from(text.replace(/^countries \d+$/m, 'countries 99')))).toBeUndefined();
    expect(readGazetteerIndex(Buffer.from(text.replace('\nGB\t', '\nGB ')))).toBeUndefined();
    expect(readGazetteerIndex(Buffer.from(text.replace(/^table .*$/m, 'table 12 not-a-sha1')))).toBeUndefined();
    expect(readGazetteerIndex(Buffer.from(`${text}extra\n`))).toBeUndefined();
  });

  it('refuses a row number the table does not have when the key is first looked up', () => {
    const file = readGazetteerIndex(Buffer.from(text.replace('reading\t1 0', 'reading\t1 12')));
    const i = file?.index.names.keys.indexOf('reading') ?? -1;
    expect(() => file?.index.names.rows(i)).toThrow(/damaged/);
    const empty = readGazetteerIndex(Buffer.from(text.replace('reading\t1 0', 'reading\t')));
    expect(() => empty?.index.names.rows(empty.index.names.keys.indexOf('reading'))).toThrow(/damaged/);
  });
});
