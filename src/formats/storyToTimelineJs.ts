import type { Story } from '../story/types';
import { describeDay } from './describeBound';
import { escapeHtml, textToHtml } from './escapeHtml';
import { toTimelineJsPlainField } from './timelineJsPlainField';
import { eventText } from './eventText';
import type { TimelineJsDocument, TimelineJsSlide } from './timelineJsTypes';
import { whenToTimelineDates } from './whenToTimelineDates';

/** The document type, re-exported beside the function that writes it. */
export type { TimelineJsDocument } from './timelineJsTypes';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The story as TimelineJS 3 JSON: a title slide, then one slide per event with its dates
 * (see whenToTimelineDates: bounded events say "before …" in `display_date`, undated background
 * events sit on the publication day as "Undated background"), its title and text, its group
 * (the article of a collection, else the event kind), its id as `unique_id`, and its first place
 * as `location` (a Dateline addition TimelineJS ignores). TimelineJS reads headline and text as
 * HTML (escaped once) and `display_date` and `group` as text it then writes as HTML (escaped twice).
 */
export function storyToTimelineJs(story: Story): TimelineJsDocument {
  const places = new Map(story.places.map((p) => [p.id, p]));
  const groups = new Map((story.groups ?? []).map((g) => [g.id, g.title]));
  const byline = [story.meta.source?.name, `Published ${describeDay(story.meta.published)}`].filter((s) => s !== undefined && s !== '').join(' · ');
  const events = story.events.map((event): TimelineJsSlide => {
    const slide: TimelineJsSlide = {
      ...whenToTimelineDates(event.when, story.meta.published),
      text: { headline: escapeHtml(event.title), text: textToHtml(eventText(story, event)) },
      group: toTimelineJsPlainField((event.group !== undefined ? groups.get(event.group) : undefined) ?? capital(event.kind)),
      unique_id: event.id,
    };
    if (slide.display_date !== undefined) slide.display_date = toTimelineJsPlainField(slide.display_date);
    const place = event.placeIds.map((id) => places.get(id)).find((p) => p !== undefined);
    if (place) slide.location = { lat: place.lat, lon: place.lon, name: escapeHtml(place.name) };
    return slide;
  });
  return { title: { text: { headline: escapeHtml(story.meta.title), text: escapeHtml(byline) } }, events, scale: 'human' };
}
