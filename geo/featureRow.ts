import type { PlaceKind } from '../src/gazetteer/types';
import type { CuratedPlace } from './curated';

/** One hand-listed feature: name, kind, GeoNames feature code, lat, lon, country ('' for none), other names. */
export type FeatureRow = [string, PlaceKind, string, number, number, string, string[]];

/** The id's slug of a feature's name: "Île de Ré" -> "ile-de-re", "Amundsen–Scott Station" -> "amundsen-scott-station". */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The rows as curated places, each `dl:` and the slug of its name. */
export function featurePlaces(rows: readonly FeatureRow[]): CuratedPlace[] {
  return rows.map(([name, kind, featureCode, lat, lon, countryCode, names]) => {
    const p: CuratedPlace = { id: `dl:${slugOf(name)}`, name, kind, lat, lon, featureCode, names };
    if (countryCode !== '') p.countryCode = countryCode;
    return p;
  });
}
