import { distanceKm } from '../src/extract/places/distanceKm';
import type { Draft } from './draft';

const REACH_KM = 60;

/**
 * Gives landmarks (airports, bases, summits, sites) the first-level region of the nearest city
 * of the same country within 60 km, so a mention of "Vancouver International Airport" speaks
 * for British Columbia as the city's name would. Seats of government (ADMF) keep none: "the
 * White House said" is a government, and a region would make it look like a place of the
 * article. Areas (islands, ranges) span regions and get none.
 */
export function assignAdmin1(drafts: Draft[]): void {
  const cell = (lat: number, lon: number): string => `${Math.floor(lat)}:${Math.floor(lon)}`;
  const grid = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind !== 'city' || d.admin1 === '') continue;
    const k = cell(d.lat, d.lon);
    const list = grid.get(k);
    if (list) list.push(d);
    else grid.set(k, [d]);
  }
  for (const d of drafts) {
    if (d.kind !== 'landmark' || d.featureCode === 'ADMF' || d.countryCode === '' || d.admin1 !== '') continue;
    let best: Draft | undefined;
    let bestKm = REACH_KM;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const c of grid.get(cell(d.lat + dy, d.lon + dx)) ?? []) {
          if (c.countryCode !== d.countryCode) continue;
          const km = distanceKm(c.lat, c.lon, d.lat, d.lon);
          if (km < bestKm || (km === bestKm && best !== undefined && c.id < best.id)) [best, bestKm] = [c, km];
        }
      }
    }
    if (best) d.admin1 = best.admin1;
  }
}
