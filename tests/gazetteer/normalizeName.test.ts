import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/gazetteer/normalizeName';

describe('normalizeName', () => {
  it.each([
    ['São Paulo', 'sao paulo'],
    ['Sao Paulo', 'sao paulo'],
    ['St. Louis', 'saint louis'],
    ['St Louis', 'saint louis'],
    ['Saint Louis', 'saint louis'],
    ['Mt. Vernon', 'mount vernon'],
    ['Nur-Sultan', 'nur sultan'],
    ['NUR-SULTAN', 'nur sultan'],
    ["China's", 'china'],
    ['China’s', 'china'],
    ['U.S.', 'us'],
    ["Côte d'Ivoire", 'cote divoire'],
    ['  New   York ', 'new york'],
    ['Zürich', 'zurich'],
    ['Platte Co.', 'platte county'],
    ['Readington Twp.', 'readington township'],
  ])('normalizeName(%j) gives %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps words that only look like abbreviations inside other words ("Stuttgart", "Mtwara")', () => {
    expect(normalizeName('Stuttgart')).toBe('stuttgart');
    expect(normalizeName('Mtwara')).toBe('mtwara');
  });

  it('spells out "Co." and "Twp." only after a name: alone, "CO" stays (Colorado\'s postal code)', () => {
    expect(normalizeName('CO')).toBe('co');
    expect(normalizeName('Co.')).toBe('co');
  });
});
