import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { resolveSpans } from '../../../src/extract/places/resolveSpans';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

const spans = (text: string, ...names: string[]): { start: number; end: number }[] =>
  names.map((n) => {
    const start = text.indexOf(n);
    return { start, end: start + n.length };
  });

describe('resolveSpans', () => {
  it('uses place names outside the given spans as context, and returns only the given ones', () => {
    const text = 'The council met in Albany on Monday. Officials in Macon and Savannah agreed.';
    const finds = resolveSpans(parseArticle(text, { date: '2020-06-01' }), gazetteer, spans(text, 'Albany'));
    expect(finds).toHaveLength(1);
    expect(finds[0]?.entry).toBeNearLatLng([31.58, -84.16], 50);
  });

  it('resolves a given name to nothing when the table does not hold it', () => {
    const text = 'Boats sailed up the Qwzxv Creek.';
    expect(resolveSpans(parseArticle(text, { date: '2020-06-01' }), gazetteer, spans(text, 'Qwzxv Creek'))).toEqual([undefined]);
  });

  it('resolves given names with the article as context ("Paris" next to "Texas" is in Texas)', () => {
    const text = 'The fair in Paris drew crowds from across Texas.';
    const [paris, texas] = resolveSpans(parseArticle(text, { date: '2020-06-01' }), gazetteer, spans(text, 'Paris', 'Texas'));
    expect(texas?.entry.admin1).toBe('TX');
    expect(paris?.entry).toBeNearLatLng([33.66, -95.56], 50);
  });

  it('resolves two names inside one hyphenated word separately, and a demonym to its country', () => {
    const text = 'Middlesex-London EMS and Turkish officials agreed.';
    const [middlesex, london, turkish] = resolveSpans(parseArticle(text, { date: '2020-06-01' }), gazetteer, spans(text, 'Middlesex', 'London', 'Turkish'));
    expect(middlesex?.entry.name).toMatch(/Middlesex/);
    expect(london?.entry.name).toBe('London');
    expect(turkish?.entry.countryCode).toBe('TR');
  });

  it('gives undefined for a name the gazetteer does not know', () => {
    const text = 'He met Pompeo.';
    expect(resolveSpans(parseArticle(text, { date: '2020-06-01' }), gazetteer, spans(text, 'Pompeo'))).toEqual([undefined]);
  });
});
