/** A story as loose JSON, for tests that break it on purpose. */
type Loose = Record<string, unknown>;
type Span = { start: number; end: number; text: string };

/** The string fields {@link hostileStory} fills with the payload (ids, names, titles, text, labels, span text). */
export const HOSTILE_FIELDS = [
  'meta.title', 'meta.text', 'meta.source.name', 'meta.dateline.text', 'places[].id', 'places[].name', 'places[].displayName', 'places[].otherNames[].name',
  'places[].mentions[].text', 'events[].id', 'events[].title', 'events[].summary', 'events[].actors[]', 'events[].when.label', 'events[].spans[].text',
  'routes[].id', 'routes[].traveller', 'routes[].title', 'times[].id', 'times[].value',
] as const;

/** The fields a 100,000-character payload may fill without passing a limit (titles and names stop at 500). */
export const LONG_FIELDS = ['meta.text', 'events[].summary', 'events[].spans[].text', 'places[].mentions[].text', 'times[].value'] as const;

const list = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : []);

/**
 * The sample story with `payload` in every field of HOSTILE_FIELDS (or only LONG_FIELDS), the
 * article text prefixed with it and every span shifted to match, and spans over the payload so
 * the narration highlights it; `url` goes to meta.source.url. The result is a valid story.
 */
export function hostileStory(base: Loose, payload: string, url: string, only: 'all' | 'long' = 'all'): Loose {
  const s = JSON.parse(JSON.stringify(base)) as Loose & { meta: Loose };
  const all = only === 'all';
  const shift = payload.length + 2;
  const move = (span: Loose): void => {
    (span as Span).start += shift;
    (span as Span).end += shift;
  };
  const over = (): Span => ({ start: 0, end: payload.length, text: payload });
  const id = (old: unknown, i: number): string => (all ? `${payload}|${String(old)}|${i}` : String(old));
  const placeIds = new Map<string, string>();
  const eventIds = new Map<string, string>();

  s.meta['text'] = `${payload}\n\n${String(s.meta['text'])}`;
  if (all) {
    s.meta['title'] = payload;
    s.meta['source'] = { name: payload, url };
  } else s.meta['source'] = { url };
  const dateline = s.meta['dateline'] as Loose | undefined;
  if (dateline) {
    if (dateline['span']) move(dateline['span'] as Loose);
    if (all) dateline['text'] = payload;
  }
  list(s['places']).forEach((p, i) => {
    placeIds.set(String(p['id']), id(p['id'], i));
    p['id'] = id(p['id'], i);
    if (all) Object.assign(p, { name: payload, displayName: payload, otherNames: [{ name: payload }] });
    list(p['mentions']).forEach(move);
    if (i === 0) p['mentions'] = [over(), ...list(p['mentions'])];
  });
  list(s['events']).forEach((e, i) => {
    eventIds.set(String(e['id']), id(e['id'], i));
    e['id'] = id(e['id'], i);
    e['placeIds'] = list(e['placeIds']).map((p) => placeIds.get(String(p)) ?? p);
    list(e['spans']).forEach(move);
    e['spans'] = [over(), ...list(e['spans'])];
    e['summary'] = payload;
    if (all) {
      Object.assign(e, { title: payload, actors: [payload, ...list(e['actors'])] });
      if (e['when']) (e['when'] as Loose)['label'] = payload;
    }
  });
  list(s['routes']).forEach((r, i) => {
    r['id'] = id(r['id'], i);
    if (all) Object.assign(r, { traveller: payload, title: payload });
    list(r['spans']).forEach(move);
    list(r['stops']).forEach((stop) => {
      stop['placeId'] = placeIds.get(String(stop['placeId'])) ?? stop['placeId'];
      if (stop['eventId'] !== undefined) stop['eventId'] = eventIds.get(String(stop['eventId'])) ?? stop['eventId'];
      list(stop['spans']).forEach(move);
    });
  });
  if (dateline?.['placeId'] !== undefined) dateline['placeId'] = placeIds.get(String(dateline['placeId'])) ?? dateline['placeId'];
  const times = list(s['times']);
  times.forEach((t, i) => {
    move(t);
    t['id'] = id(t['id'], i);
  });
  s['times'] = [{ id: all ? `${payload}|t-payload` : 't-payload', ...over(), type: 'DATE', value: payload }, ...times];
  return s;
}
