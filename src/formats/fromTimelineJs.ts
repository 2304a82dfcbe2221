import type { DraftEvent, DraftResult, DraftStory } from './draftStory';
import { IMPORT_LIMITS, kindFromLabel, plural } from './importLimits';
import { PROGRESS_EVERY, type ItemProgress } from './importProgress';
import { isRecord, latLonFrom, type JsonRecord } from './narrowJson';
import { plainField } from './plainText';
import { fromTimelineJsPlainField } from './timelineJsPlainField';
import { readPublished } from './readPublished';
import { timelineDatesToWhen } from './timelineDatesToWhen';

function slideText(slide: JsonRecord): { headline: string; text: string } {
  const t = isRecord(slide['text']) ? slide['text'] : {};
  return { headline: plainField(t['headline'], IMPORT_LIMITS.title), text: plainField(t['text'], IMPORT_LIMITS.text) };
}

/**
 * Reads TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) into a draft:
 * the title slide gives the title and intro; each slide an event (dates by timelineDatesToWhen,
 * headline and text as plain text, `unique_id` as its id, `group` as its kind when it names one,
 * else as a group); each era a background event over its span. Media, backgrounds and
 * `autolink` have no place in a story and are dropped with a note, as are slides whose dates
 * cannot be read as a story date. `location` {lat, lon, name} (written by Dateline) gives a place.
 * `onSlides` hears the slides read.
 */
export function fromTimelineJs(data: unknown, onSlides?: ItemProgress): DraftResult {
  if (!isRecord(data) || !Array.isArray(data['events'])) return { ok: false, errors: ['TimelineJS JSON needs an "events" list.'] };
  const slides: unknown[] = data['events'];
  const eras: unknown[] = Array.isArray(data['eras']) ? data['eras'] : [];
  if (slides.length + eras.length > IMPORT_LIMITS.items) return { ok: false, errors: [`The timeline has ${plural(slides.length + eras.length, 'slide')}; the limit is ${IMPORT_LIMITS.items.toLocaleString('en')}.`] };
  const notes: string[] = [];
  const title = isRecord(data['title']) ? slideText(data['title']) : { headline: '', text: '' };
  const events: DraftEvent[] = [];
  let media = 0;
  const skipped: string[] = [];
  slides.forEach((raw, i) => {
    if (onSlides && i % PROGRESS_EVERY === 0) onSlides(i, slides.length);
    if (!isRecord(raw)) {
      skipped.push(`slide ${i + 1} is not an object`);
      return;
    }
    const { headline, text } = slideText(raw);
    const name = headline !== '' ? headline : text.slice(0, 80) || `Event ${i + 1}`;
    if (raw['media'] !== undefined || raw['background'] !== undefined) media++;
    const dated = timelineDatesToWhen(raw['start_date'], raw['end_date'], raw['display_date']);
    const event: DraftEvent = { title: name, text: headline === '' ? '' : text, places: [] };
    if (!dated.ok) skipped.push(`slide ${i + 1} ("${name.slice(0, 40)}"): ${dated.error}, so it is kept without a date`);
    else if (dated.when) event.when = dated.when;
    const id = plainField(raw['unique_id'], IMPORT_LIMITS.id);
    if (id !== '') event.id = id;
    const group = fromTimelineJsPlainField(raw['group'], IMPORT_LIMITS.name);
    const kind = kindFromLabel(group);
    if (kind) event.kind = kind;
    else if (group !== '') event.group = group;
    if (!event.when) event.kind = 'background';
    const loc = isRecord(raw['location']) ? raw['location'] : undefined;
    const at = loc ? latLonFrom(loc['lat'], loc['lon']) : undefined;
    if (loc && at) event.places.push({ name: plainField(loc['name'], IMPORT_LIMITS.name) || name.slice(0, 80), ...at });
    events.push(event);
  });
  eras.forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const dated = timelineDatesToWhen(raw['start_date'], raw['end_date'], undefined);
    const { headline } = slideText(raw);
    const event: DraftEvent = { title: headline || `Era ${i + 1}`, text: '', kind: 'background', group: 'Eras', places: [] };
    if (dated.ok && dated.when) event.when = dated.when;
    else if (!dated.ok) skipped.push(`era ${i + 1}: ${dated.error}, so it is kept without a date`);
    events.push(event);
  });
  if (eras.length > 0) notes.push(`${plural(eras.length, 'era')} became background events in the group "Eras".`);
  if (media > 0) notes.push(`${plural(media, 'slide')} had media or a background image; Dateline stories have no media, so they were left out.`);
  if (data['scale'] === 'cosmological') notes.push('This is a cosmological timeline; only years 0 to 9999 can be shown.');
  if (skipped.length > 0) notes.push(...skipped.slice(0, 10), ...(skipped.length > 10 ? [`…and ${skipped.length - 10} more.`] : []));
  const draft: DraftStory = { title: title.headline || 'Imported timeline', intro: title.text, events, routes: [], notes };
  const published = readPublished(title.text);
  if (published !== undefined) draft.published = published;
  return { ok: true, draft };
}
