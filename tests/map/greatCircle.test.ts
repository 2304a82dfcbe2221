import { describe, expect, it } from 'vitest';
import { greatCircle, mercatorAngle } from '../../src/map/greatCircle';

describe('greatCircle', () => {
  it('starts and ends at the two points, with segments + 1 points', () => {
    const pts = greatCircle([51.5, -0.1], [51.17, 71.45], 10);
    expect(pts).toHaveLength(11);
    expect({ lat: pts[0]?.[0] ?? 0, lon: pts[0]?.[1] ?? 0 }).toBeNearLatLng([51.5, -0.1], 1);
    expect({ lat: pts[10]?.[0] ?? 0, lon: pts[10]?.[1] ?? 0 }).toBeNearLatLng([51.17, 71.45], 1);
  });

  it('bows toward the pole between two places on one parallel (London to Nur-Sultan)', () => {
    const pts = greatCircle([51.5, -0.1], [51.17, 71.45], 10);
    const mid = pts[5];
    expect(mid?.[0]).toBeGreaterThan(55);
  });

  it('follows the equator between two equatorial points', () => {
    for (const [lat] of greatCircle([0, 0], [0, 90], 8)) expect(Math.abs(lat)).toBeLessThan(1e-9);
  });

  it('keeps longitudes continuous across the antimeridian (Tokyo to San Francisco)', () => {
    const pts = greatCircle([35.7, 139.7], [37.8, -122.4], 32);
    for (let i = 1; i < pts.length; i++) expect(Math.abs((pts[i]?.[1] ?? 0) - (pts[i - 1]?.[1] ?? 0))).toBeLessThan(20);
    expect(pts[pts.length - 1]?.[1]).toBeCloseTo(237.6, 5);
  });

  it('gives the two points for a zero-length leg', () => {
    expect(greatCircle([10, 10], [10, 10])).toEqual([[10, 10], [10, 10]]);
  });
});

describe('mercatorAngle', () => {
  it('is 0 eastward, -90 northward (screen y points down), 180 westward', () => {
    expect(mercatorAngle([0, 0], [0, 10])).toBeCloseTo(0);
    expect(mercatorAngle([0, 0], [10, 0])).toBeCloseTo(-90);
    expect(Math.abs(mercatorAngle([0, 10], [0, 0]))).toBeCloseTo(180);
  });
});
