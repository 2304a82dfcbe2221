import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIMELINE_COLUMNS } from '../../src/formats/fromTimelineCsv';
import { importStory, type ImportResult } from '../../src/formats/importStory';
import { storyToGeoJson } from '../../src/formats/storyToGeoJson';
import { storyToStoryMapJs } from '../../src/formats/storyToStoryMapJs';
import { storyToTimelineJs } from '../../src/formats/storyToTimelineJs';
import { tidyText } from '../../src/formats/plainText';
import { validateStory } from '../../src/story/validateStory';
import { parseStoryDate } from '../../src/story/whenRange';
import { storyArbitrary } from './storyArbitrary';

const SEED = 8;
const NAMES = fc.constantFrom('story.json', 'timeline.json', 'sheet.csv', 'sheet.tsv', 'map.geojson', 'noextension', '');
const json = fc.jsonValue({ maxDepth: 4 });
const text = fc.string({ unit: 'binary', maxLength: 60 });
const leaf = fc.oneof(json, text, fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom('2020', '2020-02-30', '1969-07-20T20:17:00Z', '<b>x</b>', 'javascript:alert(1)'));

/** A value shaped like a TimelineJS, StoryMapJS or GeoJSON document, with arbitrary (often wrong) values inside. */
const shaped = fc.oneof(
  fc.record({
    title: fc.record({ text: fc.record({ headline: leaf, text: leaf }) }),
    events: fc.array(fc.record({ start_date: fc.oneof(leaf, fc.record({ year: leaf, month: leaf, day: leaf, hour: leaf })), end_date: fc.oneof(leaf, fc.record({ year: leaf, month: leaf })), text: fc.record({ headline: leaf, text: leaf }), group: leaf, display_date: leaf, unique_id: leaf, location: fc.record({ lat: leaf, lon: leaf, name: leaf }) }, { requiredKeys: [] }), { maxLength: 8 }),
    eras: fc.array(fc.record({ start_date: fc.record({ year: leaf }), end_date: leaf, text: leaf }), { maxLength: 2 }),
  }, { requiredKeys: ['events'] }),
  fc.record({ storymap: fc.record({ map_as_image: fc.boolean(), slides: fc.array(fc.record({ type: fc.constantFrom('overview', undefined), date: leaf, text: fc.record({ headline: leaf, text: leaf }), location: fc.record({ lat: leaf, lon: leaf, name: leaf }) }, { requiredKeys: [] }), { maxLength: 8 }) }, { requiredKeys: ['slides'] }) }),
  fc.record({
    type: fc.constant('FeatureCollection'),
    features: fc.array(fc.record({ type: fc.constant('Feature'), geometry: fc.record({ type: fc.constantFrom('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', 'Nope'), coordinates: fc.oneof(json, fc.tuple(fc.double(), fc.double()), fc.array(fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })), { maxLength: 4 })) }), properties: fc.dictionary(fc.constantFrom('name', 'title', 'time', 'start', 'end', 'date', 'kind', 'description', 'stops', 'year'), leaf) }), { maxLength: 8 }),
  }),
);

/** CSV with the TimelineJS header and arbitrary cells (quotes, commas, line breaks among them). */
const csv = fc.array(fc.array(fc.oneof(text, fc.constantFrom('2020', '13', '"', '""', ',', '\n', 'title', 'era', '7:52 PM', '25:99')), { minLength: 0, maxLength: TIMELINE_COLUMNS.length + 2 }), { maxLength: 8 }).map((rows) => [TIMELINE_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\n'));

function wellFormed(r: ImportResult): void {
  if (r.ok) {
    expect(validateStory(r.story).ok).toBe(true);
    expect(r.notes.every((n) => typeof n === 'string')).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e.length).toBeGreaterThan(0);
  }
}

const at = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseStoryDate(s));

describe('importStory on any input', () => {
  it('gives a story or clear errors for any string under any file name, never a throw (1000 runs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), NAMES, (s, name) => wellFormed(importStory(s, name))), { seed: SEED, numRuns: 1000 });
  });

  it('gives a story or clear errors for any JSON value, never a throw (1000 runs)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), NAMES, (v, name) => wellFormed(importStory(JSON.stringify(v) ?? 'null', name))), { seed: SEED, numRuns: 1000 });
  });

  it('gives a story or clear errors for documents shaped like TimelineJS, StoryMapJS or GeoJSON with arbitrary values inside (1000 runs)', () => {
    fc.assert(fc.property(shaped, (v) => wellFormed(importStory(JSON.stringify(v), 'x.json', { published: '2020-02-03' }))), { seed: SEED, numRuns: 1000 });
  });

  it('gives a story or clear errors for TimelineJS spreadsheets with arbitrary cells (500 runs)', () => {
    fc.assert(fc.property(csv, (s) => wellFormed(importStory(s, 'sheet.csv', { published: '2020-02-03' }))), { seed: SEED, numRuns: 500 });
  });

  it('refuses deeply nested JSON with a message instead of overflowing the stack', () => {
    wellFormed(importStory(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'deep.json'));
    wellFormed(importStory(`{"events":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'deep.json'));
  });
});

describe('generated stories through the exporters', () => {
  it('round-trip through storyToTimelineJs and importStory keeping every event, its kind and its dates (300 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        const r = importStory(JSON.stringify(storyToTimelineJs(story)), 'timeline.json');
        if (!r.ok) throw new Error(r.errors.join('; '));
        expect(r.story.meta.published).toBe(story.meta.published);
        expect(r.story.events).toHaveLength(story.events.length);
        story.events.forEach((e, i) => {
          const b = r.story.events[i];
          const w = e.when;
          if (!w) return expect(b?.when).toBeUndefined();
          if (w.start !== undefined) {
            expect(at(b?.when?.start)).toBe(at(w.start));
            if (w.end !== undefined && parseStoryDate(w.end) > parseStoryDate(w.start)) expect(at(b?.when?.end)).toBe(at(w.end));
            return;
          }
          expect(at(b?.when?.after)).toBe(at(w.after));
          expect(at(b?.when?.before)).toBe(at(w.before));
          if (w.label !== undefined && /^[\w ,.-]*$/.test(w.label) && w.label === tidyText(w.label) && w.label !== '') expect(b?.when?.label).toBe(w.label);
          expect(b?.kind === 'background').toBe(e.kind === 'background');
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('come back unchanged from Story JSON save (JSON.stringify) and load (importStory) (300 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        const r = importStory(JSON.stringify(story), 'story.json');
        expect(r.ok && r.format).toBe('dateline');
        expect(r.ok ? r.story : r.errors).toEqual(story);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('export to GeoJSON with every position [lon, lat] on the globe, and to StoryMapJS and back without a throw (300 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        const geo = storyToGeoJson(story);
        for (const f of geo.features) {
          const g = f.geometry;
          const lines = g.type === 'Point' ? [[g.coordinates]] : g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
          for (const line of lines) {
            if (g.type !== 'Point') expect(line.length).toBeGreaterThanOrEqual(2);
            for (const [lon, lat] of line) expect(Math.abs(lon ?? NaN) <= 180 && Math.abs(lat ?? NaN) <= 90).toBe(true);
          }
        }
        wellFormed(importStory(JSON.stringify(geo), 'x.geojson', { published: story.meta.published }));
        wellFormed(importStory(JSON.stringify(storyToStoryMapJs(story)), 'x.json', { published: story.meta.published }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
