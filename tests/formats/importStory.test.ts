import { describe, expect, it } from 'vitest';
import { importStory } from '../../src/formats/importStory';
import { storyToGeoJson } from '../../src/formats/storyToGeoJson';
import { storyToStoryMapJs } from '../../src/formats/storyToStoryMapJs';
import { validateStory } from '../../src/story/validateStory';
import { formatFixture, seedStories } from './seedStories';

function imported(file: string, published?: string) {
  const r = importStory(formatFixture(file), file, published !== undefined ? { published } : {});
  if (!r.ok) throw new Error(r.errors.join('; '));
  expect(validateStory(r.story).ok).toBe(true);
  return r;
}

const spanText = (r: ReturnType<typeof imported>, i: number): string => {
  const s = r.story.events[i]?.spans[0];
  return s ? r.story.meta.text.slice(s.start, s.end) : '';
};

describe('importStory on real examples of each format (tests/fixtures/formats)', () => {
  it('reads TimelineJS JSON: title slide, dates to the minute, an end date, groups, an era, media dropped with a note', () => {
    const r = imported('apollo11.timeline.json');
    expect(r.format).toBe('timelinejs');
    expect(r.story.meta.title).toBe('Apollo 11: the first landing on the Moon');
    expect(r.story.meta.published).toBe('1969-07-25');
    const byId = new Map(r.story.events.map((e) => [e.id, e]));
    expect(byId.get('launch')?.when).toEqual({ start: '1969-07-16T13:32', end: '1969-07-16T13:33', precision: 'minute', timex: '1969-07-16T13:32' });
    expect(byId.get('landing')?.title).toBe('“The Eagle has landed”');
    expect(byId.get('landing')?.summary).toBe('The lunar module lands in the Sea of Tranquility.\nArmstrong steps onto the surface about six and a half hours later.');
    expect(byId.get('launch')?.summary).toContain('Launch Complex 39A (https://en.wikipedia.org/wiki/Kennedy_Space_Center_Launch_Complex_39)');
    const ret = r.story.events.find((e) => e.title === 'Return journey');
    expect(ret?.when).toMatchObject({ start: '1969-07-21', end: '1969-07-23', precision: 'day' });
    expect(r.story.events.find((e) => e.title === "Kennedy's goal")).toMatchObject({ kind: 'background', when: { start: '1961-01-01', precision: 'year' } });
    expect(r.story.events.find((e) => e.title === 'Mission')).toMatchObject({ kind: 'background', when: { start: '1969-07-16', end: '1969-07-25' } });
    expect(r.story.groups?.map((g) => g.title)).toEqual(['Flight', 'Moon', 'Eras']);
    expect(r.notes.join(' ')).toMatch(/1 era became background events/);
    expect(r.notes.join(' ')).toMatch(/2 slides had media/);
    r.story.events.forEach((e, i) => expect(spanText(r, i).startsWith(e.title)).toBe(true));
  });

  it('reads the TimelineJS spreadsheet CSV by its header row: title row, 12-hour and 24-hour times, quoted line breaks, an era', () => {
    const r = imported('lindbergh.timeline.csv');
    expect(r.format).toBe('timelinejs-csv');
    expect(r.story.meta.title).toBe('Lindbergh flies the Atlantic alone');
    expect(r.story.events.map((e) => e.title)).toEqual(['Take-off from Roosevelt Field', 'Over Newfoundland', 'Landing at Le Bourget', 'Return home', 'The crossing']);
    expect(r.story.events[0]?.when?.start).toBe('1927-05-20T07:52');
    expect(r.story.events[2]?.when?.start).toBe('1927-05-21T22:22');
    expect(r.story.events[2]?.summary).toBe('He lands near Paris after 33½ hours; a crowd of thousands runs onto the field.\nHe says: "Well, I made it."');
    expect(r.story.events[4]).toMatchObject({ kind: 'background', when: { start: '1927-05-20', end: '1927-05-22' } });
    expect(r.story.events[0]?.summary).toBe('The Spirit of St. Louis leaves Long Island, heavy with fuel.');
  });

  it('reads StoryMapJS JSON: the overview as title, each slide a place and an event, the slides a route, free-text dates kept as text', () => {
    const r = imported('beagle.storymap.json', '1839-01-01');
    expect(r.format).toBe('storymapjs');
    expect(r.story.meta).toMatchObject({ title: 'The voyage of the Beagle', published: '1839-01-01' });
    expect(r.story.places.map((p) => p.name)).toEqual(['Plymouth', 'Praia', 'Salvador', 'Galápagos Islands', 'Sydney', 'Falmouth']);
    expect(r.story.places[0]).toMatchObject({ lat: 50.3755, lon: -4.1427 });
    expect(r.story.events.map((e) => e.when?.timex)).toEqual(['1831-12-27', '1832-01', '1832-02-28', '1835-09', '1836-01', undefined]);
    expect(r.story.events[5]?.summary).toContain('the autumn of 1836');
    expect(r.story.routes).toHaveLength(1);
    expect(r.story.routes[0]?.stops.map((s) => s.placeId)).toEqual(r.story.places.map((p) => p.id));
    expect(r.notes.join(' ')).toMatch(/1 slide date could not be read/);
  });

  it('reads GeoJSON with time, start/end, date, datetime and year properties, a polygon as an area and a LineString as a route', () => {
    const r = imported('tour1903.geojson');
    expect(r.format).toBe('geojson');
    expect(r.story.meta.title).toBe('Tour de France 1903');
    const when = (name: string) => r.story.events.find((e) => e.title === name)?.when;
    expect(when('Montgeron')).toMatchObject({ start: '1903-07-01T15:16', precision: 'minute' });
    expect(when('Lyon')).toMatchObject({ start: '1903-07-02', end: '1903-07-03' });
    expect(when('Marseille')).toMatchObject({ start: '1903-07-05', precision: 'day' });
    expect(when('Nantes')).toMatchObject({ start: '1903-07-13T09:00' });
    expect(when("Ville-d'Avray")).toMatchObject({ start: '1903-01-01', precision: 'year' });
    expect(r.story.places.find((p) => p.name === 'France')).toMatchObject({ kind: 'country', bbox: [43.3, -5.1, 51.1, 8.2] });
    expect(r.story.places.find((p) => p.name === 'Lyon')).toMatchObject({ kind: 'city', lat: 45.764, lon: 4.8357 });
    expect(r.story.routes[0]).toMatchObject({ traveller: 'The riders', title: 'The route of 1903' });
    expect(r.story.routes[0]?.stops.map((s) => r.story.places.find((p) => p.id === s.placeId)?.name)).toEqual(['Montgeron', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Nantes', "Ville-d'Avray"]);
    expect(r.notes.join(' ')).toMatch(/1 feature .* left out/);
    expect(r.story.events.some((e) => e.title === 'Nowhere')).toBe(false);
  });

  it('opens a Dateline story as it is, migrating an old one with a note', () => {
    const { story } = seedStories()[0] ?? {};
    const r = importStory(JSON.stringify(story), 'a.story.json');
    expect(r.ok && r.format === 'dateline' && r.story).toEqual(story);
    const { format: _f, ...old } = story ?? {};
    const m = importStory(JSON.stringify(old), 'old.json');
    expect(m.ok && m.notes).toEqual(['This story has no format field; it was read as dateline/1.']);
  });

  it("reads its own GeoJSON and StoryMapJS exports back with every place and the route's stops", () => {
    for (const { story } of seedStories()) {
      const geo = importStory(JSON.stringify(storyToGeoJson(story)), 'x.geojson', { published: story.meta.published });
      if (!geo.ok) throw new Error(geo.errors.join('; '));
      expect(geo.story.places.map((p) => [p.name, p.lat, p.lon])).toEqual(story.places.map((p) => [p.name, p.lat, p.lon]));
      expect(geo.story.routes.map((r) => r.stops.length)).toEqual(story.routes.filter((r) => r.stops.length >= 2).map((r) => r.stops.length));
      const map = importStory(JSON.stringify(storyToStoryMapJs(story)), 'x.json', { published: story.meta.published });
      if (!map.ok) throw new Error(map.errors.join('; '));
      expect(map.story.events.length).toBe(story.events.filter((e) => e.placeIds.length > 0).length);
    }
  });
});

describe('importStory reads GeoJSON made only of lines as routes', () => {
  const line = (coordinates: number[][], properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });

  it('a bare LineString is a route through its positions, named "Route 1", not "Nothing to import"', () => {
    const r = importStory(JSON.stringify({ type: 'LineString', coordinates: [[2.35, 48.86], [4.84, 45.76], [5.37, 43.3]] }), 'track.geojson', { published: '2024-05-06' });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(validateStory(r.story).ok).toBe(true);
    expect(r.story.routes).toHaveLength(1);
    expect(r.story.routes[0]?.traveller).toBe('Route 1');
    expect(r.story.routes[0]?.stops.map((s) => r.story.places.find((p) => p.id === s.placeId)?.lat)).toEqual([48.86, 45.76, 43.3]);
  });

  it('a FeatureCollection of lines without names or times gives one route per line', () => {
    const r = importStory(JSON.stringify({ type: 'FeatureCollection', features: [line([[0, 0], [1, 1]]), { type: 'Feature', properties: null, geometry: { type: 'MultiLineString', coordinates: [[[10, 10], [11, 11]], [[11, 11], [12, 12]]] } }] }), 'lines.geojson', { published: '2024-05-06' });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.story.routes.map((route) => [route.traveller, route.stops.length])).toEqual([['Route 1', 2], ['Route 2', 3]]);
  });

  it('a line of a million points is thinned evenly to 1,000 stops, keeping both ends, with a note', () => {
    const coordinates: number[][] = [];
    for (let i = 0; i < 1_000_000; i++) coordinates.push([-9 + i * 0.0001, 38 + (i % 100) * 0.001]);
    const r = importStory(JSON.stringify({ type: 'LineString', coordinates }), 'track.geojson', { published: '2024-05-06' });
    if (!r.ok) throw new Error(r.errors.join('; '));
    const stops = r.story.routes[0]?.stops ?? [];
    expect(stops).toHaveLength(1_000);
    const at = (i: number) => r.story.places.find((p) => p.id === stops[i]?.placeId);
    expect([at(0)?.lon, at(999)?.lon]).toEqual([-9, -9 + 999_999 * 0.0001]);
    expect(r.notes.join(' ')).toContain('Route 1: its 1,000,000 points were thinned to 1,000 stops');
  });
});

describe('importStory refuses what it cannot read, with a message', () => {
  for (const [what, text, name, message] of [
    ['an empty file', '', 'a.json', /empty/],
    ['a web page', '<!doctype html><p>hi', 'a.json', /web page/],
    ['broken JSON', '{"events": [', 'a.json', /not valid JSON/],
    ['JSON of no known format', '{"hello": 1}', 'a.json', /not a format Dateline can import/],
    ['a number', '42', 'a.json', /not a format Dateline can import/],
    ['a CSV without the header', 'a,b\n1,2', 'a.csv', /header row/],
    ['a timeline with no events', '{"events": []}', 'a.json', /Nothing to import/],
    ['a gigapixel StoryMap', '{"storymap": {"map_as_image": true, "slides": []}}', 'a.json', /gigapixel/],
    ['GeoJSON without features', '{"type": "FeatureCollection", "features": []}', 'a.geojson', /no features/],
    ['a newer Dateline story', '{"format": "dateline/9", "meta": {}}', 'a.json', /newer version/],
  ] as const) {
    it(`refuses ${what}`, () => {
      const r = importStory(text, name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join(' ')).toMatch(message);
    });
  }
});
