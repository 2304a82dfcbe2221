import type { Route, StoryEvent } from '../../story/types';

/**
 * Refiner: an event that only says "by publication" but tells of a route stop whose date the
 * itinerary established ("Speaking on a visit to Nur-Sultan" when the lead dates the visit)
 * takes that stop's date or bounds ("before the visit"), with less confidence than a date of its own.
 */
export function dateEventsFromRoutes(events: readonly StoryEvent[], routes: readonly Route[]): StoryEvent[] {
  const stops = routes.flatMap((r) => r.stops).filter((s) => s.when !== undefined);
  if (stops.length === 0) return [...events];
  return events.map((e) => {
    const sentence = e.spans[0];
    if (!sentence || e.when?.start !== undefined || e.when === undefined) return e;
    const stop = stops.find((s) => s.spans.some((sp) => sp.start >= sentence.start && sp.end <= sentence.end));
    return stop?.when ? { ...e, when: stop.when, confidence: Math.min(e.confidence, 0.6) } : e;
  });
}
