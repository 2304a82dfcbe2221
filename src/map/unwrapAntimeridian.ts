import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Makes a ring continuous on a flat map: where an edge jumps across the antimeridian (179° to
 * -179°), later points shift by 360° so the edge stays short (Russia, Fiji). A ring that goes
 * round a pole (Antarctica) is closed along the pole's latitude instead of across the map.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let prev: number | undefined;
  for (const p of ring) {
    const lon = p[0] ?? 0;
    if (prev !== undefined) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    const x = lon + shift;
    out.push([x, p[1] ?? 0]);
    prev = x;
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > 180) {
    const poleLat = (first[1] ?? 0) < 0 ? -90 : 90;
    out.push([last[0] ?? 0, poleLat], [first[0] ?? 0, poleLat], [first[0] ?? 0, first[1] ?? 0]);
  }
  return out;
}

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrapRing)) };
  return g;
}

/** The same features with every polygon ring unwrapped across the antimeridian. */
export function unwrapAntimeridian<T extends FeatureCollection>(fc: T): T {
  return { ...fc, features: fc.features.map((f: Feature) => (f.geometry ? { ...f, geometry: unwrapGeometry(f.geometry) } : f)) };
}
