import type { PlaceKind } from '../story/types';
import type { DraftEvent, DraftPlace, DraftResult, DraftRoute } from './draftStory';
import { geoJsonTime } from './geoJsonTime';
import { IMPORT_LIMITS, kindFromLabel, plural } from './importLimits';
import { PROGRESS_EVERY, type ItemProgress } from './importProgress';
import { looseDatesToWhen, readLooseDate } from './looseDateToWhen';
import { firstString, isRecord, latLonFrom, type JsonRecord } from './narrowJson';
import { plainField } from './plainText';

const PLACE_KINDS = new Set(['continent', 'country', 'region', 'area', 'city', 'landmark', 'water']);
const NAME_KEYS = ['name', 'title', 'label', 'headline', 'traveller'];
const TEXT_KEYS = ['description', 'text', 'summary', 'body', 'popupContent', 'notes'];

function position(p: unknown): { lat: number; lon: number } | undefined {
  return Array.isArray(p) && p.length >= 2 ? latLonFrom(p[1], p[0]) : undefined;
}

/** Every position of a Polygon/MultiPolygon's rings, or none if any is off the globe. */
function ringPositions(coords: unknown, depth: number): { lat: number; lon: number }[] | undefined {
  if (!Array.isArray(coords)) return undefined;
  if (depth === 0) {
    const p = position(coords);
    return p ? [p] : undefined;
  }
  const out: { lat: number; lon: number }[] = [];
  for (const c of coords) {
    const inner = ringPositions(c, depth - 1);
    if (!inner) return undefined;
    out.push(...inner);
  }
  return out;
}

/** The parts of a (Multi)LineString as one list of stops: repeated points and antimeridian cuts (±180 pairs) removed. */
function joinParts(parts: { lat: number; lon: number }[][]): { lat: number; lon: number }[] {
  const out: { lat: number; lon: number }[] = [];
  parts.forEach((part, k) => {
    const next = parts[k + 1]?.[0];
    const last = part[part.length - 1];
    const cut = next !== undefined && last !== undefined && Math.abs(last.lon) === 180 && Math.abs(next.lon) === 180 && last.lat === next.lat;
    const prevPart = parts[k - 1];
    const prev = prevPart?.[prevPart.length - 1];
    const cutBefore = prev !== undefined && part[0] !== undefined && Math.abs(prev.lon) === 180 && Math.abs(part[0].lon) === 180 && prev.lat === part[0].lat;
    part.forEach((p, j) => {
      if ((cut && j === part.length - 1) || (cutBefore && j === 0)) return;
      const before = out[out.length - 1];
      if (!before || before.lat !== p.lat || before.lon !== p.lon) out.push(p);
    });
  });
  return out;
}

/** The indices of `count` positions spread evenly over `length`, first and last included. */
function evenIndices(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: count }, (_, k) => Math.round((k * (length - 1)) / (count - 1)));
}

function placeKind(props: JsonRecord, fallback: PlaceKind): PlaceKind {
  const k = typeof props['kind'] === 'string' ? props['kind'] : typeof props['type'] === 'string' ? props['type'] : '';
  return PLACE_KINDS.has(k) ? (k as PlaceKind) : fallback;
}

/**
 * Reads a GeoJSON FeatureCollection, Feature or bare geometry (RFC 7946: [lon, lat], WGS 84):
 * a Point (or each point of a MultiPoint) is a place and its feature an event; a Polygon or
 * MultiPolygon an area at the middle of its box; a LineString (or MultiLineString) a route whose
 * stops are its positions (a long track thinned evenly to IMPORT_LIMITS.routeStops), named after
 * the Point at the same spot or the `stops` property Dateline writes; a file of lines alone is
 * its routes. Names come from name/title/label, text from description/text/summary (HTML made
 * plain), dates from time/date/start/end and their kin (see geoJsonTime). Features off the globe,
 * or of other geometry types, are left out with a note; a `crs` member is ignored (RFC 7946 has none).
 * `onFeatures` hears the features read.
 */
