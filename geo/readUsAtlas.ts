import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Geometry, Position } from 'geojson';

const require = createRequire(import.meta.url);

/** A US county or state from the Census Bureau's shapes (us-atlas), reduced to a point and a bbox. */
export interface UsArea {
  /** FIPS code: two digits for a state, five for a county. */
  fips: string;
  name: string;
  /** Postal code of the state it is in ("KY"). */
  state: string;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
}

/** FIPS state codes to postal codes (GeoNames uses the postal code as admin1 for the US). */
export const FIPS_STATES: Readonly<Record<string, string>> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL',
  '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME',
  '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH',
  '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI',
  '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI',
  '56': 'WY', '72': 'PR',
};

/** Reads us-atlas's counties (and states, with `states: true`) as points: the area-weighted centre of the largest ring. */
export function readUsAtlas(level: 'counties' | 'states'): UsArea[] {
  const topology = require(`us-atlas/${level}-10m.json`) as Topology;
  const object = topology.objects[level];
  if (!object) throw new Error(`us-atlas has no ${level}`);
  const collection = feature(topology, object);
  const features = 'features' in collection ? collection.features : [collection];
  const out: UsArea[] = [];
  for (const f of features) {
    const fips = String(f.id ?? '');
    const state = FIPS_STATES[fips.slice(0, 2)];
    const name = typeof f.properties?.name === 'string' ? f.properties.name : '';
    const ring = largestRing(f.geometry);
    if (!state || name === '' || !ring) continue;
    const [lon, lat] = centroid(ring);
    out.push({ fips, name, state, lat, lon, bbox: bboxOf(f.geometry) });
  }
  return out.sort((a, b) => (a.fips < b.fips ? -1 : 1));
}

function rings(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates.slice(0, 1);
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p[0] ?? []);
  return [];
}

function largestRing(g: Geometry | null): Position[] | undefined {
  let best: Position[] | undefined;
  let bestArea = -1;
  for (const r of rings(g)) {
    const a = Math.abs(signedArea(r));
    if (a > bestArea) [best, bestArea] = [r, a];
  }
  return best;
}

function signedArea(r: Position[]): number {
  let s = 0;
  for (let i = 0; i < r.length - 1; i++) s += (r[i]?.[0] ?? 0) * (r[i + 1]?.[1] ?? 0) - (r[i + 1]?.[0] ?? 0) * (r[i]?.[1] ?? 0);
  return s / 2;
}

function centroid(r: Position[]): [number, number] {
  const a = signedArea(r);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < r.length - 1; i++) {
    const [x0 = 0, y0 = 0] = r[i] ?? [];
    const [x1 = 0, y1 = 0] = r[i + 1] ?? [];
    const k = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * k;
    cy += (y0 + y1) * k;
  }
  return a === 0 ? [r[0]?.[0] ?? 0, r[0]?.[1] ?? 0] : [cx / (6 * a), cy / (6 * a)];
}

function bboxOf(g: Geometry | null): [number, number, number, number] {
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const r of rings(g)) {
    for (const [x = 0, y = 0] of r) {
      s = Math.min(s, y);
      n = Math.max(n, y);
      w = Math.min(w, x);
      e = Math.max(e, x);
    }
  }
  return [s, w, n, e];
}
