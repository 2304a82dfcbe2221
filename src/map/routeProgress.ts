import type { Route, StoryEvent } from '../story/types';

/**
 * How far a route has got once the events in `seen` have happened: the highest stop sequence
 * reached, or -1 for none. A stop is reached when its event is seen or, for a stop tied to no
 * event, when a seen event takes place at the stop (or the place it lies within).
 */
export function routeProgress(route: Route, events: ReadonlyMap<string, StoryEvent>, seen: ReadonlySet<string>): number {
  const seenPlaces = new Set<string>();
  for (const id of seen) for (const p of events.get(id)?.placeIds ?? []) seenPlaces.add(p);
  let reached = -1;
  for (const stop of route.stops) {
    const hit = stop.eventId !== undefined ? seen.has(stop.eventId) : seenPlaces.has(stop.placeId) || (stop.within !== undefined && seenPlaces.has(stop.within));
    if (hit) reached = Math.max(reached, stop.sequence);
  }
  return reached;
}
