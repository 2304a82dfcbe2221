import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3';
import type { GeoPermissibleObjects } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryContains } from './evalTypes';

interface CountryCodes {
  cca2: string;
  ccn3: string;
  name: { common: string };
}

function isCountriesTopology(data: unknown): data is Topology<{ countries: GeometryCollection<{ name: string }> }> {
  if (typeof data !== 'object' || data === null) return false;
  const t = data as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return t.type === 'Topology' && t.objects?.countries?.type === 'GeometryCollection';
}

function isCountryCodes(value: unknown): value is CountryCodes[] {
  return Array.isArray(value) && value.every((c: unknown) => typeof c === 'object' && c !== null && typeof (c as { cca2?: unknown }).cca2 === 'string');
}

/**
 * Loads the country shapes the app bundles (Natural Earth 1:50m from `world-atlas`) and gives a
 * test: does the country with this ISO alpha-2 code hold this point? Codes with no shape say no.
 */
export function loadCountryContains(): CountryContains {
  const require = createRequire(import.meta.url);
  const topology: unknown = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const codes: unknown = require('world-countries');
  if (!isCountriesTopology(topology)) throw new Error('world-atlas/countries-50m.json is not Natural Earth TopoJSON');
  if (!isCountryCodes(codes)) throw new Error('world-countries did not give its country list');
  const shapes = feature(topology, topology.objects.countries).features;
  // Natural Earth ids are ISO numeric codes, some shared (Australia and its Ashmore and Cartier Islands);
  // a few shapes (Kosovo) have none and are matched by name.
  const byAlpha2 = new Map<string, GeoPermissibleObjects[]>();
  for (const c of codes) {
    const mine = shapes.filter((s) => (s.id === undefined ? s.properties.name === c.name.common : String(s.id) === c.ccn3));
    if (mine.length > 0) byAlpha2.set(c.cca2, mine);
  }
  return (countryCode, lat, lon) => (byAlpha2.get(countryCode) ?? []).some((shape) => geoContains(shape, [lon, lat]));
}
