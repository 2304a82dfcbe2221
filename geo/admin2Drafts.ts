import { normalizeName } from '../src/gazetteer/normalizeName';
import type { BuildOptions } from './buildGazetteerTable';
import { DIRECTIONS, LATIN, REGION_SUFFIX, draft } from './draft';
import type { Draft } from './draft';
import { readAdmin2Names } from './readCities500';
import type { GeoNamesPlace } from './readCities500';
import { summarisePoints } from './summarisePoints';

/**
 * Second-level admin areas outside the US (English counties, German districts, Italian
 * provinces), placed at the centre of their GeoNames places; skipped where a kept city of the
 * same name lies in the same first-level region (the city already stands for it), by the name
 * it shows or by the one it had before geo/englishNames.ts gave it its English name
 * (`formerNames`, by draft id: the city "Howrah", formerly "Hāora", stands for the district "Hāora").
 */
export function admin2Drafts(geonames: GeoNamesPlace[], drafts: Draft[], words: Set<string>, options: BuildOptions, formerNames: ReadonlyMap<string, string> = new Map()): Draft[] {
  const names = readAdmin2Names();
  const groups = new Map<string, GeoNamesPlace[]>();
  for (const g of geonames) {
    if (g.admin2 === '' || g.country === 'US') continue;
    const key = `${g.country}.${g.admin1}.${g.admin2}`;
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  const cityNames = new Set(drafts.filter((d) => d.kind === 'city').flatMap((d) => [d.name, formerNames.get(d.id) ?? d.name].map((n) => `${d.countryCode}.${d.admin1}.${normalizeName(n)}`)));
  const out: Draft[] = [];
  for (const [code, places] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const name = names.get(code);
    const s = summarisePoints(places);
    if (name === undefined || s.population < options.admin2Population || !LATIN.test(name)) continue;
    const [country = '', admin1 = ''] = code.split('.');
    const stripped = name.replace(REGION_SUFFIX, '');
    const aliases = stripped !== name && !DIRECTIONS.test(stripped) && !words.has(normalizeName(stripped)) ? [stripped] : [];
    if ([name, ...aliases].some((n) => cityNames.has(`${country}.${admin1}.${normalizeName(n)}`))) continue;
    out.push(draft(`adm2:${code}`, name, 'region', s.lat, s.lon, country, admin1, s.population, 'ADM2', aliases, [], s.bbox));
  }
  return out;
}
