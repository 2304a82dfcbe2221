import type { GazetteerEntry } from '../../gazetteer/types';
import { distanceKm } from './distanceKm';
import { liesWithin } from './liesWithin';
import type { RankReason } from './types';

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
  /** The readings of the names listed with this one ("Paris, Berlin and Rome"): a list is read together. */
  listPeers?: GazetteerEntry[];
  /** States and provinces named in the same sentence, before or after ("the Ontario leg ... begins in London"). */
  sentencePlaces?: GazetteerEntry[];
  /** Names of the countries ("CC") and regions ("CC.admin1") above, for the reasons a candidate gives. */
  names?: Map<string, string>;
  /**
   * The name has a famous reading (a national capital, a city of a million): what the article says
   * of its country and state in general lifts another reading only this far; only evidence about
   * this name (a list, a neighbour, "X, Y", the dateline) lifts it further.
   */
  generalCap?: number;
}

const KIND_BASE: Record<string, number> = { country: 4, continent: 6, water: 5, area: 5, region: 1.5, landmark: 3, city: 0 };
const DOMESTIC = 2;
const DISTRICT_ABROAD = 1.5;
const SEAT_BASE: Record<string, number> = { PPLC: 2, PPLA: 1.6, ADM2: -1.5 };
/** A place this big, or a national capital, is what a bare name means unless the text says otherwise. */
const FAMOUS = 1_000_000;
const LIST_MAX = 3;
const SENTENCE_REGION = 1.5;

/**
 * Scores one candidate for a mention: its kind and seat, its population, and agreement with
 * the article (same country or admin region as other places, near the dateline, near other
 * places, listed with peers, inside a region the sentence names); `boost` carries rule-specific
 * evidence such as "Paris, Texas". `why` hears each piece of evidence that raised the score.
 */
export function scoreCandidate(e: GazetteerEntry, evidence: ArticleEvidence, boost: number, why?: Why): number {
  // Reasons are gathered only when asked for (the last ranking pass): scoring runs for every reading of every name.
  let score = priorScore(e);
  if (e.featureCode === 'PPLC') note(why, SEAT_BASE.PPLC ?? 0, 'capital');
  if (e.featureCode === 'PPLC' && evidence.international) score += note(why, 1, 'capital');
  let general = 0;
  const inCountry = evidence.countries.get(e.countryCode) ?? 0;
  if (inCountry > 0 && e.kind !== 'country') general += note(why, 2 + Math.min(inCountry, 4) * 0.25, 'countryNamed', why && nameOf(evidence, e.countryCode));
  if (inCountry > 0 && e.kind === 'country') score += note(why, 1, 'namedWith', why && evidence.points.filter((p) => p.countryCode === e.countryCode).slice(0, 2).map((p) => p.name));
  // The more of the article lies in a state or province, the more a namesake there is meant.
  const adminKey = `${e.countryCode}.${e.admin1}`;
  const inAdmin = e.admin1 === '' ? 0 : (evidence.admins.get(adminKey) ?? 0);
  if (inAdmin > 0) general += note(why, 2 + 0.5 * Math.min(inAdmin, 8), 'regionNamed', why && nameOf(evidence, adminKey));
  // A district of a city (GeoNames PPLX: "Kew", "Flemington") is named bare by news from its own state or province.
  else if (e.featureCode === 'PPLX') score -= DISTRICT_ABROAD;
  // Every other place of the article lies in one country: a namesake abroad is less likely meant, unless it is famous.
  if (inCountry === 0 && evidence.countries.size === 1 && e.kind !== 'country' && e.countryCode !== '' && !famous(e)) score -= DOMESTIC;
  if (e.featureCode === 'ADM1') score += 0.5 * Math.min(evidence.regions ?? 0, 4);
  const dl = evidence.dateline;
  if (dl && dl !== e) {
    if (dl.countryCode === e.countryCode) score += note(why, 1, 'nearDateline', why && [dl.name]);
    if (e.kind !== 'country' && distanceKm(dl.lat, dl.lon, e.lat, e.lon) < 200) score += note(why, 1.5, 'nearDateline', why && [dl.name]);
  }
  if (e.kind === 'city' || e.kind === 'region') score += nearOtherPlaces(e, evidence.points, why);
  if (evidence.listPeers) score += listAgreement(e, evidence.listPeers, why);
  if (evidence.sentencePlaces) score += sentenceRegion(e, evidence.sentencePlaces, why);
  const cap = evidence.generalCap;
  return score + (cap === undefined || famous(e) ? general : Math.min(general, cap)) + boost;
}

