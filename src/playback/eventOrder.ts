import type { Story, StoryEvent } from '../story/types';
import { whenRange, type TimeRange } from '../story/whenRange';

function narrativePosition(event: StoryEvent): number {
  return event.spans.reduce((min, s) => Math.min(min, s.start), Number.POSITIVE_INFINITY);
}

/** When a dated event becomes the active one while playing by time: its start, or a before-only event's bound. */
export function activeFrom(range: TimeRange): number {
  return range.kind === 'before' ? range.end : range.start;
}

/**
 * The order the player walks a story's events in: dated events by the moment they become active
 * (the start of their range; an only-"before" event at its bound, ahead of the events that start
 * there, since it happened before them), other ties by where the article tells them; undated
 * events come after all dated ones, in narrative order.
 */
export function eventOrder(story: Pick<Story, 'events'>): string[] {
  const keyed = story.events.map((event, index) => {
    const range = whenRange(event.when);
    return { id: event.id, at: range ? activeFrom(range) : null, before: range?.kind === 'before', text: narrativePosition(event), index };
  });
  keyed.sort((a, b) => {
    if (a.at !== null && b.at === null) return -1;
    if (a.at === null && b.at !== null) return 1;
    if (a.at !== null && b.at !== null && a.at !== b.at) return a.at - b.at;
    if (a.before !== b.before) return a.before ? -1 : 1;
    if (a.text !== b.text) return a.text - b.text;
    return a.index - b.index;
  });
  return keyed.map((k) => k.id);
}
