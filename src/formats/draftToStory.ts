import { STORY_FORMAT } from '../story/schema';
import type { Group, Place, Route, Span, Story, StoryEvent } from '../story/types';
import type { DraftPlace, DraftStory } from './draftStory';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function slug(name: string): string {
  const s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return s === '' ? 'place' : s;
}

function latestDay(draft: DraftStory): string | undefined {
  let best: string | undefined;
  for (const e of draft.events) {
    for (const d of [e.when?.start, e.when?.before, e.when?.after]) {
      const day = d?.slice(0, 10);
      if (day !== undefined && DAY.test(day) && (best === undefined || day > best)) best = day;
    }
  }
  return best;
}

/**
 * Turns an importer's draft into story data: the article text is the title, the intro and every
 * event's title and text, one after the other, so each event's span points at its own words;
 * places are merged by name and point and get readable ids; the publication date is the one given,
 * else the draft's, else the latest event's day, else today (with a note). Validation is the
 * caller's (importStory).
 */
export function draftToStory(draft: DraftStory, published?: string): { story: Story; notes: string[] } {
  const notes = [...draft.notes];
  let text = '';
  const add = (s: string): Span => {
    const start = text.length;
    text += s;
    return { start, end: text.length, text: s, rule: 'import' };
  };
  if (draft.title !== '') add(`${draft.title}\n\n`);
  if (draft.intro !== '') add(`${draft.intro}\n\n`);
  const places: Place[] = [];
  const placeById = new Map<string, Place>();
  const placeIds = new Map<string, string>();
  const usedIds = new Set<string>();
  const placeId = (p: DraftPlace): string => {
    const key = `${p.name}\u0000${p.lat.toFixed(5)}\u0000${p.lon.toFixed(5)}`;
    const known = placeIds.get(key);
    if (known !== undefined) return known;
    let id = slug(p.name);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(p.name)}-${n}`;
    usedIds.add(id);
    placeIds.set(key, id);
    const place: Place = { id, name: p.name, kind: p.kind ?? 'landmark', lat: p.lat, lon: p.lon, mentions: [], confidence: 1 };
    if (p.bbox) place.bbox = p.bbox;
    places.push(place);
    placeById.set(id, place);
    return id;
  };
  const groupIds = new Map<string, string>();
  const eventIds = new Set<string>();
  const events: StoryEvent[] = draft.events.map((d, i) => {
    const block = add(d.text !== '' ? `${d.title}\n${d.text}\n\n` : `${d.title}\n\n`);
    const span: Span = { start: block.start, end: block.end - 2, text: block.text.slice(0, -2), rule: 'import' };
    let id = d.id !== undefined && d.id !== '' && !eventIds.has(d.id) ? d.id : `e${i + 1}`;
    for (let n = 2; eventIds.has(id); n++) id = `e${i + 1}-${n}`;
    eventIds.add(id);
    const ids = [...new Set(d.places.map(placeId))];
    for (const p of d.places) {
      const at = block.text.indexOf(p.name);
      const place = placeById.get(placeId(p));
      if (place && at >= 0 && p.name !== '') place.mentions.push({ start: block.start + at, end: block.start + at + p.name.length, text: p.name, rule: 'import' });
    }
    const event: StoryEvent = { id, title: d.title, spans: [span], kind: d.kind ?? (d.when ? 'incident' : 'background'), placeIds: ids, actors: [], confidence: 1 };
    if (d.text !== '') event.summary = d.text;
    if (d.when) event.when = d.when;
    if (d.group !== undefined && d.group !== '') {
      let g = groupIds.get(d.group);
      if (g === undefined) {
        g = `g${groupIds.size + 1}`;
        groupIds.set(d.group, g);
      }
      event.group = g;
    }
    return event;
  });
  const ids = [...eventIds];
  const routes: Route[] = draft.routes.map((r, i) => {
    const route: Route = {
      id: `r${i + 1}`,
      traveller: r.traveller,
      stops: r.stops.map((s, j) => ({ placeId: placeId(s.place), sequence: j, spans: [], ...(s.when ? { when: s.when } : {}), ...(s.eventIndex !== undefined && ids[s.eventIndex] !== undefined ? { eventId: ids[s.eventIndex] } : {}) })),
      spans: [],
    };
    if (r.title !== undefined && r.title !== '') route.title = r.title;
    return route;
  });
  let day = published !== undefined && DAY.test(published) ? published : draft.published !== undefined && DAY.test(draft.published) ? draft.published : latestDay(draft);
  if (day === undefined) {
    day = new Date().toISOString().slice(0, 10);
    notes.push(`No publication date was given or found; it was set to today (${day}). Change it before publishing.`);
  }
  const story: Story = { format: STORY_FORMAT, meta: { title: draft.title, published: day, language: draft.language ?? 'en', text }, places, events, routes, times: [] };
  if (draft.sourceName !== undefined && draft.sourceName !== '') story.meta.source = { name: draft.sourceName };
  if (groupIds.size > 0) story.groups = [...groupIds].map(([title, id]): Group => ({ id, title }));
  return { story, notes };
}