/** Hears a reason for a candidate's score. */
type Why = (r: RankReason) => void;

function note(why: Why | undefined, weight: number, code: RankReason['code'], places?: string[]): number {
  if (why && weight > 0) why(places ? { code, weight, places } : { code, weight });
  return weight;
}

function nameOf(evidence: ArticleEvidence, key: string): string[] {
  const n = evidence.names?.get(key);
  return n === undefined ? [] : [n];
}

/** A national capital or a city of a million: what a bare name means unless the text says otherwise. */
export function famous(e: GazetteerEntry): boolean {
  return e.featureCode === 'PPLC' || e.population >= FAMOUS;
}

/** Near another place of the article; a town inside a county the article names counts most. */
function nearOtherPlaces(e: GazetteerEntry, points: readonly GazetteerEntry[], why: Why | undefined): number {
  let near = 0;
  let by: GazetteerEntry | undefined;
  for (const p of points) {
    if (p === e) continue;
    let here = 0;
    if ((p.featureCode === 'ADM2' && inside(e, p.bbox)) || (e.featureCode === 'ADM2' && inside(p, e.bbox))) here = 2.5;
    // 1.4 degrees of latitude is over 150 km: skip the trigonometry.
    else if (Math.abs(p.lat - e.lat) <= 1.4) {
      const km = distanceKm(p.lat, p.lon, e.lat, e.lon);
      if (km < 25) here = 2.5;
      else if (km < 150) here = 1.5;
    }
    if (here > near) [near, by] = [here, p];
  }
  return by ? note(why, near, 'namedWith', why && [by.name]) : 0;
}

/** How well a reading agrees with the readings of the names listed with it: same state, nearby, both capitals, both countries, same country. */
function listAgreement(e: GazetteerEntry, peers: readonly GazetteerEntry[], why: Why | undefined): number {
  let sum = 0;
  const agreeing: string[] | undefined = why && [];
  for (const p of peers) {
    if (p === e) continue;
    // Items of a list are peers: one inside another ("Washington and Oregon", "Niger and Nigeria") is not what the list says.
    if (liesWithin(e, p) || liesWithin(p, e)) continue;
    let w = 0;
    if (e.countryCode !== '' && e.countryCode === p.countryCode && e.admin1 !== '' && e.admin1 === p.admin1 && e.kind !== 'country') w = 2;
    else if (e.kind !== 'country' && p.kind !== 'country' && Math.abs(p.lat - e.lat) < 3 && distanceKm(p.lat, p.lon, e.lat, e.lon) < 300) w = 2;
    else if ((e.featureCode === 'PPLC' && p.featureCode === 'PPLC') || (e.featureCode === 'ADM1' && p.featureCode === 'ADM1' && e.countryCode === p.countryCode)) w = 1.5;
    else if (e.kind === 'country' && p.kind === 'country') w = 1;
    else if (e.countryCode !== '' && e.countryCode === p.countryCode) w = 1;
    if (w > 0) agreeing?.push(p.name);
    sum += w;
  }
  return note(why, Math.min(sum, LIST_MAX), 'list', agreeing);
}

/** Inside a state or province named in the same sentence: containment told in either order. */
function sentenceRegion(e: GazetteerEntry, places: readonly GazetteerEntry[], why: Why | undefined): number {
  for (const r of places) if (r.featureCode === 'ADM1' && liesWithin(e, r)) return note(why, SENTENCE_REGION, 'regionNamed', why && [r.name]);
  return 0;
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
