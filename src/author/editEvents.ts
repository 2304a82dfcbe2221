import { WhenSchema } from '../story/schema';
import type { Story, StoryEvent } from '../story/types';
import type { EventPatch } from './edit';

const KINDS = new Set<string>(['travel', 'visit', 'meeting', 'statement', 'incident', 'background']);

/** Changes an event's title, kind, date or places; a patch that would make it invalid changes nothing. */
export function updateEvent(story: Story, eventId: string, patch: EventPatch): Story {
  const index = story.events.findIndex((e) => e.id === eventId);
  const event = story.events[index];
  if (!event) return story;
  const next: StoryEvent = { ...event };
  if (patch.title !== undefined) next.title = patch.title.slice(0, 500);
  if (patch.kind !== undefined) {
    if (!KINDS.has(patch.kind)) return story;
    next.kind = patch.kind;
  }
  if (patch.when === null) delete next.when;
  else if (patch.when !== undefined) {
    if (!WhenSchema.safeParse(patch.when).success) return story;
    next.when = patch.when;
  }
  if (patch.placeIds !== undefined) {
    const known = new Set(story.places.map((p) => p.id));
    next.placeIds = [...new Set(patch.placeIds)].filter((id) => known.has(id));
  }
  // The author now vouches for the event.
  next.confidence = 1;
  const events = story.events.slice();
  events[index] = next;
  return { ...story, events };
}

/** Adds an empty event (no date, no place) for the author to fill in. */
export function addEvent(story: Story, title: string): Story {
  const taken = new Set(story.events.map((e) => e.id));
  let n = story.events.length + 1;
  while (taken.has(`e${n}`)) n++;
  const event: StoryEvent = { id: `e${n}`, title: title.slice(0, 500) || 'New event', spans: [], kind: 'background', placeIds: [], actors: [], confidence: 1 };
  return { ...story, events: [...story.events, event] };
}

/** Removes an event and the route stops' references to it. */
export function removeEvent(story: Story, eventId: string): Story {
  if (!story.events.some((e) => e.id === eventId)) return story;
  return {
    ...story,
    events: story.events.filter((e) => e.id !== eventId),
    routes: story.routes.map((r) => ({ ...r, stops: r.stops.map(({ eventId: id, ...s }) => (id === undefined || id === eventId ? s : { ...s, eventId: id })) })),
  };
}
