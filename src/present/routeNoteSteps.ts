import { createSeenPlaces } from '../map/createSeenPlaces';
import { routeProgress } from '../map/routeProgress';
import type { Route, Story } from '../story/types';

/**
 * Where the presentation notes the legs each route did not make: the step id (see presentSteps)
 * of the first event slide whose map reaches one of the route's stops, which is where the route
 * starts to be drawn, or `overview` for a route no event reaches. Routes that skipped nothing
 * are left out.
 */
export function routeNoteSteps(story: Story, order: readonly string[]): ReadonlyMap<string, readonly Route[]> {
  const waiting = story.routes.filter((r) => (r.skipped ?? []).length > 0);
  const steps = new Map<string, Route[]>();
  const add = (step: string, route: Route): void => void steps.set(step, [...(steps.get(step) ?? []), route]);
  const events = new Map(story.events.map((e) => [e.id, e]));
  const placesOf = createSeenPlaces(events);
  const seen = new Set<string>();
  for (const id of order) {
    if (waiting.length === 0) break;
    seen.add(id);
    const places = placesOf(seen);
    for (let i = 0; i < waiting.length; ) {
      const route = waiting[i] as Route;
      if (routeProgress(route, events, seen, places) >= 0) {
        add(`event:${id}`, route);
        waiting.splice(i, 1);
      } else i++;
    }
  }
  for (const route of waiting) add('overview', route);
  return steps;
}