export function fromGeoJson(data: unknown, onFeatures?: ItemProgress): DraftResult {
  if (!isRecord(data)) return { ok: false, errors: ['GeoJSON must be an object.'] };
  const features: unknown[] = data['type'] === 'FeatureCollection' && Array.isArray(data['features']) ? data['features'] : data['type'] === 'Feature' ? [data] : typeof data['type'] === 'string' && 'coordinates' in data ? [{ type: 'Feature', geometry: data, properties: {} }] : [];
  if (features.length === 0) return { ok: false, errors: ['This GeoJSON has no features.'] };
  if (features.length > IMPORT_LIMITS.items) return { ok: false, errors: [`The GeoJSON has ${plural(features.length, 'feature')}; the limit is ${IMPORT_LIMITS.items.toLocaleString('en')}.`] };
  const notes: string[] = [];
  if (data['crs'] !== undefined) notes.push('The "crs" member was ignored: coordinates are read as longitude, latitude in WGS 84 (RFC 7946).');
  const events: DraftEvent[] = [];
  const points: DraftPlace[] = [];
  const lines: { props: JsonRecord; coords: { lat: number; lon: number }[][] }[] = [];
  let skipped = 0;
  features.forEach((raw, i) => {
    if (onFeatures && i % PROGRESS_EVERY === 0) onFeatures(i, features.length);
    if (!isRecord(raw)) return void skipped++;
    const geometry = isRecord(raw['geometry']) ? raw['geometry'] : undefined;
    const props = isRecord(raw['properties']) ? raw['properties'] : {};
    const title = plainField(firstString(props, NAME_KEYS), IMPORT_LIMITS.title) || `Feature ${i + 1}`;
    const text = plainField(firstString(props, TEXT_KEYS), IMPORT_LIMITS.text);
    const type = geometry?.['type'];
    const coords = geometry?.['coordinates'];
    if (type === 'LineString' || type === 'MultiLineString') {
      const parts = type === 'LineString' ? [coords] : Array.isArray(coords) ? coords : [];
      const read = parts.map((part: unknown) => ringPositions(part, 1));
      if (read.some((r) => !r)) return void skipped++;
      lines.push({ props, coords: read.filter((r) => r !== undefined) });
      return;
    }
    const event: DraftEvent = { title, text, places: [] };
    const when = geoJsonTime(props);
    if (when) event.when = when;
    const kind = typeof props['kind'] === 'string' ? kindFromLabel(props['kind']) : undefined;
    if (kind) event.kind = kind;
    if (type === 'Point' || type === 'MultiPoint') {
      const ps = type === 'Point' ? [position(coords)] : Array.isArray(coords) ? coords.map(position) : [];
      if (ps.length === 0 || ps.some((p) => !p)) return void skipped++;
      ps.forEach((p, j) => {
        if (!p) return;
        const place: DraftPlace = { name: ps.length > 1 ? `${title.slice(0, 80)} ${j + 1}` : title.slice(0, IMPORT_LIMITS.name), ...p, kind: placeKind(props, 'landmark') };
        event.places.push(place);
        points.push(place);
      });
    } else if (type === 'Polygon' || type === 'MultiPolygon') {
      const ps = ringPositions(coords, type === 'Polygon' ? 2 : 3);
      if (!ps || ps.length === 0) return void skipped++;
      let [south, west, north, east] = [90, 180, -90, -180];
      for (const p of ps) [south, west, north, east] = [Math.min(south, p.lat), Math.min(west, p.lon), Math.max(north, p.lat), Math.max(east, p.lon)];
      event.places.push({ name: title.slice(0, IMPORT_LIMITS.name), lat: (south + north) / 2, lon: (west + east) / 2, kind: placeKind(props, 'area'), bbox: [south, west, north, east] });
    } else if (geometry !== undefined) return void skipped++;
    if (!event.when && !event.kind) event.kind = 'background';
    events.push(event);
  });
  const key = (p: { lat: number; lon: number }): string => `${p.lat.toFixed(6)},${p.lon.toFixed(6)}`;
  const byPoint = new Map(points.map((p) => [key(p), p]));
  const routes = lines.map(({ props, coords }, i): DraftRoute => {
    const stopsProp: unknown[] = Array.isArray(props['stops']) ? props['stops'] : [];
    const flat = joinParts(coords);
    const traveller = plainField(firstString(props, ['traveller', 'name', 'title']), IMPORT_LIMITS.name) || `Route ${i + 1}`;
    const title = plainField(props['title'], IMPORT_LIMITS.title);
    const kept = evenIndices(flat.length, IMPORT_LIMITS.routeStops);
    if (kept.length < flat.length) notes.push(`${traveller}: its ${flat.length.toLocaleString('en')} points were thinned to ${kept.length.toLocaleString('en')} stops (evenly, keeping both ends).`);
    const stops = kept.map((at, j) => {
      const p = flat[at] ?? { lat: 0, lon: 0 };
      const named = byPoint.get(key(p));
      const given = stopsProp.length === flat.length && isRecord(stopsProp[at]) ? stopsProp[at] : undefined;
      const place: DraftPlace = named ?? { name: plainField(given?.['name'], IMPORT_LIMITS.name) || `${traveller.slice(0, 80)}, stop ${j + 1}`, ...p, kind: 'landmark' };
      const start = isRecord(given?.['when']) ? readLooseDate(given['when']['start']) : undefined;
      return { place, ...(start ? { when: looseDatesToWhen(start, readLooseDate(isRecord(given?.['when']) ? given['when']['end'] : undefined)) } : {}) };
    });
    return { traveller, ...(title !== '' && title !== traveller ? { title } : {}), stops };
  });
  if (skipped > 0) notes.push(`${plural(skipped, 'feature')} with missing or unreadable geometry, coordinates off the globe ([longitude, latitude] order?) or another geometry type ${skipped === 1 ? 'was' : 'were'} left out.`);
  if (events.length > 0 && !events.some((e) => e.when)) notes.push('No feature has a time property (time, date, start, end…): the events are shown as undated background.');
  const title = isRecord(data['properties']) ? plainField(firstString(data['properties'], NAME_KEYS), IMPORT_LIMITS.title) : plainField(data['name'], IMPORT_LIMITS.title);
  return { ok: true, draft: { title: title || 'Imported GeoJSON', intro: '', events, routes, notes } };
}
