import { readFileSync } from 'node:fs';

/** The legs {@link skippedLegStory} adds by default: a cancelled stop the story locates, and an earlier trip it does not. */
export const SKIPPED_LEGS = [
  { name: 'Kyiv', placeId: 'kyiv', reason: 'cancelled', spans: [] },
  { name: 'Kenya', reason: 'earlier trip', spans: [] },
] as const;

/**
 * The first seed story (Pompeo's tour) with `legs` named on its route as not made; a Kyiv place
 * is added for the cancelled leg to point at (a place of the story, not a stop of the route).
 */
export function skippedLegStory(legs: ReadonlyArray<{ name: string; placeId?: string; reason: 'cancelled' | 'earlier trip'; spans: readonly unknown[] }> = SKIPPED_LEGS): unknown {
  const story = JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')) as {
    places: unknown[];
    routes: Array<{ skipped?: unknown[] }>;
  };
  story.places.push({ id: 'kyiv', name: 'Kyiv', kind: 'city', lat: 50.4501, lon: 30.5234, countryCode: 'UA', mentions: [], confidence: 1 });
  const route = story.routes[0];
  if (!route) throw new Error('the seed story has no route');
  route.skipped = [...legs];
  return story;
}
