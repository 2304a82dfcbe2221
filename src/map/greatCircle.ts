/** A point as `[lat, lon]` in degrees. */
export type LatLon = readonly [number, number];

const RAD = Math.PI / 180;

/**
 * Points along the great circle from `a` to `b` (both included), `segments + 1` of them.
 * Longitudes are unwrapped so they never jump by 360°: a leg across the antimeridian stays
 * one continuous line on a Web-Mercator map.
 */
export function greatCircle(a: LatLon, b: LatLon, segments = 32): LatLon[] {
  const [lat1, lon1] = [a[0] * RAD, a[1] * RAD];
  const [lat2, lon2] = [b[0] * RAD, b[1] * RAD];
  const d = 2 * Math.asin(Math.sqrt(Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2));
  if (d < 1e-9) return [a, b];
  const out: LatLon[] = [];
  let previousLon = a[1];
  for (let i = 0; i <= segments; i++) {
    const f = i / segments;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
    const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
    const z = A * Math.sin(lat1) + B * Math.sin(lat2);
    const lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD;
    let lon = Math.atan2(y, x) / RAD;
    while (lon - previousLon > 180) lon -= 360;
    while (lon - previousLon < -180) lon += 360;
    previousLon = lon;
    out.push([lat, lon]);
  }
  return out;
}

/** The screen direction (degrees clockwise from east, as CSS `rotate` takes it) from `a` to `b` on a Web-Mercator map. */
export function mercatorAngle(a: LatLon, b: LatLon): number {
  const y = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
  const dx = (b[1] - a[1]) * RAD;
  const dy = y(b[0]) - y(a[0]);
  return Math.atan2(-dy, dx) / RAD;
}
