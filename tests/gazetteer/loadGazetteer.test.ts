import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../src/gazetteer/types';

let gazetteer: Gazetteer;
const warnings = vi.spyOn(process, 'emitWarning');
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

describe('loadGazetteer', () => {
  it('loads the committed table once and returns the same gazetteer after', async () => {
    expect(await loadGazetteer()).toBe(gazetteer);
    expect(gazetteer.entries.length).toBeGreaterThan(50_000);
  });

  it('reads the committed index in Node rather than indexing the table at load (no warning)', () => {
    expect(warnings).not.toHaveBeenCalled();
  });

  it('finds a name however it is spelled: case, diacritics, St./Saint, possessive', () => {
    const ids = (name: string): string[] => gazetteer.lookup(name).map((e) => e.id);
    expect(ids('São Paulo')).toEqual(ids('SAO PAULO'));
    expect(ids('St. Louis')).toEqual(ids('Saint Louis'));
    expect(ids("China's")[0]).toBe('iso:CN');
  });

  it('leads every alias to its place: Nur-Sultan, Kiev, Bombay, Burma, Britain, Ivory Coast', () => {
    expect(gazetteer.lookup('Nur-Sultan').map((e) => e.id)).toContain('gn:1526273');
    expect(gazetteer.lookup('Kiev').map((e) => e.id)).toContain('gn:703448');
    expect(gazetteer.lookup('Bombay').map((e) => e.id)).toContain('gn:1275339');
    expect(gazetteer.lookup('Burma').map((e) => e.id)).toContain('iso:MM');
    expect(gazetteer.lookup('Britain').map((e) => e.id)).toContain('iso:GB');
    expect(gazetteer.lookup('Ivory Coast').map((e) => e.id)).toContain('iso:CI');
    expect(gazetteer.lookup('Christiania')[0]?.id).toBe('gn:3143244');
    expect(gazetteer.lookup('Kristiania')[0]?.id).toBe('gn:3143244');
  });

  it('gives each candidate its id, kind, country, admin region, population, coordinates and held names', () => {
    const astana = gazetteer.byId('gn:1526273');
    expect(astana).toMatchObject({ name: 'Astana', kind: 'city', countryCode: 'KZ', featureCode: 'PPLC' });
    expect(astana?.population).toBeGreaterThan(300_000);
    expect(astana).toBeNearLatLng([51.17, 71.45], 10);
    expect(astana?.otherNames).toContainEqual({ name: 'Nur-Sultan', from: 2019, to: 2022 });
  });

  it('knows demonyms and adjectives separately from names', () => {
    expect(gazetteer.lookupAdjective('Kazakh')[0]?.id).toBe('iso:KZ');
    expect(gazetteer.lookupAdjective('Soviet')[0]?.id).toBe('dl:soviet-union');
    expect(gazetteer.lookupAdjective('Palestinians')[0]?.id).toBe('iso:PS');
    expect(gazetteer.lookup('Kazakh')).toEqual([]);
  });

  it('finds countries by code and regions by country and admin1 code', () => {
    expect(gazetteer.country('KZ')?.name).toBe('Kazakhstan');
    expect(gazetteer.admin1('US', 'GA')?.name).toBe('Georgia');
    expect(gazetteer.admin1('CN', '13')?.name).toBe('Xinjiang');
  });

  it('lists both Georgias, several Springfields and the Paris of Texas', () => {
    const georgia = gazetteer.lookup('Georgia').map((e) => `${e.kind}:${e.countryCode}`);
    expect(georgia).toContain('country:GE');
    expect(georgia).toContain('region:US');
    expect(gazetteer.lookup('Springfield').length).toBeGreaterThan(5);
    expect(gazetteer.lookup('Paris').some((e) => e.countryCode === 'US' && e.admin1 === 'TX')).toBe(true);
  });

  it('finds nothing for words that are no place ("Pompeo", "the", "")', () => {
    expect(gazetteer.lookup('Pompeo')).toEqual([]);
    expect(gazetteer.lookup('the')).toEqual([]);
    expect(gazetteer.lookup('')).toEqual([]);
    expect(gazetteer.lookupAdjective('Paris')).toEqual([]);
  });

  it('flags names that are also English words or first names', () => {
    expect(gazetteer.isCommonWord('reading')).toBe(true);
    expect(gazetteer.isWeakName('jordan')).toBe(true);
    expect(gazetteer.isWeakName('kazakhstan')).toBe(false);
  });

  it('answers how many words the longest name starting with a word has', () => {
    expect(gazetteer.maxWords('papua')).toBeGreaterThanOrEqual(3);
    expect(gazetteer.maxWords('pompeo')).toBe(0);
  });
});
