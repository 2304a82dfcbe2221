import { normalizeName } from '../src/gazetteer/normalizeName';
import type { Draft } from './draft';

/** Below this many people, a town shares its name with a feature, an airport or an old name. */
export const SHARED_BELOW = 10_000;

/**
 * The normalised names a new other name ("Etna", "Gatwick", "Dacca") may not take: those of
 * towns of 10,000 people or more, regions, countries and features. A village's name is shared
 * ("Etna", Pennsylvania; "Heathrow", Florida): the ranking weighs the two readings.
 */
export function namesTaken(drafts: readonly Draft[]): Set<string> {
  const held = drafts.filter((d) => d.kind !== 'city' || d.population >= SHARED_BELOW);
  return new Set(held.flatMap((d) => [d.name, ...d.aliases, ...d.held.map((h) => h.name)].map(normalizeName)));
}
