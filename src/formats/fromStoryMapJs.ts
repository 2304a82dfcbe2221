import type { DraftEvent, DraftResult, DraftRoute } from './draftStory';
import { IMPORT_LIMITS, plural } from './importLimits';
import { PROGRESS_EVERY, type ItemProgress } from './importProgress';
import { looseDatesToWhen, readLooseDate } from './looseDateToWhen';
import { isRecord, latLonFrom } from './narrowJson';
import { plainField } from './plainText';
import { readPublished } from './readPublished';

/**
 * Reads StoryMapJS JSON (https://storymap.knightlab.com/advanced/, `storymap.slides`): the
 * overview slide gives the title and intro; every other slide with a location (lat, lon) an event
 * at a place named by `location.name` or the headline; the slides in order make one route, as
 * StoryMapJS draws them joined by a line. A slide `date` written as a date (ISO or "3 February
 * 2020") dates the event; other text stays in the event's text. Gigapixel storymaps (drawn on an
 * image, not a map) are refused; media are dropped with a note. `onSlides` hears the slides read.
 */
export function fromStoryMapJs(data: unknown, onSlides?: ItemProgress): DraftResult {
  const storymap = isRecord(data) && isRecord(data['storymap']) ? data['storymap'] : undefined;
  const slides: unknown[] | undefined = storymap && Array.isArray(storymap['slides']) ? storymap['slides'] : undefined;
  if (!storymap || !slides) return { ok: false, errors: ['StoryMapJS JSON needs "storymap.slides".'] };
  if (storymap['map_as_image'] === true || storymap['map_type'] === 'zoomify') return { ok: false, errors: ['This StoryMap is drawn on an image (gigapixel), not a map, so its points are not places.'] };
  if (slides.length > IMPORT_LIMITS.items) return { ok: false, errors: [`The StoryMap has ${plural(slides.length, 'slide')}; the limit is ${IMPORT_LIMITS.items.toLocaleString('en')}.`] };
  const notes: string[] = [];
  let title = '';
  let intro = '';
  const events: DraftEvent[] = [];
  const route: DraftRoute = { traveller: '', stops: [] };
  let media = 0;
  let unplaced = 0;
  let freeDates = 0;
  slides.forEach((raw, i) => {
    if (onSlides && i % PROGRESS_EVERY === 0) onSlides(i, slides.length);
    if (!isRecord(raw)) return;
    const text = isRecord(raw['text']) ? raw['text'] : {};
    const headline = plainField(text['headline'], IMPORT_LIMITS.title);
    const body = plainField(text['text'], IMPORT_LIMITS.text);
    if (raw['type'] === 'overview' && title === '' && events.length === 0) {
      title = headline;
      intro = body;
      return;
    }
    if (raw['media'] !== undefined) media++;
    const loc = isRecord(raw['location']) ? raw['location'] : undefined;
    const at = loc ? latLonFrom(loc['lat'], loc['lon']) : undefined;
    const dateText = plainField(raw['date'], 200);
    const date = readLooseDate(dateText);
    const name = headline !== '' ? headline : `Slide ${i + 1}`;
    const event: DraftEvent = { title: name, text: date || dateText === '' ? body : [dateText, body].filter((s) => s !== '').join('\n'), places: [] };
    if (date) event.when = looseDatesToWhen(date);
    else if (dateText !== '') freeDates++;
    if (!event.when) event.kind = 'background';
    if (at && loc) {
      const place = { name: plainField(loc['name'], IMPORT_LIMITS.name) || name.slice(0, 80), ...at };
      event.places.push(place);
      route.stops.push({ place, ...(event.when ? { when: event.when } : {}), eventIndex: events.length });
    } else unplaced++;
    events.push(event);
  });
  route.traveller = title !== '' ? title.slice(0, IMPORT_LIMITS.name) : 'The journey';
  if (media > 0) notes.push(`${plural(media, 'slide')} had media; Dateline stories have no media, so they were left out.`);
  if (unplaced > 0) notes.push(`${plural(unplaced, 'slide')} had no location and ${unplaced === 1 ? 'is' : 'are'} kept without a place.`);
  if (freeDates > 0) notes.push(`${plural(freeDates, 'slide date')} could not be read as a date and ${freeDates === 1 ? 'was' : 'were'} kept in the text.`);
  if (!events.some((e) => e.when)) notes.push('No slide has a date: the events are shown as undated background. Add dates in the review.');
  const published = readPublished(intro);
  return { ok: true, draft: { title: title || 'Imported StoryMap', intro, events, routes: route.stops.length >= 2 ? [route] : [], notes, ...(published !== undefined ? { published } : {}) } };
}
