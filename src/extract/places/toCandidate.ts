import type { Gazetteer } from '../../gazetteer/types';
import type { Candidate } from '../../story/types';
import type { ScoredEntry } from './types';

const MAX_REASONS = 3;

/**
 * A ranked reading as the story keeps it: what tells it from its namesakes (its state or
 * province, its population) and why the ranking favoured it, strongest reason first.
 */
export function toCandidate({ entry, score, reasons }: ScoredEntry, gazetteer: Gazetteer): Candidate {
  const c: Candidate = { gazetteerId: entry.id, name: entry.name, kind: entry.kind, lat: entry.lat, lon: entry.lon, score: Math.round(score * 100) / 100 };
  if (entry.countryCode !== '') c.countryCode = entry.countryCode;
  const region = entry.kind === 'country' || entry.featureCode === 'ADM1' || entry.admin1 === '' ? undefined : gazetteer.admin1(entry.countryCode, entry.admin1);
  if (region && region.name !== entry.name) c.region = region.name;
  if (entry.population > 0) c.population = entry.population;
  const shown = (reasons ?? []).filter((r) => r.places === undefined || r.places.length > 0).slice(0, MAX_REASONS);
  if (shown.length > 0) c.reasons = shown.map(({ code, places }) => (places ? { code, places: [...new Set(places)].slice(0, 3) } : { code }));
  return c;
}
