import { describeWhen } from '../i18n/describeWhen';
import { eventOrder } from '../playback/eventOrder';
import type { Place, Story } from '../story/types';
import { describeDay } from './describeBound';
import { toStoryMapJsBody, toStoryMapJsHtml } from './storyMapJsHtml';
import { eventText } from './eventText';
import type { StoryMapJsDocument, StoryMapJsSlide } from './storyMapJsTypes';

/** The document type, re-exported beside the function that writes it. */
export type { StoryMapJsDocument } from './storyMapJsTypes';

// A zoom that frames the kind of place (StoryMapJS computes its own unless told).
const ZOOM: Record<Place['kind'], number> = { continent: 3, country: 5, region: 6, area: 6, water: 5, city: 9, landmark: 11 };

function centre(places: readonly Place[]): { lat: number; lon: number } {
  if (places.length === 0) return { lat: 0, lon: 0 };
  const lat = places.reduce((s, p) => s + p.lat, 0) / places.length;
  const lon = places.reduce((s, p) => s + p.lon, 0) / places.length;
  return { lat, lon };
}

/**
 * The story as StoryMapJS JSON: an overview slide (title, source, how many events), then one
 * slide per event that has a place, in playback order, at its first place, with its date in
 * words; events on a route draw the connecting line. Events without a place have no point on a
 * map and are left out (the overview says how many). Text is encoded as StoryMapJS shows it
 * (see toStoryMapJsHtml): as HTML in the slide, as text in the marker's tooltip.
 */
export function storyToStoryMapJs(story: Story): StoryMapJsDocument {
  const places = new Map(story.places.map((p) => [p.id, p]));
  const byId = new Map(story.events.map((e) => [e.id, e]));
  const onRoute = new Set(story.routes.flatMap((r) => r.stops.map((s) => s.eventId)).filter((id) => id !== undefined));
  const slides: StoryMapJsSlide[] = [];
  let unplaced = 0;
  for (const id of eventOrder(story)) {
    const event = byId.get(id);
    if (!event) continue;
    const here = event.placeIds.map((p) => places.get(p)).filter((p) => p !== undefined);
    const place = here[0];
    if (!place) {
      unplaced++;
      continue;
    }
    const others = here.slice(1).map((p) => p.name);
    const text = eventText(story, event) + (others.length > 0 ? `\n\nAlso: ${others.join(', ')}` : '');
    slides.push({
      date: toStoryMapJsHtml(describeWhen(event.when)),
      text: { headline: toStoryMapJsHtml(event.title), text: toStoryMapJsBody(text) },
      location: { lat: place.lat, lon: place.lon, name: toStoryMapJsHtml(place.name), zoom: ZOOM[place.kind], line: onRoute.has(event.id) || event.kind === 'travel' },
    });
  }
  const counts = `${slides.length} events on the map${unplaced > 0 ? `; ${unplaced} without a place are not shown` : ''}.`;
  const byline = [story.meta.source?.name, `Published ${describeDay(story.meta.published)}`, counts].filter((s) => s !== undefined && s !== '').join(' · ');
  const overview: StoryMapJsSlide = {
    type: 'overview',
    text: { headline: toStoryMapJsHtml(story.meta.title), text: toStoryMapJsBody(byline) },
    location: { ...centre(story.places), line: true },
  };
  return { storymap: { language: /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(story.meta.language) ? story.meta.language : 'en', map_type: 'osm:standard', map_as_image: false, slides: [overview, ...slides] } };
}
