import { describe, expect, it } from 'vitest';
import { regionForAbbreviation } from '../../../src/extract/places/regionAbbreviations';

describe('regionForAbbreviation', () => {
  it.each([
    ['Ky.', 'US.KY'],
    ['Calif.', 'US.CA'],
    ['W.Va.', 'US.WV'],
    ['N.Y.', 'US.NY'],
    ['TX', 'US.TX'],
    ['Alta.', 'CA.01'],
    ['B.C.', 'CA.02'],
  ])('reads %j as %s', (token, code) => {
    expect(regionForAbbreviation(token)).toBe(code);
  });

  it('reads no region in a lower-case postal code, a full state name or an ordinary word', () => {
    expect(regionForAbbreviation('in')).toBeUndefined();
    expect(regionForAbbreviation('Ohio')).toBeUndefined();
    expect(regionForAbbreviation('Paris')).toBeUndefined();
  });
});
