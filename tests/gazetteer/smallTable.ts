import type { GazetteerTable } from '../../src/gazetteer/types';

/** A small table with the cases an index must get right: shared names, equal populations, a name twice on one row, held names, adjectives, countries and regions. */
export const SMALL_TABLE: GazetteerTable = {
  format: 'dateline-gazetteer/1',
  kinds: ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'],
  commonWords: ['reading'],
  weakNames: ['georgia'],
  rows: [
    ['gn:2', 'Reading', 4, 40.33, -75.92, 'US', 'PA', 88_000, 'PPL', [['Redding', 1700, 1750]], [], []],
    ['gn:1', 'Reading', 4, 51.45, -0.97, 'GB', 'ENG', 318_000, 'PPLA2', [], [], []],
    ['gn:9', 'Springfield', 4, 39.8, -89.64, 'US', 'IL', 100_000, 'PPLA', [], [], []],
    ['gn:8', 'Springfield', 4, 37.21, -93.29, 'US', 'MO', 100_000, 'PPL', [], [], []],
    ['iso:GB', 'United Kingdom', 1, 54, -2, 'GB', '', 60_000_000, 'PCLI', [['Britain', 0, 0], ['Great Britain', 0, 0]], ['British', 'Briton'], [50, -8, 59, 2]],
    ['iso:GE', 'Georgia', 1, 42, 43.5, 'GE', '', 3_700_000, 'PCLI', [], ['Georgian'], []],
    ['gn:4197000', 'Georgia', 2, 32.75, -83.5, 'US', 'GA', 10_000_000, 'ADM1', [], ['Georgian'], []],
    ['dl:soviet-union', 'Soviet Union', 1, 60, 90, 'SU', '', 0, '', [['USSR', 1922, 1991]], ['Soviet'], []],
    ['gn:3448439', 'São Paulo', 4, -23.55, -46.63, 'BR', '27', 12_000_000, 'PPLA', [['Sao Paulo', 0, 0], ['—', 0, 0]], ['Paulistano'], []],
    ['gn:1526273', 'Astana', 4, 51.17, 71.45, 'KZ', '05', 1_000_000, 'PPLC', [['Nur-Sultan', 2019, 2022], ['Astana', 2022, 0]], [], []],
    ['gn:5', 'St. Louis', 4, 38.63, -90.2, 'US', 'MO', 300_000, 'PPL', [['Saint Louis', 0, 0]], [], []],
    ['gn:6', 'Papua New Guinea Highlands', 3, -6, 145, 'PG', '', 0, '', [], [], []],
  ],
};
