import { normalizeName } from '../src/gazetteer/normalizeName';
import { LATIN } from './draft';
import type { GeoNamesPlace } from './readCities500';

/** Alternate names that are the first words of the name ("Enfield" of "Enfield Town", "Clacton" of "Clacton-on-Sea"). */
export function shortForms(name: string, g: GeoNamesPlace | undefined, words: Set<string>): string[] {
  if (!g) return [];
  const full = normalizeName(name);
  return g.alternateNames.filter((a) => {
    const key = normalizeName(a);
    return a.length >= 4 && LATIN.test(a) && key !== full && full.startsWith(`${key} `) && !words.has(key);
  });
}
