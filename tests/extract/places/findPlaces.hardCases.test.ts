import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';
import { HARD_CASES } from './hardCases';
import { findIn } from './placeCase';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

describe('findPlaces on hard cases', () => {
  it('has at least 100 of them', () => {
    expect(HARD_CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(HARD_CASES)('in %j, "%s" resolves to %j', (text, surface, expected) => {
    const find = findIn(gazetteer, text, surface);
    if (expected === null) {
      expect(find, `found ${find?.entry.id} for "${surface}"`).toBeUndefined();
      return;
    }
    expect(find, `nothing found for "${surface}"`).toBeDefined();
    if (!find) return;
    if (Array.isArray(expected)) {
      const [lat, lon, km = 50] = expected;
      expect(find.entry).toBeNearLatLng([lat, lon], km);
    } else if (expected.startsWith('dl:')) {
      expect(find.entry.id).toBe(expected);
    } else if (expected.includes('.')) {
      expect(`${find.entry.countryCode}.${find.entry.admin1}`).toBe(expected);
      expect(find.entry.kind).toBe('region');
    } else {
      expect(find.entry.kind).toBe('country');
      expect(find.entry.countryCode).toBe(expected);
    }
  });
});
