import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { findPlaces } from '../../../src/extract/places/findPlaces';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';
import { resolveGiven } from './placeCase';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

const given = (text: string, ...names: string[]): ReturnType<typeof resolveGiven> => resolveGiven(gazetteer, text, ...names);

const foundTexts = (text: string): string[] => findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer).map((f) => f.text);

describe('rules that read the whole article', () => {
  it('reads a country name as the country in an article that names several countries', () => {
    const text =
      'The old fighter took off from Gainesville, Texas, circled over Lindsay, Denton, Sherman and Dallas and joined shows in Texas and Florida. ' +
      'Its pilots had served in Vietnam, Japan, Russia and Canada, and it once flew for China.';
    const [china] = given(text, 'Gainesville', 'Texas', 'Lindsay', 'Denton', 'Sherman', 'Dallas', 'Florida', 'Vietnam', 'Japan', 'Russia', 'Canada', 'China').slice(-1);
    expect(china?.entry.countryCode).toBe('CN');
    expect(china?.entry.kind).toBe('country');
  });

  it('takes "City Hall" and "City Council" for the local body, not a place called City', () => {
    const found = foundTexts('The City Council met at City Hall in Mansfield, Texas, on Tuesday.');
    expect(found).not.toContain('City');
    expect(found).toContain('Mansfield');
  });

  it('reads a town name that speaks as a person ("Brent told CTV")', () => {
    expect(foundTexts('"It is a miracle," Brent told CTV on Monday in Edmonton.')).not.toContain('Brent');
    expect(foundTexts('"It is over," Moscow said on Monday.')).toContain('Moscow');
  });
});

describe('the table', () => {
  it("holds GeoNames' newer name of a place the older snapshot calls otherwise (Luimneach, now Limerick)", () => {
    expect(gazetteer.lookup('Limerick').some((e) => e.countryCode === 'IE' && e.kind === 'city')).toBe(true);
  });
});
