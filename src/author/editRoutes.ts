import type { Route, Stop, Story } from '../story/types';

function replaceRoute(story: Story, routeId: string, change: (r: Route) => Route | null): Story {
  const index = story.routes.findIndex((r) => r.id === routeId);
  const route = story.routes[index];
  if (!route) return story;
  const next = change(route);
  if (next === null) return story;
  const routes = story.routes.slice();
  routes[index] = next;
  return { ...story, routes };
}

/**
 * Moves a stop one place earlier or later. Stops sharing a sequence number were in an unknown
 * order; moving one of them says the order is now known, so the later one and everything after
 * it step up by one.
 */
export function moveStop(story: Story, routeId: string, index: number, delta: -1 | 1): Story {
  return replaceRoute(story, routeId, (route) => {
    const i = delta === 1 ? index : index - 1;
    const a = route.stops[i];
    const b = route.stops[i + 1];
    if (!a || !b || (delta !== 1 && delta !== -1)) return null;
    const stops: Stop[] = route.stops.slice();
    if (a.sequence === b.sequence) {
      stops[i] = b;
      stops[i + 1] = a;
      for (let j = i + 1; j < stops.length; j++) {
        const s = stops[j];
        if (s) stops[j] = { ...s, sequence: s.sequence + 1 };
      }
    } else {
      stops[i] = { ...b, sequence: a.sequence };
      stops[i + 1] = { ...a, sequence: b.sequence };
    }
    return { ...route, stops };
  });
}

/** Merges a stop with the next one into one stop (the first stop's place; both stops' spans; the first known date). */
export function mergeStops(story: Story, routeId: string, index: number): Story {
  return replaceRoute(story, routeId, (route) => {
    const a = route.stops[index];
    const b = route.stops[index + 1];
    if (!a || !b) return null;
    const merged: Stop = { ...a, spans: [...a.spans, ...b.spans].sort((x, y) => x.start - y.start) };
    const when = a.when ?? b.when;
    if (when) merged.when = when;
    const eventId = a.eventId ?? b.eventId;
    if (eventId !== undefined) merged.eventId = eventId;
    const stops = route.stops.slice();
    stops.splice(index, 2, merged);
    return { ...route, stops };
  });
}

/** Removes one stop from a route. */
export function removeStop(story: Story, routeId: string, index: number): Story {
  return replaceRoute(story, routeId, (route) => (route.stops[index] ? { ...route, stops: route.stops.filter((_, i) => i !== index) } : null));
}
