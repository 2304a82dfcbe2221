import { beforeAll, describe, expect, it } from 'vitest';
import { createGazetteer } from '../../src/gazetteer/createGazetteer';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer, GazetteerTable } from '../../src/gazetteer/types';

const table: GazetteerTable = {
  format: 'dateline-gazetteer/1',
  kinds: ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'],
  commonWords: [],
  weakNames: [],
  rows: [
    ['gn:1', 'Paris', 4, 48.85, 2.35, 'FR', '11', 2_100_000, 'PPLC', [], [], []],
    ['gn:2', 'Paris', 4, 33.66, -95.56, 'US', 'TX', 25_000, 'PPL', [], [], []],
    ['gn:3', 'Parma', 4, 44.8, 10.33, 'IT', '45', 150_000, 'PPLA2', [], [], []],
    ['iso:PY', 'Paraguay', 1, -23, -58, 'PY', '', 7_000_000, 'PCLI', [['Republic of Paraguay', 0, 0]], [], []],
    ['gn:4', 'Saint Petersburg', 4, 59.94, 30.31, 'RU', '66', 5_000_000, 'PPLA', [['St. Petersburg', 0, 0], ['Leningrad', 1924, 1991]], [], []],
    ['gn:5', 'Sao Paulo', 2, -22, -48, 'BR', '27', 46_000_000, 'ADM1', [], [], []],
    ['gn:6', 'São Paulo', 4, -23.55, -46.63, 'BR', '27', 12_000_000, 'PPLA', [], [], []],
  ],
};

describe('Gazetteer.search', () => {
  const g = createGazetteer(table);

  it('finds names by normalised prefix, each entry once, countries weighing more than cities of their size', () => {
    expect(g.search('par', 10).map((e) => e.id)).toEqual(['iso:PY', 'gn:1', 'gn:3', 'gn:2']);
  });

  it('puts an exact name before longer names that start with it', () => {
    expect(g.search('Parma', 10).map((e) => e.id)).toEqual(['gn:3']);
    expect(g.search('paris', 10).map((e) => e.id)).toEqual(['gn:1', 'gn:2']);
  });

  it('ignores case, diacritics and "St." and finds other names and held names', () => {
    expect(g.search('ST. PET', 5).map((e) => e.id)).toEqual(['gn:4']);
    expect(g.search('lenin', 5).map((e) => e.id)).toEqual(['gn:4']);
    expect(g.search('são', 5).map((e) => e.id)).toEqual(['gn:5', 'gn:6']);
  });

  it('returns at most `limit` entries and nothing for an empty prefix, a zero limit or an unknown prefix', () => {
    expect(g.search('pa', 2)).toHaveLength(2);
    expect(g.search('', 5)).toEqual([]);
    expect(g.search('  ', 5)).toEqual([]);
    expect(g.search('par', 0)).toEqual([]);
    expect(g.search('zzz', 5)).toEqual([]);
  });
});

describe('Gazetteer.search on the committed table', () => {
  let world: Gazetteer;
  beforeAll(async () => {
    world = await loadGazetteer();
  }, 60_000);

  it('offers the famous place first for a few letters ("Kaz" -> Kazakhstan, "Nur-S" -> Astana)', () => {
    expect(world.search('Kaz', 5)[0]?.id).toBe('iso:KZ');
    expect(world.search('Nur-S', 5)[0]?.name).toBe('Astana');
    expect(world.search('washington', 3).map((e) => e.countryCode)).toEqual(['US', 'US', 'US']);
  });
});
