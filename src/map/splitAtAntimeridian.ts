import type { LatLon } from './greatCircle';

/** How far `lon` must move (a multiple of 360) to lie in [-180, 180]. */
function offset(lon: number): number {
  return -360 * Math.round(lon / 360);
}

/**
 * Cuts a line whose longitudes run on continuously (a great circle from Hobart eastward to
 * Buenos Aires reaches 302°) into pieces that each lie in [-180°, 180°], split where the line
 * crosses the antimeridian, so that on a map of one world it leaves one edge and comes back
 * in at the other instead of running off into empty space. The latitude at the cut is
 * interpolated along the segment that crosses.
 */
export function splitAtAntimeridian(points: readonly LatLon[]): LatLon[][] {
  const parts: LatLon[][] = [];
  let part: LatLon[] = [];
  let prev: LatLon | null = null;
  let prevShift = 0;
  for (const p of points) {
    const shift = offset(p[1]);
    if (prev && shift !== prevShift) {
      const east = p[1] > prev[1];
      const edge = (east ? 180 : -180) - prevShift;
      const t = (edge - prev[1]) / (p[1] - prev[1]);
      const lat = prev[0] + t * (p[0] - prev[0]);
      part.push([lat, east ? 180 : -180]);
      parts.push(part);
      part = [[lat, east ? -180 : 180]];
    }
    part.push([p[0], p[1] + shift]);
    prev = p;
    prevShift = shift;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
