import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../src/gazetteer/createGazetteer';
import { isGazetteerTable } from '../../src/gazetteer/isGazetteerTable';
import type { GazetteerTable } from '../../src/gazetteer/types';

const table: GazetteerTable = {
  format: 'dateline-gazetteer/1',
  kinds: ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'],
  commonWords: [],
  weakNames: ['kaiserhafen', 'novagradia'],
  rows: [
    ['gn:1', 'Novagrad', 4, 45, 20, 'XX', '01', 900_000, 'PPLA', [['Old Novagrad', 1900, 1950]], [], [], ['Kaiserhafen', 'Novagradia']],
    ['gn:2', 'Novagradia', 4, 40, -90, 'US', 'IL', 4_000, 'PPL', [], [], []],
  ],
};

describe('lookup-only names', () => {
  const g = createGazetteer(table);

  it('a table whose rows carry a thirteenth field of lookup-only names is a table', () => {
    expect(isGazetteerTable(table)).toBe(true);
  });

  it('lookup() finds a place by a lookup-only name', () => {
    expect(g.lookup('Kaiserhafen').map((e) => e.id)).toEqual(['gn:1']);
  });

  it('a lookup-only name borne also by a small town leads to the larger place first', () => {
    expect(g.lookup('Novagradia').map((e) => e.id)).toEqual(['gn:1', 'gn:2']);
  });

  it('never shows a lookup-only name among the entry\'s other names', () => {
    const entry = g.lookup('Kaiserhafen')[0];
    expect(entry?.name).toBe('Novagrad');
    expect(entry?.otherNames).toEqual([{ name: 'Old Novagrad', from: 1900, to: 1950 }]);
  });
});
