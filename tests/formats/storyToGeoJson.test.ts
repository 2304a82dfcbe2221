import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from '../../src/formats/splitAtAntimeridian';
import { storyToGeoJson } from '../../src/formats/storyToGeoJson';
import { seedStories } from './seedStories';

/** RFC 7946 structure of one geometry: its type's coordinate nesting, [lon, lat] on the globe, lines of two positions or more. */
function checkGeometry(g: Geometry): string[] {
  const pos = (p: Position): string[] => (p.length >= 2 && Math.abs(p[0] ?? NaN) <= 180 && Math.abs(p[1] ?? NaN) <= 90 ? [] : [`bad position ${JSON.stringify(p)}`]);
  const line = (l: Position[]): string[] => (l.length >= 2 ? l.flatMap(pos) : ['a line needs two positions']);
  switch (g.type) {
    case 'Point': return pos(g.coordinates);
    case 'LineString': return line(g.coordinates);
    case 'MultiLineString': return g.coordinates.flatMap(line);
    default: return [`unexpected ${g.type}`];
  }
}

describe('storyToGeoJson', () => {
  for (const { name, story } of seedStories()) {
    it(`writes ${name} as an RFC 7946 FeatureCollection: a Point per place, a line per route, [lon, lat], no crs`, () => {
      const fc = storyToGeoJson(story);
      expect(fc.type).toBe('FeatureCollection');
      expect('crs' in fc).toBe(false);
      for (const f of fc.features) {
        expect(f.type).toBe('Feature');
        expect(f.geometry).not.toBeNull();
        expect(checkGeometry(f.geometry)).toEqual([]);
        expect(typeof f.properties).toBe('object');
      }
      const points = fc.features.filter((f) => f.geometry.type === 'Point') as Feature<Geometry & { type: 'Point' }>[];
      expect(points.map((p) => p.properties?.['id'])).toEqual(story.places.map((p) => p.id));
      for (const p of points) {
        const place = story.places.find((x) => x.id === p.properties?.['id']);
        expect(p.geometry.coordinates).toEqual([place?.lon, place?.lat]);
        expect(p.properties?.['mentions']).toBe(place?.mentions.length);
      }
      const lines = fc.features.filter((f) => f.geometry.type !== 'Point');
      expect(lines.length).toBe(story.routes.filter((r) => r.stops.length >= 2).length);
      expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
    });
  }

  it('gives a place the ids of its events and the ISO start of the first and end of the last', () => {
    const story = seedStories().find((s) => s.name.startsWith('002'))?.story;
    if (!story) throw new Error('no seed 002');
    const suez = storyToGeoJson(story).features.find((f) => f.properties?.['events'] !== undefined && (f.properties['events'] as string[]).length > 1);
    expect(suez?.properties?.['start']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Date.parse(String(suez?.properties?.['end']))).toBeGreaterThan(Date.parse(String(suez?.properties?.['start'])));
  });

  it('cuts the Amundsen route (Hobart to Buenos Aires) where it crosses the antimeridian, so no leg jumps more than 180°', () => {
    const story = seedStories().find((s) => s.name.startsWith('001'))?.story;
    if (!story) throw new Error('no seed 001');
    const route = storyToGeoJson(story).features.find((f) => f.geometry.type !== 'Point');
    expect(route?.geometry.type).toBe('MultiLineString');
    const lonJumps = (route?.geometry.type === 'MultiLineString' ? route.geometry.coordinates : route?.geometry.type === 'LineString' ? [route.geometry.coordinates] : []).flatMap((l) => l.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (l[i]?.[0] ?? 0))));
    expect(Math.max(...lonJumps)).toBeLessThanOrEqual(180);
  });

  it('splitAtAntimeridian cuts a Pacific leg at ±180 at the latitude it crosses', () => {
    expect(splitAtAntimeridian([[170, 0], [-170, 10]])).toEqual([[[170, 0], [180, 5]], [[-180, 5], [-170, 10]]]);
    expect(splitAtAntimeridian([[0, 0], [10, 10]])).toEqual([[[0, 0], [10, 10]]]);
  });
});
