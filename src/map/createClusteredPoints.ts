import * as L from 'leaflet';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Place } from '../story/types';
import { clusterPoints } from './clusterPoints';
import type { CanvasPaint, PlaceMarker } from './createPlaceMarker';

/** Point places (cities, landmarks) grouped so overlapping pins become one cluster, re-grouped per zoom. */
export interface ClusteredPoints {
  readonly layer: L.LayerGroup;
  /** Re-clusters for the map's zoom, showing only the places in `visible` (all when `null`). */
  update(visible: ReadonlySet<string> | null): void;
}

/** Pins closer than this many pixels share a cluster. */
const CELL = 32;

function clusterLabel(n: number, lang: Lang): HTMLElement {
  const el = document.createElement('span');
  el.textContent = t(lang, 'map.cluster', { count: n });
  return el;
}

/**
 * Clusters `points` on `map` with grid clustering (see clusterPoints): a cluster is one canvas
 * circle sized by how many it holds; a click on it zooms to its places. A lone place shows its
 * own marker from `markers`.
 */
export function createClusteredPoints(map: L.Map, points: readonly Place[], markers: ReadonlyMap<string, PlaceMarker>, paint: CanvasPaint, lang: Lang = 'en'): ClusteredPoints {
  const layer = L.layerGroup();
  const byId = new Map(points.map((p) => [p.id, p]));
  let last: ReadonlySet<string> | null = null;
  const update = (visible: ReadonlySet<string> | null): void => {
    last = visible;
    const zoom = map.getZoom();
    const pixels = [];
    for (const p of points) {
      if (visible && !visible.has(p.id)) continue;
      const at = map.project([p.lat, p.lon], zoom);
      pixels.push({ id: p.id, x: at.x, y: at.y });
    }
    layer.clearLayers();
    for (const c of clusterPoints(pixels, CELL)) {
      const first = c.ids[0];
      if (c.ids.length === 1 && first !== undefined) {
        const m = markers.get(first);
        if (m) layer.addLayer(m.layer);
        continue;
      }
      const cluster = L.circleMarker(map.unproject([c.x, c.y], zoom), {
        renderer: paint.renderer,
        radius: Math.min(22, 7 + 2.2 * Math.log2(c.ids.length)),
        color: paint.surface,
        weight: 1.5,
        fillColor: paint.color,
        fillOpacity: 0.6,
        className: 'dl-cluster',
        bubblingMouseEvents: false,
      });
      // The label is made when the tooltip opens: a thousand clusters need no thousand elements up front.
      cluster.bindTooltip(() => clusterLabel(c.ids.length, lang), { direction: 'top', className: 'dl-label dl-label--cluster' });
      cluster.on('click', () => {
        const bounds = L.latLngBounds(c.ids.flatMap((id) => {
          const p = byId.get(id);
          return p ? [[p.lat, p.lon] as L.LatLngTuple] : [];
        }));
        map.flyToBounds(bounds.pad(0.2), { maxZoom: Math.min(map.getMaxZoom(), zoom + 3), duration: 0.6 });
      });
      layer.addLayer(cluster);
    }
  };
  map.on('zoomend', () => update(last));
  return { layer, update };
}
