import type { Route, StoryEvent } from '../story/types';

/**
 * How far a route has got once the events in `seen` have happened: the highest stop sequence
 * reached, or -1 for none. A stop is reached when its event is seen or, for a stop tied to no
 * event, when a seen event takes place at the stop (or the place it lies within). `seenPlaces`,
 * the places of the seen events, saves working them out again when the caller has them.
 */
export function routeProgress(route: Route, events: ReadonlyMap<string, StoryEvent>, seen: ReadonlySet<string>, seenPlaces?: ReadonlySet<string>): number {
  const places = seenPlaces ?? new Set([...seen].flatMap((id) => events.get(id)?.placeIds ?? []));
  let reached = -1;
  for (const stop of route.stops) {
    const hit = stop.eventId !== undefined ? seen.has(stop.eventId) : places.has(stop.placeId) || (stop.within !== undefined && places.has(stop.within));
    if (hit) reached = Math.max(reached, stop.sequence);
  }
  return reached;
}
