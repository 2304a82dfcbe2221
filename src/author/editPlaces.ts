import type { Place, Span, Story } from '../story/types';
import { distanceKm } from '../extract/places/distanceKm';
import type { PlaceChoice, TextSpan } from './edit';

/** How far a town can be moved and still be taken to be in its country (a fix, not another place). */
const MOVE_KEEPS_COUNTRY_KM = 100;

const PLACE_KINDS = new Set<string>(['continent', 'country', 'region', 'area', 'city', 'landmark', 'water']);
const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;
const validLatLon = (lat: number, lon: number): boolean => Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

function replacePlace(story: Story, placeId: string, change: (p: Place) => Place): Story {
  const index = story.places.findIndex((p) => p.id === placeId);
  const place = story.places[index];
  if (!place) return story;
  const places = story.places.slice();
  places[index] = change(place);
  return { ...story, places };
}

/** The place's identity fields taken from a gazetteer entry; what belonged to the old entry (bbox, other names) goes. */
function resolveTo(place: Place, choice: PlaceChoice): Place {
  const { displayName: _d, otherNames: _o, bbox: _b, countryCode: _c, ...rest } = place;
  const next: Place = { ...rest, name: choice.name, kind: choice.kind, lat: choice.lat, lon: choice.lon, gazetteerId: choice.gazetteerId, confidence: 1 };
  if (choice.countryCode) next.countryCode = choice.countryCode;
  return next;
}

/** Switches a place to one of its ranked candidates. */
export function switchCandidate(story: Story, placeId: string, gazetteerId: string): Story {
  const place = story.places.find((p) => p.id === placeId);
  const c = place?.candidates?.find((x) => x.gazetteerId === gazetteerId);
  if (!place || !c || !PLACE_KINDS.has(c.kind) || place.gazetteerId === gazetteerId) return story;
  const choice: PlaceChoice = { gazetteerId: c.gazetteerId, name: c.name, kind: c.kind as Place['kind'], lat: c.lat, lon: c.lon };
  if (c.countryCode !== undefined) choice.countryCode = c.countryCode;
  return replacePlace(story, placeId, (p) => resolveTo(p, choice));
}

/** Moves a place to coordinates the author typed (or dragged to). */
export function setLocation(story: Story, placeId: string, lat: number, lon: number): Story {
  if (!validLatLon(lat, lon)) return story;
  return replacePlace(story, placeId, ({ bbox: _b, ...p }) => {
    // A town moved farther than a fix (Beijing put at Sydney) may be in another country: the
    // old code would be a claim nobody checked, so it goes. An area keeps its country.
    const far = (p.kind === 'city' || p.kind === 'landmark') && distanceKm(p.lat, p.lon, lat, lon) > MOVE_KEEPS_COUNTRY_KM;
    const { countryCode: _c, ...rest } = p;
    return { ...(far ? rest : p), lat, lon, confidence: 1 };
  });
}

/** Removes a place and every reference to it (events, route stops, the dateline). */
export function removePlace(story: Story, placeId: string): Story {
  if (!story.places.some((p) => p.id === placeId)) return story;
  const meta = { ...story.meta };
  if (meta.dateline?.placeId === placeId) {
    const { placeId: _p, ...dateline } = meta.dateline;
    meta.dateline = dateline;
  }
  return {
    ...story,
    meta,
    places: story.places.filter((p) => p.id !== placeId),
    events: story.events.map((e) => (e.placeIds.includes(placeId) ? { ...e, placeIds: e.placeIds.filter((id) => id !== placeId) } : e)),
    routes: story.routes.map((r) => ({
      ...r,
      stops: r.stops.filter((s) => s.placeId !== placeId).map(({ within, ...s }) => (within === undefined || within === placeId ? s : { ...s, within })),
    })),
  };
}

/** Removes one mention (by its start) of a place; a place left with no mention is removed. */
export function removeMention(story: Story, placeId: string, start: number): Story {
  const place = story.places.find((p) => p.id === placeId);
  if (!place || !place.mentions.some((m) => m.start === start)) return story;
  if (place.mentions.length === 1) return removePlace(story, placeId);
  return replacePlace(story, placeId, (p) => ({ ...p, mentions: p.mentions.filter((m) => m.start !== start) }));
}

function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'place';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Marks a span of the text as a mention of a gazetteer place: joins the place if the story has it, else adds it; other mentions overlapping the span give way. */
export function addPlace(story: Story, span: TextSpan, choice: PlaceChoice): Story {
  const text = story.meta.text;
  if (!(span.start >= 0 && span.end > span.start && span.end <= text.length) || !validLatLon(choice.lat, choice.lon) || !PLACE_KINDS.has(choice.kind)) return story;
  const mention: Span = { start: span.start, end: span.end, text: text.slice(span.start, span.end), rule: 'author' };
  let next = story;
  for (const p of story.places) for (const m of p.mentions) if (overlaps(m, span)) next = removeMention(next, p.id, m.start);
  const existing = next.places.find((p) => p.gazetteerId === choice.gazetteerId);
  if (existing) {
    return replacePlace(next, existing.id, (p) => ({ ...p, mentions: [...p.mentions, mention].sort((a, b) => a.start - b.start) }));
  }
  const id = uniqueId(choice.name, new Set(next.places.map((p) => p.id)));
  const place: Place = { id, name: choice.name, kind: choice.kind, lat: choice.lat, lon: choice.lon, gazetteerId: choice.gazetteerId, mentions: [mention], confidence: 1 };
  if (choice.countryCode) place.countryCode = choice.countryCode;
  return { ...next, places: [...next.places, place] };
}
