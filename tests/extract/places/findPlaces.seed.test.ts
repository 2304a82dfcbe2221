import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { findPlaces } from '../../../src/extract/places/findPlaces';
import type { PlaceFind } from '../../../src/extract/places/types';
import { displayName } from '../../../src/gazetteer/displayName';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';

const SEED = new URL('../../../seeds/000_434d8e9a3390da3a.txt', import.meta.url);
let finds: PlaceFind[] = [];

beforeAll(async () => {
  const gazetteer = await loadGazetteer();
  finds = findPlaces(parseArticle(readFileSync(SEED, 'utf8')), gazetteer);
}, 60_000);

const byText = (text: string): PlaceFind[] => finds.filter((f) => f.text === text);

describe('findPlaces on the seed article', () => {
  it.each([
    ['NUR-SULTAN', [51.17, 71.45]],
    ['Nur-Sultan', [51.17, 71.45]],
    ['Beijing', [39.9, 116.4]],
    ['Wuhan', [30.59, 114.31]],
    ['Washington', [38.9, -77.04]],
  ] as const)('finds every "%s" within 50 km of %j', (text, [lat, lon]) => {
    expect(byText(text).length).toBeGreaterThan(0);
    for (const f of byText(text)) expect(f.entry).toBeNearLatLng([lat, lon], 50);
  });

  it('finds Xinjiang as the Chinese region', () => {
    const xinjiang = byText('Xinjiang');
    expect(xinjiang).toHaveLength(3);
    for (const f of xinjiang) {
      expect(f.entry.kind).toBe('region');
      expect(f.entry).toBeNearLatLng([41.1, 85.3], 400);
    }
  });

  it.each([
    ['Kazakhstan', 'KZ'],
    ['China', 'CN'],
    ['Uzbekistan', 'UZ'],
    ['Belarus', 'BY'],
    ['Ukraine', 'UA'],
    ['Britain', 'GB'],
    ['United States', 'US'],
    ['US', 'US'],
    ['Russia', 'RU'],
    ['Kazakh', 'KZ'],
    ['Chinese', 'CN'],
    ['the Central Asian nation', 'KZ'],
  ] as const)('finds "%s" as the country %s', (text, code) => {
    expect(byText(text).length).toBeGreaterThan(0);
    for (const f of byText(text)) {
      expect(f.entry.kind).toBe('country');
      expect(f.entry.countryCode).toBe(code);
    }
  });

  it('reads "the Central Asian nation" as a descriptive mention of Kazakhstan', () => {
    expect(byText('the Central Asian nation')[0]?.rule).toBe('descriptive');
  });

  it('finds nothing in "Mr Pompeo", "Mike Pompeo" or "Mukhtar Tleuberdi"', () => {
    expect(finds.filter((f) => /Pompeo|Tleuberdi|Mike|Mukhtar/.test(f.text))).toEqual([]);
  });

  it('names the dateline city as a 2020 reader knew it', () => {
    const dateline = byText('NUR-SULTAN')[0];
    expect(dateline && displayName(dateline.entry, 2020)).toBe('Nur-Sultan (Astana since 2022)');
  });

  it('keeps ranked candidates with the chosen one first', () => {
    for (const f of finds) expect(f.candidates[0]?.gazetteerId).toBe(f.entry.id);
  });
});
