import { describe, expect, it } from 'vitest';
import { addLookupNames } from '../../geo/addLookupNames';
import { draft } from '../../geo/draft';
import type { Draft } from '../../geo/draft';
import type { GeoNamesPlace } from '../../geo/readCities500';

const city = (id: number, name: string, population: number): Draft => draft(`gn:${id}`, name, 'city', 0, 0, 'XX', '01', population, 'PPLA', [], [], []);
const place = (id: number, name: string, population: number, alternateNames: string[]): GeoNamesPlace => ({ id, name, asciiName: name, alternateNames, lat: 0, lon: 0, featureCode: 'PPLA', country: 'XX', admin1: '01', admin2: '', population });

describe('addLookupNames', () => {
  it('gives a large town the plain-spelled alternate names as lookup-only names, never as aliases, and returns them to be listed as weak names', () => {
    const drafts = [city(1, 'Novagrad', 300_000)];
    const added = addLookupNames(drafts, [place(1, 'Novagrad', 300_000, ['Kaiserhafen', 'Нова', 'Nowogród'])], new Set(), new Set());
    expect(drafts[0]?.lookupOnly).toEqual(['Kaiserhafen']);
    expect(drafts[0]?.aliases).toEqual([]);
    expect(added).toEqual(['kaiserhafen']);
  });

  it('takes no name a place of some size bears, but one that only a far smaller town bears', () => {
    const drafts = [city(1, 'Novagrad', 300_000), city(2, 'Old Harbor', 40_000), city(3, 'Novagrads', 2_000)];
    addLookupNames(drafts, [place(1, 'Novagrad', 300_000, ['Old Harbor', 'Novagrads'])], new Set(), new Set());
    expect(drafts[0]?.lookupOnly).toEqual(['Novagrads']);
  });

  it('takes no variant or misspelling of a name the town has, no common word and no weak name', () => {
    const drafts = [city(1, 'Novagrad', 300_000)];
    addLookupNames(drafts, [place(1, 'Novagrad', 300_000, ['Novagrad City', 'Novagrod', 'Harbour', 'Julia', 'Green Bay'])], new Set(['harbour', 'green', 'bay']), new Set(['julia']));
    expect(drafts[0]?.lookupOnly).toEqual([]);
  });

  it('spells ø, å, ü as English text does, for towns of any size', () => {
    const drafts = [city(1, 'Fjordø', 2_000), city(2, 'Müllerstadt', 900)];
    addLookupNames(drafts, [], new Set(), new Set());
    expect(drafts.map((d) => d.lookupOnly)).toEqual([['Fjordoe'], ['Muellerstadt']]);
  });

  it('drops an Arabic article English text leaves off, and gives a name two towns list to the larger', () => {
    const drafts = [city(1, 'Novagrad', 300_000), city(2, 'Ostrov', 120_000), city(3, 'Malyi', 4_000)];
    addLookupNames(drafts, [place(2, 'Ostrov', 120_000, ['Seeburg']), place(1, 'Novagrad', 300_000, ['Seeburg', 'El-Qasrawi']), place(3, 'Malyi', 4_000, ['Kleindorf'])], new Set(), new Set());
    expect(drafts.map((d) => d.lookupOnly)).toEqual([['Seeburg', 'El-Qasrawi', 'Qasrawi'], [], []]);
  });
});
