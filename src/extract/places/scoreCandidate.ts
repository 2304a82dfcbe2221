import type { GazetteerEntry } from '../../gazetteer/types';
import { distanceKm } from './distanceKm';

/** What the rest of the article says about where it is: countries, admin regions and points. */
export interface ArticleEvidence {
  /** Country code -> how many other mentions lie in it. */
  countries: Map<string, number>;
  /** "CC.admin1" -> how many other mentions lie in it (a mention of the region itself counts twice). */
  admins: Map<string, number>;
  /** Resolved cities and regions of other mentions. */
  points: GazetteerEntry[];
  dateline?: GazetteerEntry;
  /** More than one country is mentioned: capitals stand for governments. */
  international: boolean;
  /** How many other names read as first-level regions: states named beside states. */
  regions?: number;
}

const KIND_BASE: Record<string, number> = { country: 4, continent: 6, water: 5, area: 5, region: 1.5, landmark: 3, city: 0 };
const DOMESTIC = 2;
const DISTRICT_ABROAD = 1.5;
const SEAT_BASE: Record<string, number> = { PPLC: 2, PPLA: 1.6, ADM2: -1.5 };

/**
 * Scores one candidate for a mention: its kind and seat, its population, and agreement with
 * the article (same country or admin region as other places, near the dateline, near other
 * places); `boost` carries rule-specific evidence such as "Paris, Texas".
 */
export function scoreCandidate(e: GazetteerEntry, evidence: ArticleEvidence, boost: number): number {
  let score = priorScore(e);
  if (e.featureCode === 'PPLC' && evidence.international) score += 1;
  const inCountry = evidence.countries.get(e.countryCode) ?? 0;
  if (inCountry > 0 && e.kind !== 'country') score += 2 + Math.min(inCountry, 4) * 0.25;
  if (inCountry > 0 && e.kind === 'country') score += 1;
  // The more of the article lies in a state or province, the more a namesake there is meant.
  const inAdmin = e.admin1 === '' ? 0 : (evidence.admins.get(`${e.countryCode}.${e.admin1}`) ?? 0);
  if (inAdmin > 0) score += 2 + 0.5 * Math.min(inAdmin, 8);
  // A district of a city (GeoNames PPLX: "Kew", "Flemington") is named bare by news from its own state or province.
  else if (e.featureCode === 'PPLX') score -= DISTRICT_ABROAD;
  // Every other place of the article lies in one country: a namesake abroad is less likely meant.
  if (inCountry === 0 && evidence.countries.size === 1 && e.kind !== 'country' && e.countryCode !== '') score -= DOMESTIC;
  if (e.featureCode === 'ADM1') score += 0.5 * Math.min(evidence.regions ?? 0, 4);
  const dl = evidence.dateline;
  if (dl && dl !== e) {
    if (dl.countryCode === e.countryCode) score += 1;
    if (e.kind !== 'country' && distanceKm(dl.lat, dl.lon, e.lat, e.lon) < 200) score += 1.5;
  }
  if (e.kind === 'city' || e.kind === 'region') {
    // Near another place of the article; a town inside a county the article names counts most.
    let near = 0;
    for (const p of evidence.points) {
      if (p === e) continue;
      if ((p.featureCode === 'ADM2' && inside(e, p.bbox)) || (e.featureCode === 'ADM2' && inside(p, e.bbox))) near = Math.max(near, 2.5);
      // 1.4 degrees of latitude is over 150 km: skip the trigonometry.
      if (Math.abs(p.lat - e.lat) > 1.4) continue;
      const km = distanceKm(p.lat, p.lon, e.lat, e.lon);
      if (km < 25) near = Math.max(near, 2.5);
      else if (km < 150) near = Math.max(near, 1.5);
    }
    score += near;
  }
  return score + boost;
}

function inside(e: GazetteerEntry, bbox: readonly number[] | undefined): boolean {
  if (!bbox) return false;
  const [s = 0, w = 0, n = 0, east = 0] = bbox;
  return e.lat >= s && e.lat <= n && e.lon >= w && e.lon <= east;
}

/** What a candidate scores on its own: kind, seat (capital, admin seat) and population. */
export function priorScore(e: Pick<GazetteerEntry, 'kind' | 'featureCode' | 'population'>): number {
  return (KIND_BASE[e.kind] ?? 0) + (SEAT_BASE[e.featureCode] ?? 0) + 0.6 * Math.log10(Math.max(e.population, 1));
}
