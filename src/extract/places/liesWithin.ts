import type { GazetteerEntry } from '../../gazetteer/types';

/** `inner` lies in the state, province or country `outer` (by codes: country and first-level region). */
export function liesWithin(inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (inner === outer || inner.countryCode === '' || inner.countryCode !== outer.countryCode) return false;
  if (outer.kind === 'country') return inner.kind !== 'country';
  return outer.featureCode === 'ADM1' && inner.featureCode !== 'ADM1' && inner.admin1 === outer.admin1;
}
