import type { Place, PlaceKind } from '../story/types';
import type { PlaceState } from './createPlaceMarker';

// The most constrained first: a town's or a landmark's name must sit by its dot, an area's can
// move within the area; among areas the broader name frames the others, and a sea gives way first.
const KIND: Record<PlaceKind, number> = { city: 7, landmark: 6, continent: 5, country: 4, region: 3, area: 3, water: 2 };
const TIER: Record<PlaceState, number> = { active: 3, past: 2, idle: 1, none: 1 };

/**
 * How much a place's label matters when labels collide (higher wins): the selected event's
 * places over those of events already seen over the rest; within that, towns and landmarks
 * (their names must sit by their dots) over areas, broader areas first, then the place the
 * article names more often. Equal places keep story order (declutterLabels).
 */
export function labelPriority(place: Place, state: PlaceState): number {
  return TIER[state] * 1_000_000 + KIND[place.kind] * 10_000 + Math.min(place.mentions.length, 9_999);
}
