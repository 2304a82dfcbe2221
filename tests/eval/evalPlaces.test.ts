import { describe, expect, it } from 'vitest';
import { evalPlaces } from '../../src/eval/evalPlaces';
import type { PlaceEvalLine, PlacePrediction } from '../../src/eval/evalTypes';

const line: PlaceEvalLine = {
  id: 'a',
  dataset: 'test',
  title: 't',
  text: 'Paris and Texas and Kazakhstan.',
  toponyms: [
    { text: 'Paris', start: 0, end: 5, lat: 48.85, lon: 2.35, geonameid: '2988507', fcode: 'PPLC' },
    { text: 'Texas', start: 10, end: 15, lat: 31.25, lon: -99.25, fcode: 'ADM1' },
    { text: 'Kazakhstan', start: 20, end: 30, lat: 48, lon: 68, fcode: 'PCLI', country: 'Kazakhstan' },
  ],
};

const pred = (start: number, end: number, lat: number, lon: number, gazetteerId: string, kind = 'city', countryNames: string[] = []): PlacePrediction => ({ start, end, lat, lon, gazetteerId, kind, countryNames });

describe('evalPlaces', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const m = evalPlaces([line], [[pred(0, 5, 48.85, 2.35, 'gn:2988507'), pred(10, 15, 31.3, -99.3, 'gn:4736286', 'region'), pred(20, 30, 40, 60, 'iso:KZ', 'country', ['Kazakhstan'])]]);
    expect(m.exact.f1).toBe(1);
    expect(m.overlap.f1).toBe(1);
    expect(m.within161).toBe(1);
    expect(m.idAccuracy).toBe(1);
  });

  it('judges a country by identity, not by its coarse centroid', () => {
    const m = evalPlaces([line], [[pred(20, 30, 40, 60, 'iso:KZ', 'country', ['Republic of Kazakhstan', 'Kazakhstan'])]]);
    expect(m.within161).toBe(1);
    expect(m.medianErrorKm).toBe(0);
  });

  it('counts an overlapping span that is not exact only in the overlap scores', () => {
    const m = evalPlaces([line], [[pred(0, 9, 48.85, 2.35, 'gn:2988507')]]);
    expect(m.exact.truePositives).toBe(0);
    expect(m.overlap.truePositives).toBe(1);
    expect(m.overlap.precision).toBe(1);
    expect(m.overlap.recall).toBeCloseTo(1 / 3);
  });

  it('counts a far-off resolution against accuracy, and a spurious find against precision', () => {
    const m = evalPlaces([line], [[pred(0, 5, 33.66, -95.56, 'gn:4717560'), pred(31, 32, 0, 0, 'gn:9')]]);
    expect(m.within161).toBe(0);
    expect(m.medianErrorKm).toBeGreaterThan(7000);
    expect(m.overlap.precision).toBe(0.5);
  });

  it('gives zeros, not NaN, for no predictions', () => {
    const m = evalPlaces([line], [[]]);
    expect(m.overlap.f1).toBe(0);
    expect(m.within161).toBe(0);
  });

  it('judges a gold country given by its ISO code by identity too', () => {
    const coded: PlaceEvalLine = { ...line, toponyms: [{ text: 'Kazakhstan', start: 20, end: 30, lat: 48, lon: 68, fcode: 'PCLI', country: 'KZ' }] };
    const m = evalPlaces([coded], [[{ ...pred(20, 30, 40, 60, 'iso:KZ', 'country'), countryCode: 'KZ' }]]);
    expect(m.within161).toBe(1);
  });

  it('counts a predicted country that holds the gold point only in the country-tolerant figure', () => {
    const town: PlaceEvalLine = { ...line, text: 'Aktobe', toponyms: [{ text: 'Aktobe', start: 0, end: 6, lat: 50.28, lon: 57.2, fcode: 'PPLA', country: 'KZ' }] };
    const kz = { ...pred(0, 6, 48, 68, 'iso:KZ', 'country'), countryCode: 'KZ' };
    const holds = (code: string, lat: number): boolean => code === 'KZ' && lat > 40 && lat < 56;
    const m = evalPlaces([town], [[kz]], holds);
    expect(m.within161).toBe(0);
    expect(m.within161CountryTolerant).toBe(1);
  });

  it('does not forgive a predicted city that lies in the right country', () => {
    const town: PlaceEvalLine = { ...line, text: 'Aktobe', toponyms: [{ text: 'Aktobe', start: 0, end: 6, lat: 50.28, lon: 57.2, fcode: 'PPLA', country: 'KZ' }] };
    const m = evalPlaces([town], [[{ ...pred(0, 6, 43.25, 76.9, 'gn:1526384'), countryCode: 'KZ' }]], () => true);
    expect(m.within161CountryTolerant).toBe(0);
  });
});
