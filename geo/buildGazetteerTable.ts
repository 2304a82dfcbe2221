import type { GazetteerTable, OtherName, PlaceKind, TableOtherName, TableRow } from '../src/gazetteer/types';
import { normalizeName } from '../src/gazetteer/normalizeName';
import { REGION_ABBREVIATIONS } from '../src/extract/places/regionAbbreviations';
import { curatedAdditions, curatedPlaces, curatedRegionPoints, curatedWeakNames } from './curated';
import { readCities, readCommonWords, readCountries, readRegions } from './readSources';
import type { SourceCity } from './readSources';
import { readUsAtlas } from './readUsAtlas';
import type { UsArea } from './readUsAtlas';
import { summarisePoints } from './summarisePoints';
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
}

/** The choice measured on the dev sets: see geo/LICENSES.md and the README's numbers. */
export const DEFAULT_BUILD_OPTIONS: BuildOptions = { minPopulation: 5000, localPopulation: 1000, localCountries: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'], seatCodes: ['PPLC', 'PPLA', 'PPLA2'] };

const KINDS: PlaceKind[] = ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'];
const REGION_SUFFIX = / (Province|Region|Oblast|Governorate|Prefecture|Autonomous Region|State|Territory|Department|District|Voivodeship|County)$/;
const DIRECTIONS = /^(?:(?:far|north|south|east|west|central|centre|center|upper|lower|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s*)+$/i;
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u;

interface Draft {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  countryCode: string;
  admin1: string;
  population: number;
  featureCode: string;
  aliases: string[];
  held: OtherName[];
  adjectives: string[];
  bbox: number[];
}

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
  for (const c of readUsAtlas('counties')) {
    if (c.state === 'VA' && Number(c.fips.slice(2)) >= 500) continue;
    const suffix = c.state === 'LA' ? 'Parish' : c.state === 'AK' ? 'Borough' : 'County';
    drafts.push(draft(`us:${c.fips}`, `${c.name} ${suffix}`, 'region', c.lat, c.lon, 'US', c.state, 0, 'ADM2', [c.name], [], c.bbox));
  }
  for (const c of cities) {
    const local = options.localCountries.includes(c.country) && c.population >= options.localPopulation;
    if (c.population < options.minPopulation && !local && !options.seatCodes.includes(c.featureCode)) continue;
    const aliases = c.altName !== '' && c.altName !== c.name ? [c.altName] : [];
    drafts.push(draft(`gn:${c.id}`, c.name, 'city', c.lat, c.lon, c.country, c.admin1, c.population, c.featureCode, aliases, [], []));
  }
  for (const p of curatedPlaces) {
    const d = draft(p.id, p.name, p.kind, p.lat, p.lon, p.countryCode ?? '', '', p.population ?? 0, '', p.names ?? [], p.adjectives ?? [], p.bbox ?? []);
    d.held = p.otherNames ?? [];
    drafts.push(d);
  }
  applyAdditions(drafts);
  addDottedAbbreviations(drafts);
  for (const d of drafts) d.adjectives.push(...d.adjectives.flatMap(pluralOf));

  drafts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = drafts.map(toRow);
  return {
    format: 'dateline-gazetteer/1',
    kinds: KINDS,
    commonWords: findCommonWords(drafts, words),
    weakNames: [...new Set(curatedWeakNames.map(normalizeName))].sort(),
    rows,
  };
}

function draft(id: string, name: string, kind: PlaceKind, lat: number, lon: number, countryCode: string, admin1: string, population: number, featureCode: string, aliases: string[], adjectives: string[], bbox: number[]): Draft {
  return { id, name, kind, lat, lon, countryCode, admin1, population, featureCode, aliases, held: [], adjectives, bbox };
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

function applyAdditions(drafts: Draft[]): void {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const [id, add] of Object.entries(curatedAdditions)) {
    const d = byId.get(id);
    if (!d) throw new Error(`geo/curated.ts names ${id}, which no source has`);
    if (add.name !== undefined && add.name !== d.name) {
      d.aliases.push(d.name);
      d.name = add.name;
    }
    d.aliases.push(...(add.names ?? []));
    d.adjectives.push(...(add.adjectives ?? []));
    d.held.push(...(add.otherNames ?? []));
  }
}

/** "W.Va.", "S.C.", "B.C.": dotted abbreviations are unambiguous enough to stand alone. */
function addDottedAbbreviations(drafts: Draft[]): void {
  const regions = new Map(drafts.filter((d) => d.featureCode === 'ADM1').map((d) => [`${d.countryCode}.${d.admin1}`, d]));
  for (const [abbrev, code] of REGION_ABBREVIATIONS) {
    if (!abbrev.includes('.')) continue;
    const dotted = `${abbrev.split('.').map((p) => (p[0] ?? '').toUpperCase() + p.slice(1)).join('.')}.`;
    regions.get(code)?.aliases.push(dotted);
  }
}

/** The plural a demonym takes for the people ("Palestinian" -> "Palestinians", "Kazakh" -> "Kazakhs"). */
function pluralOf(adjective: string): string[] {
  return /(an|i|k|ch|z)$/.test(adjective) && !/ /.test(adjective) ? [`${adjective}s`] : [];
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
  return [d.id, d.name, KINDS.indexOf(d.kind), round(d.lat), round(d.lon), d.countryCode, d.admin1, d.population, d.featureCode, other, adjectives, d.bbox.map((n) => Math.round(n * 100) / 100)];
}

function findCommonWords(drafts: Draft[], words: Set<string>): string[] {
  const out = new Set<string>();
  for (const d of drafts) {
    for (const n of [d.name, ...d.aliases]) {
      const key = normalizeName(n);
      if (words.has(key)) out.add(key);
    }
  }
  return [...out].sort();
}
