import { describe, expect, it } from 'vitest';
import { findTravellers } from '../../../src/extract/itinerary/findTravellers';

const vessels = (text: string, places: string[] = []): string[] =>
  [...new Set(findTravellers(text, [], (n) => places.includes(n)).filter((t) => t.vessel === true).map((t) => t.name))];

describe('findTravellers', () => {
  it('takes "the" and a name before a verb only vessels do ("The Osprey sailed from") for a ship', () => {
    expect(vessels('The Osprey sailed from Cork in May. The Osprey anchored off Vigo.')).toEqual(['Osprey']);
  });

  it('takes no people, places or generic words before such a verb for a ship ("The Dutch sailed", "The Hague anchored")', () => {
    expect(vessels('The Dutch sailed home. The Spanish anchored nearby. The Navy docked later.')).toEqual([]);
    expect(vessels('The Hague anchored the talks.', ['Hague'])).toEqual([]);
  });
});
