import type { PlaceFind } from '../extract/places/types';
import type { Gazetteer } from '../gazetteer/types';
import type { PlacePrediction } from './evalTypes';

/** What the scorer needs of a found place: span, point, id, kind, country and, for a country, every name it goes by. */
export function toPlacePrediction(f: PlaceFind, g: Gazetteer): PlacePrediction {
  const e = f.entry;
  const countryNames = e.kind === 'country' ? [e.name, ...e.otherNames.map((o) => o.name), ...(g.country(e.countryCode)?.otherNames.map((o) => o.name) ?? [])] : [];
  return { start: f.start, end: f.end, lat: e.lat, lon: e.lon, gazetteerId: e.id, kind: e.kind, countryCode: e.countryCode, countryNames };
}
