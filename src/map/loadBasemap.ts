import * as L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110Url from 'world-atlas/countries-110m.json?url';
import countries50Url from 'world-atlas/countries-50m.json?url';
import { unwrapAntimeridian } from './unwrapAntimeridian';

/** Basemap detail: Natural Earth at 1:50m (default) or the lighter 1:110m. */
export type BasemapDetail = '50m' | '110m';

function isCountriesTopology(data: unknown): data is Topology<{ countries: GeometryCollection }> {
  if (typeof data !== 'object' || data === null) return false;
  const t = data as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return t.type === 'Topology' && t.objects?.countries?.type === 'GeometryCollection';
}

/**
 * Loads Natural Earth country shapes (the `world-atlas` package, bundled with the app and served
 * from the page's own host) as a non-interactive GeoJSON layer in `pane`.
 */
export async function loadBasemap(detail: BasemapDetail, pane: string): Promise<L.GeoJSON> {
  const url = detail === '110m' ? countries110Url : countries50Url;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The basemap could not be loaded (HTTP ${response.status}).`);
  const data: unknown = await response.json();
  if (!isCountriesTopology(data)) throw new Error('The basemap file is not Natural Earth TopoJSON.');
  const countries = unwrapAntimeridian(feature(data, data.objects.countries));
  return L.geoJSON(countries, {
    pane,
    interactive: false,
    style: () => ({ className: 'dl-country', weight: 0.6 }),
    attribution: 'Countries: Natural Earth',
  });
}
