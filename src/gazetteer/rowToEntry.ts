import type { GazetteerEntry, OtherName, PlaceKind, TableRow } from './types';

/** Turns one compact table row into the entry lookups return (its lookup-only names stay out: they are for the name index alone). */
export function rowToEntry(row: TableRow, kinds: readonly PlaceKind[]): GazetteerEntry {
  const [id, name, kindIndex, lat, lon, countryCode, admin1, population, featureCode, other, adjectives, bbox] = row;
  const otherNames = other.map(([n, from, to]): OtherName => {
    const o: OtherName = { name: n };
    if (from !== 0) o.from = from;
    if (to !== 0) o.to = to;
    return o;
  });
  const entry: GazetteerEntry = { id, name, kind: kinds[kindIndex] ?? 'city', lat, lon, countryCode, admin1, population, featureCode, otherNames, adjectives };
  const [s, w, n, e] = bbox;
  if (s !== undefined && w !== undefined && n !== undefined && e !== undefined) entry.bbox = [s, w, n, e];
  return entry;
}
