import type { StoryEvent } from '../story/types';

/**
 * The places of the events seen so far, for a story's `events`. Playing forward, the player's
 * seen set grows in place (createSeenTracker), so when given the same set again, larger, only the
 * events added since are read: a frame at event 50,000 does not walk the 49,999 before it. A
 * different or smaller set is read from the start.
 */
export function createSeenPlaces(events: ReadonlyMap<string, StoryEvent>): (seen: ReadonlySet<string>) => ReadonlySet<string> {
  let last: ReadonlySet<string> | null = null;
  let read = 0;
  let places = new Set<string>();
  return (seen) => {
    if (seen !== last || seen.size < read) {
      last = seen;
      read = 0;
      places = new Set();
    }
    let i = 0;
    for (const id of seen) {
      if (i++ < read) continue;
      for (const p of events.get(id)?.placeIds ?? []) places.add(p);
    }
    read = seen.size;
    return places;
  };
}
