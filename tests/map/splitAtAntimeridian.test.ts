import { describe, expect, it } from 'vitest';
import { greatCircle } from '../../src/map/greatCircle';
import { splitAtAntimeridian } from '../../src/map/splitAtAntimeridian';

describe('splitAtAntimeridian', () => {
  it('leaves a line that stays within one world as one piece', () => {
    const line = greatCircle([-1.2, 36.8], [51.5, -0.1], 16);
    expect(splitAtAntimeridian(line)).toEqual([line]);
  });

  it('cuts Hobart to Buenos Aires across the Pacific at 180°, coming back in at -180° at the same latitude', () => {
    const line = greatCircle([-42.9, 147.3], [-34.6, -58.4], 48);
    expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(180);
    const pieces = splitAtAntimeridian(line);
    expect(pieces).toHaveLength(2);
    const [east, west] = pieces as [[number, number][], [number, number][]];
    expect(east.at(-1)?.[1]).toBe(180);
    expect(west[0]?.[1]).toBe(-180);
    expect(west[0]?.[0]).toBeCloseTo(east.at(-1)?.[0] ?? NaN, 9);
    for (const piece of pieces) for (const [lat, lon] of piece) {
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    expect(west.at(-1)?.[1]).toBeCloseTo(-58.4, 6);
  });

  it('cuts a crossing either way: eastward from Japan, westward from California', () => {
    const pieces = splitAtAntimeridian([[35.7, 139.7], [45, 170], [50, 200], [37.8, 237.6]]);
    expect(pieces.map((p) => p.map(([, lon]) => Math.round(lon)))).toEqual([[140, 170, 180], [-180, -160, -122]]);
    const back = splitAtAntimeridian([[37.8, -122.4], [50, -160], [45, -190], [35.7, -220.3]]);
    expect(back.map((p) => p.map(([, lon]) => Math.round(lon)))).toEqual([[-122, -160, -180], [180, 170, 140]]);
  });
});
