/** Where a set of places lies: a representative point, a bbox and their total population. */
export interface PointSummary {
  lat: number;
  lon: number;
  population: number;
  /** [south, west, north, east] of the middle 96% of the places. */
  bbox: number[];
}

/**
 * Summarises the populated places of a region or country: the bbox of the middle 96% (so an
 * outlying island does not stretch it) and the bbox's centre as the representative point.
 */
export function summarisePoints(points: { lat: number; lon: number; population: number }[]): PointSummary {
  const lats = points.map((p) => p.lat).sort((a, b) => a - b);
  const lons = points.map((p) => p.lon).sort((a, b) => a - b);
  const pick = (xs: number[], q: number): number => xs[Math.min(xs.length - 1, Math.max(0, Math.floor(q * (xs.length - 1))))] ?? 0;
  const trim = points.length >= 50 ? 0.02 : 0;
  const south = pick(lats, trim);
  const north = pick(lats, 1 - trim);
  const west = pick(lons, trim);
  const east = pick(lons, 1 - trim);
  const population = points.reduce((sum, p) => sum + p.population, 0);
  return { lat: (south + north) / 2, lon: (west + east) / 2, population, bbox: [south, west, north, east] };
}
