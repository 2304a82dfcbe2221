import type { Story, StoryEvent } from '../story/types';

/** An event's text for other tools: its summary, or else its source sentences from the article. */
export function eventText(story: Story, event: StoryEvent): string {
  if (event.summary !== undefined && event.summary.trim() !== '') return event.summary;
  return event.spans
    .map((s) => story.meta.text.slice(s.start, s.end).trim())
    .filter((s) => s !== '')
    .join(' ');
}
