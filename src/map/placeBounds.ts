import * as L from 'leaflet';
import type { Place } from '../story/types';

const MAX_LAT = 85;

// Without a bbox, an area is framed by a margin around its centroid that roughly fits a mid-sized country.
const AREA_PAD: Partial<Record<Place['kind'], number>> = { country: 9, region: 6, area: 6, continent: 20, water: 8 };

/**
 * A place's bbox as bounds. The story format does not say the order of the four numbers: the
 * pipeline writes [south, west, north, east], GeoJSON uses [west, south, east, north]; the
 * reading that contains the place itself wins, and a bbox that fits neither is ignored.
 */
function bboxBounds(p: Place): L.LatLngBounds | null {
  if (!p.bbox) return null;
  const [a, b, c, d] = p.bbox;
  for (const bounds of [L.latLngBounds([a, b], [c, d]), L.latLngBounds([b, a], [d, c])]) {
    if (bounds.getSouth() >= -90 && bounds.getNorth() <= 90 && bounds.contains([p.lat, p.lon])) return bounds;
  }
  return null;
}

/** Bounds that frame `places`: their bboxes, or a margin around each centroid that suits its kind. */
export function placeBounds(places: readonly Place[]): L.LatLngBounds | null {
  if (places.length === 0) return null;
  const bounds = L.latLngBounds([]);
  for (const p of places) {
    const box = bboxBounds(p);
    if (box) bounds.extend(box);
    const pad = box ? 0.5 : (AREA_PAD[p.kind] ?? 2);
    bounds.extend([p.lat - pad, p.lon - pad]).extend([p.lat + pad, p.lon + pad]);
  }
  // Web Mercator ends at ±85°: a margin past it (Antarctica's centroid, padded) would make the
  // frame endlessly tall, and fitting it would zoom out and push the rest of the story off the top.
  const clamp = (lat: number): number => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return L.latLngBounds([clamp(bounds.getSouth()), bounds.getWest()], [clamp(bounds.getNorth()), bounds.getEast()]);
}
