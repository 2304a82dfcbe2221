import { expect } from 'vitest';

const EARTH_KM = 6371;

function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

expect.extend({
  /** Passes when a `{lat, lon}` lies within `km` kilometres of `[lat, lon]`. */
  toBeNearLatLng(received: { lat: number; lon: number } | undefined, expected: [number, number], km = 50) {
    if (!received) return { pass: false, message: () => `expected a place near ${expected.join(', ')}, got nothing` };
    const d = distanceKm([received.lat, received.lon], expected);
    return {
      pass: d <= km,
      message: () => `expected ${received.lat}, ${received.lon} ${this.isNot ? 'not ' : ''}within ${km} km of ${expected.join(', ')} (it is ${Math.round(d)} km)`,
    };
  },
});

interface CustomMatchers<R = unknown> {
  toBeNearLatLng(expected: [number, number], km?: number): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends CustomMatchers<T> {}
}
