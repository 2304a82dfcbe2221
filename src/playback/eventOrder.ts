import type { Story, StoryEvent } from '../story/types';
import { whenRange } from '../story/whenRange';

function narrativePosition(event: StoryEvent): number {
  return event.spans.reduce((min, s) => Math.min(min, s.start), Number.POSITIVE_INFINITY);
}

/**
 * The order the player walks a story's events in: dated events by time (the start of their
 * range; an only-"before" event sorts a fade-length ahead of its bound), ties and undated events
 * by where the article tells them; undated events come after all dated ones, in narrative order.
 */
export function eventOrder(story: Pick<Story, 'events'>): string[] {
  const keyed = story.events.map((event, index) => ({
    id: event.id,
    range: whenRange(event.when),
    text: narrativePosition(event),
    index,
  }));
  keyed.sort((a, b) => {
    if (a.range && !b.range) return -1;
    if (!a.range && b.range) return 1;
    if (a.range && b.range && a.range.start !== b.range.start) return a.range.start - b.range.start;
    if (a.text !== b.text) return a.text - b.text;
    return a.index - b.index;
  });
  return keyed.map((k) => k.id);
}
