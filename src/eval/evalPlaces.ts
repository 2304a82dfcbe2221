import { distanceKm } from '../extract/places/distanceKm';
import { normalizeName } from '../gazetteer/normalizeName';
import type { CountryContains, GoldToponym, PlaceEvalLine, PlaceMetrics, PlacePrediction } from './evalTypes';
import { scorePrf } from './scorePrf';

const NEAR_KM = 161;

/**
 * Scores predicted place mentions against gold toponyms: recognition P/R/F1 on exact and on
 * overlapping spans; on recognised gold, accuracy within 161 km (a gold country is judged by
 * identity, its centroid being coarse), the same where a predicted country holding the gold point
 * counts as right (`insideCountry`; without it the two agree), median error and accuracy by
 * GeoNames id. Pure.
 */
export function evalPlaces(lines: readonly PlaceEvalLine[], predictions: readonly (readonly PlacePrediction[])[], insideCountry?: CountryContains): PlaceMetrics {
  let gold = 0;
  let predicted = 0;
  let exactTp = 0;
  let overlapGold = 0;
  let overlapPred = 0;
  let near = 0;
  let nearTolerant = 0;
  let withId = 0;
  let idRight = 0;
  const errors: number[] = [];
  lines.forEach((line, i) => {
    const preds = predictions[i] ?? [];
    gold += line.toponyms.length;
    predicted += preds.length;
    const exact = new Set(preds.map((p) => `${p.start}:${p.end}`));
    for (const g of line.toponyms) if (exact.has(`${g.start}:${g.end}`)) exactTp++;
    for (const p of preds) if (line.toponyms.some((g) => overlaps(g, p))) overlapPred++;
    for (const g of line.toponyms) {
      const p = preds.find((x) => overlaps(g, x));
      if (!p) continue;
      overlapGold++;
      const km = judgeKm(g, p);
      errors.push(km);
      if (km <= NEAR_KM) near++;
      if (km <= NEAR_KM || holds(g, p, insideCountry)) nearTolerant++;
      if (g.geonameid !== undefined && g.geonameid !== '') {
        withId++;
        if (p.gazetteerId === `gn:${g.geonameid}`) idRight++;
      }
    }
  });
  return {
    articles: lines.length,
    gold,
    predicted,
    exact: scorePrf(exactTp, predicted, exactTp, gold),
    overlap: scorePrf(overlapPred, predicted, overlapGold, gold),
    within161: ratio(near, overlapGold),
    within161CountryTolerant: ratio(nearTolerant, overlapGold),
    resolved: overlapGold,
    medianErrorKm: median(errors),
    idAccuracy: ratio(idRight, withId),
    withId,
  };
}

/** The error of a prediction for a gold toponym in km; 0 for the right country (gold `country` may be its name or its ISO code). */
export function judgeKm(g: GoldToponym, p: PlacePrediction): number {
  if (g.fcode?.startsWith('PCL') && g.country !== undefined && p.kind === 'country') {
    if (p.countryCode !== undefined && p.countryCode !== '' && g.country === p.countryCode) return 0;
    const want = normalizeName(g.country);
    if (p.countryNames.some((n) => normalizeName(n) === want)) return 0;
  }
  return distanceKm(g.lat, g.lon, p.lat, p.lon);
}

/** A predicted country holds the gold point: a country's conventional point is no error (the country-tolerant measure). */
function holds(g: GoldToponym, p: PlacePrediction, insideCountry: CountryContains | undefined): boolean {
  return insideCountry !== undefined && p.kind === 'country' && p.countryCode !== undefined && p.countryCode !== '' && insideCountry(p.countryCode, g.lat, g.lon);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
