import { normalizeName } from '../src/gazetteer/normalizeName';
import { curatedOldNames } from './curatedOldNames';
import type { Draft } from './draft';
import { namesTaken } from './namesTaken';
import type { GeoNamesPlace } from './readCities500';

/**
 * Adds geo/curatedOldNames.ts's names to their cities as held names, each checked against the
 * city's GeoNames alternate names. An old name that a town of 10,000 or more, a region or a
 * country bears today ("Canton", Ohio) is kept only with the year it was given up, so the
 * ranking can tell the two senses by the article's years; without that year it is left out
 * (namesTaken): the old sense must not take the name from a living town by size alone.
 * Returns the old names it left out that way.
 */
export function addOldNames(drafts: Draft[], geonames: readonly GeoNamesPlace[]): string[] {
  const alternates = new Map(geonames.map((g) => [`gn:${g.id}`, new Set([g.name, ...g.alternateNames].map(normalizeName))]));
  const geonamesNames = new Map(geonames.map((g) => [`gn:${g.id}`, [g.name, g.asciiName]]));
  const taken = namesTaken(drafts);
  const skipped: string[] = [];
  for (const [current, country, old, from, to] of curatedOldNames) {
    const key = normalizeName(current);
    const city = drafts
      .filter((d) => d.kind === 'city' && d.countryCode === country && [d.name, ...d.aliases, ...(geonamesNames.get(d.id) ?? [])].some((n) => normalizeName(n) === key))
      .sort((a, b) => b.population - a.population)[0];
    if (!city) throw new Error(`geo/curatedOldNames.ts names ${current} (${country}), which no source has`);
    if (!alternates.get(city.id)?.has(normalizeName(old))) throw new Error(`GeoNames does not list ${old} among the names of ${current} (${city.id})`);
    // A living town's name is kept as an old name only with the year it was given up: the ranking then reads the
    // old sense in texts of its years and the living town in later ones (src/extract/places/weighHeldNames.ts).
    if (taken.has(normalizeName(old)) && to === 0) {
      skipped.push(old);
      continue;
    }
    const held: { name: string; from?: number; to?: number } = { name: old };
    if (from !== 0) held.from = from;
    if (to !== 0) held.to = to;
    city.held.push(held);
  }
  return skipped;
}
