import { describe, expect, it } from 'vitest';
import { describeCandidate } from '../../src/author/describeCandidate';
import { loadAuthorLanguage } from '../../src/author/i18n/loadAuthorLanguage';
import type { Candidate } from '../../src/story/types';

const town: Candidate = { gazetteerId: 'gn:1', name: 'Samoa', kind: 'city', countryCode: 'US', region: 'Georgia', population: 2000, lat: 31, lon: -84, score: 7.1, reasons: [{ code: 'namedWith', places: ['Tifton'] }] };
const country: Candidate = { gazetteerId: 'iso:WS', name: 'Samoa', kind: 'country', countryCode: 'WS', population: 80308, lat: -13.8, lon: -172.1, score: 10.7, reasons: [{ code: 'list', places: ['Fiji', 'Tonga'] }, { code: 'namedWith', places: ['Apia'] }, { code: 'largest' }] };

describe('describeCandidate', () => {
  it('tells a namesake town by its state, country, kind and people, and a country by its kind alone', () => {
    expect(describeCandidate(town, 'en').label).toBe('Samoa, Georgia, United States (city, 2,000 people)');
    expect(describeCandidate(country, 'en').label).toBe('Samoa (country)');
  });

  it('gives the ranking’s reasons in words instead of a score', () => {
    expect(describeCandidate(country, 'en').reasons).toBe('in a list with Fiji and Tonga; named with Apia; largest of its name');
    expect(describeCandidate(town, 'en').reasons).toBe('named with Tifton');
  });

  it('says nothing of reasons for a candidate from an older story that kept only a score', () => {
    const { reasons: _, region: __, population: ___, ...old } = town;
    expect(describeCandidate(old, 'en')).toEqual({ label: 'Samoa, United States (city)', reasons: '' });
  });

  it('speaks the author’s language: country names, number grouping and list words', async () => {
    await loadAuthorLanguage('fr');
    const fr = describeCandidate(town, 'fr');
    expect(fr.label).toBe('Samoa, Georgia, États-Unis (ville, 2\u202f000 habitants)');
    expect(describeCandidate(country, 'fr').reasons).toContain('dans une liste avec Fiji et Tonga');
    await loadAuthorLanguage('ru');
    expect(describeCandidate(town, 'ru').label).toContain('Соединенные Штаты');
  });
});
