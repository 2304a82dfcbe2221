import { describe, expect, it } from 'vitest';
import { unwrapRing } from '../../src/map/unwrapAntimeridian';

describe('unwrapRing', () => {
  it('keeps an edge across the antimeridian short by continuing past 180°', () => {
    const ring = unwrapRing([[178, 65], [-179, 66], [-175, 64], [178, 65]]);
    expect(ring.map((p) => p[0])).toEqual([178, 181, 185, 178]);
  });

  it('leaves a ring that never crosses the antimeridian as it was', () => {
    const ring = [[10, 50], [12, 51], [11, 49], [10, 50]];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('closes a ring round the South Pole along the pole instead of across the map', () => {
    const ring = unwrapRing([[-180, -80], [-60, -75], [60, -70], [180, -80]]);
    const last3 = ring.slice(-3);
    expect(last3).toEqual([[180, -90], [-180, -90], [-180, -80]]);
    for (let i = 1; i < ring.length; i++) expect(Math.abs((ring[i]![0] ?? 0) - (ring[i - 1]![0] ?? 0))).toBeLessThanOrEqual(360);
  });
});
