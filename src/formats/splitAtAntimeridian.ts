/** A GeoJSON position: [longitude, latitude]. */
export type Position = [number, number];

/**
 * Cuts a line of [lon, lat] positions where a leg is shorter going across the antimeridian (a
 * jump of more than 180° in longitude), as RFC 7946 §3.1.9 asks: each piece ends on ±180 at the
 * latitude where the straight leg crosses it. Returns one or more lines.
 */
export function splitAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev && Math.abs(p[0] - prev[0]) > 180) {
      const east = prev[0] > 0;
      const edge = east ? 180 : -180;
      const shifted = p[0] + (east ? 360 : -360);
      const t = (edge - prev[0]) / (shifted - prev[0]);
      const lat = prev[1] + t * (p[1] - prev[1]);
      current.push([edge, lat]);
      parts.push(current);
      current = [[-edge, lat]];
    }
    current.push(p);
  });
  parts.push(current);
  return parts;
}
