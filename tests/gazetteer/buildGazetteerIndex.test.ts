import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex } from '../../src/gazetteer/buildGazetteerIndex';
import type { KeyedRows } from '../../src/gazetteer/types';
import { SMALL_TABLE } from './smallTable';

const rowsOf = (keyed: KeyedRows, key: string): readonly number[] | undefined => {
  const i = keyed.keys.indexOf(key);
  return i === -1 ? undefined : keyed.rows(i);
};

describe('buildGazetteerIndex', () => {
  const index = buildGazetteerIndex(SMALL_TABLE);

  it('lists the rows of a shared name most populous first, and by id where populations tie', () => {
    expect(rowsOf(index.names, 'reading')).toEqual([1, 0]);
    expect(rowsOf(index.names, 'springfield')).toEqual([3, 2]);
  });

  it('keys other names and held names by their normalised form, a row once however many of its names share a key', () => {
    expect(rowsOf(index.names, 'redding')).toEqual([0]);
    expect(rowsOf(index.names, 'sao paulo')).toEqual([8]);
    expect(rowsOf(index.names, 'saint louis')).toEqual([10]);
    expect(rowsOf(index.names, 'astana')).toEqual([9]);
    expect(rowsOf(index.names, 'nur sultan')).toEqual([9]);
  });

  it('skips names that normalise to nothing', () => {
    expect(index.names.keys).not.toContain('');
  });

  it('keeps adjectives apart from names, in table order', () => {
    expect(rowsOf(index.adjectives, 'georgian')).toEqual([5, 6]);
    expect(rowsOf(index.adjectives, 'british')).toEqual([4]);
    expect(rowsOf(index.names, 'british')).toBeUndefined();
  });

  it('knows the most words a name starting with a word has', () => {
    expect(index.firstWords.get('papua')).toBe(4);
    expect(index.firstWords.get('great')).toBe(2);
    expect(index.firstWords.get('pompeo')).toBeUndefined();
    expect(index.adjectiveFirstWords.get('soviet')).toBe(1);
  });

  it('finds countries only among iso: entries, and regions by country and admin1 code', () => {
    expect(Object.fromEntries(index.countries)).toEqual({ GB: 4, GE: 5 });
    expect(Object.fromEntries(index.regions)).toEqual({ 'US.GA': 6 });
  });
});
