import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../src/gazetteer/createGazetteer';
import { isGazetteerTable } from '../../src/gazetteer/isGazetteerTable';
import type { GazetteerTable } from '../../src/gazetteer/types';

const table: GazetteerTable = {
  format: 'dateline-gazetteer/1',
  kinds: ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'],
  commonWords: ['reading'],
  weakNames: ['reading'],
  rows: [
    ['gn:1', 'Reading', 4, 51.45, -0.97, 'GB', 'ENG', 318_000, 'PPLA2', [], [], []],
    ['gn:2', 'Reading', 4, 40.33, -75.92, 'US', 'PA', 88_000, 'PPL', [['Redding', 1700, 1750]], [], []],
    ['iso:GB', 'United Kingdom', 1, 54, -2, 'GB', '', 60_000_000, 'PCLI', [['Britain', 0, 0]], ['British'], [50, -8, 59, 2]],
  ],
};

describe('createGazetteer', () => {
  const g = createGazetteer(table);

  it('returns every entry of a shared name, most populous first', () => {
    expect(g.lookup('reading').map((e) => e.id)).toEqual(['gn:1', 'gn:2']);
  });

  it('turns held names into other names with years, and aliases into other names without', () => {
    expect(g.byId('gn:2')?.otherNames).toEqual([{ name: 'Redding', from: 1700, to: 1750 }]);
    expect(g.byId('iso:GB')?.otherNames).toEqual([{ name: 'Britain' }]);
    expect(g.lookup('Redding')[0]?.id).toBe('gn:2');
  });

  it('keeps bboxes where the table has them and leaves them out where it does not', () => {
    expect(g.byId('iso:GB')?.bbox).toEqual([50, -8, 59, 2]);
    expect(g.byId('gn:1')).not.toHaveProperty('bbox');
  });

  it('indexes adjectives apart from names', () => {
    expect(g.lookupAdjective('British')[0]?.id).toBe('iso:GB');
    expect(g.lookup('British')).toEqual([]);
    expect(g.country('GB')?.id).toBe('iso:GB');
  });
});

describe('isGazetteerTable', () => {
  it('accepts a table and rejects what is not one', () => {
    expect(isGazetteerTable(table)).toBe(true);
    expect(isGazetteerTable(null)).toBe(false);
    expect(isGazetteerTable({ ...table, format: 'other' })).toBe(false);
    expect(isGazetteerTable({ ...table, rows: [['x']] })).toBe(false);
    expect(isGazetteerTable('{"format":"dateline-gazetteer/1"}')).toBe(false);
  });
});
