// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placeBounds } from '../../src/map/placeBounds';
import type { Place } from '../../src/story/types';

const place = (id: string, kind: Place['kind'], lat: number, lon: number): Place => ({ id, name: id, kind, lat, lon, mentions: [] }) as unknown as Place;

describe('placeBounds', () => {
  it('frames cities with a small margin and areas with a wider one', () => {
    const b = placeBounds([place('paris', 'city', 48.85, 2.35), place('kenya', 'country', 0.5, 38)]);
    expect(b?.getNorth()).toBeCloseTo(50.85, 6);
    expect(b?.getSouth()).toBeCloseTo(-8.5, 6);
    expect(b?.getEast()).toBeCloseTo(47, 6);
  });

  it('never reaches past the ends of the Web Mercator map, however wide the margin (Antarctica)', () => {
    const b = placeBounds([place('antarctica', 'continent', -78, 16), place('rotterdam', 'city', 51.9, 4.5)]);
    expect(b?.getSouth()).toBe(-85);
    expect(b?.getNorth()).toBeCloseTo(53.9, 6);
  });

  it('frames nothing when there are no places', () => {
    expect(placeBounds([])).toBeNull();
  });
});
