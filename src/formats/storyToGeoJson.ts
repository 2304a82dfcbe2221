import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { whenRange } from '../story/whenRange';
import { eventOrder } from '../playback/eventOrder';
import type { Story, When } from '../story/types';
import { splitAtAntimeridian, type Position } from './splitAtAntimeridian';

const iso = (t: number): string => new Date(t).toISOString();

function whenProps(when: When | undefined): Record<string, string> {
  if (!when) return {};
  const out: Record<string, string> = {};
  for (const key of ['start', 'end', 'after', 'before', 'precision', 'label'] as const) {
    const v = when[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * The story as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude], WGS 84, no `crs`):
 * a Point per place (id, name, kind, number of mentions, the ids of its events in playback order,
 * and `start`/`end`: ISO instants of its first event's start and last event's end, end exclusive),
 * and per route a LineString through its stops in order (cut into a MultiLineString where it
 * crosses the antimeridian) with the traveller and each stop's place and `when`. A route with
 * fewer than two located stops has no line.
 */
export function storyToGeoJson(story: Story): FeatureCollection {
  const places = new Map(story.places.map((p) => [p.id, p]));
  const events = new Map(story.events.map((e) => [e.id, e]));
  const byPlace = new Map<string, string[]>();
  for (const id of eventOrder(story)) {
    for (const placeId of new Set(events.get(id)?.placeIds ?? [])) {
      const list = byPlace.get(placeId);
      if (list) list.push(id);
      else byPlace.set(placeId, [id]);
    }
  }
  const features: Feature<Geometry>[] = story.places.map((place) => {
    const ids = byPlace.get(place.id) ?? [];
    const ranges = ids.map((id) => whenRange(events.get(id)?.when)).filter((r) => r !== null);
    const properties: Record<string, unknown> = { id: place.id, name: place.name, kind: place.kind, mentions: place.mentions.length, events: ids };
    if (place.displayName !== undefined) properties['displayName'] = place.displayName;
    if (place.countryCode !== undefined) properties['countryCode'] = place.countryCode;
    if (ranges.length > 0) {
      properties['start'] = iso(ranges.reduce((m, r) => Math.min(m, r.start), Infinity));
      properties['end'] = iso(ranges.reduce((m, r) => Math.max(m, r.end), -Infinity));
    }
    return { type: 'Feature', id: place.id, geometry: { type: 'Point', coordinates: [place.lon, place.lat] }, properties };
  });
  for (const route of story.routes) {
    const stops = [...route.stops].sort((a, b) => a.sequence - b.sequence).flatMap((s) => {
      const p = places.get(s.placeId);
      return p ? [{ stop: s, place: p }] : [];
    });
    if (stops.length < 2) continue;
    const line: Position[] = stops.map(({ place }) => [place.lon, place.lat]);
    const parts = splitAtAntimeridian(line);
    const geometry: Geometry = parts.length === 1 ? { type: 'LineString', coordinates: line } : { type: 'MultiLineString', coordinates: parts };
    const properties: Record<string, unknown> = {
      id: route.id,
      traveller: route.traveller,
      stops: stops.map(({ stop, place }) => ({ placeId: place.id, name: place.name, sequence: stop.sequence, ...(stop.eventId !== undefined ? { eventId: stop.eventId } : {}), when: whenProps(stop.when) })),
    };
    if (route.title !== undefined) properties['title'] = route.title;
    features.push({ type: 'Feature', id: route.id, geometry, properties });
  }
  return { type: 'FeatureCollection', features };
}
