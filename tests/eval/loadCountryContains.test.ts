import { describe, expect, it } from 'vitest';
import { loadCountryContains } from '../../src/eval/loadCountryContains';

describe('loadCountryContains', () => {
  const inside = loadCountryContains();

  it('says a country holds a point in its interior', () => {
    expect(inside('AU', -25.274, 133.775)).toBe(true);
    expect(inside('KZ', 51.17, 71.43)).toBe(true);
  });

  it('says a country does not hold a neighbour’s capital', () => {
    expect(inside('FR', 52.52, 13.4)).toBe(false);
    expect(inside('US', 45.42, -75.7)).toBe(false);
  });

  it('finds a shape Natural Earth gives no numeric code by its name', () => {
    expect(inside('XK', 42.66, 21.16)).toBe(true);
  });

  it('says no for a code it has no shape for', () => {
    expect(inside('ZZ', 0, 0)).toBe(false);
  });
});
