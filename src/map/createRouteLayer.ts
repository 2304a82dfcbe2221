import * as L from 'leaflet';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Place, Route } from '../story/types';
import { greatCircle, mercatorAngle, type LatLon } from './greatCircle';
import { routeLegs, stopGroups } from './routeLegs';
import { splitAtAntimeridian } from './splitAtAntimeridian';

/** A route on the map: arcs, arrows and stop numbers, and a way to show how far it has got. */
export interface RouteLayer {
  readonly layer: L.LayerGroup;
  /** Legs up to stop sequence `reached` are done, later ones still to come; `null` shows all alike. */
  setProgress(reached: number | null): void;
}

function toTuple(p: LatLon): L.LatLngTuple {
  return [p[0], p[1]];
}

function arrowIcon(angle: number): L.DivIcon {
  const el = document.createElement('span');
  el.className = 'dl-arrow__head';
  el.style.transform = `rotate(${angle.toFixed(1)}deg)`;
  return L.divIcon({ className: 'dl-arrow', html: el, iconSize: [12, 12], iconAnchor: [6, 6] });
}

function badgeIcon(text: string, title: string): L.DivIcon {
  const el = document.createElement('span');
  el.className = 'dl-stop__badge';
  el.textContent = text;
  el.title = title;
  return L.divIcon({ className: 'dl-stop', html: el, iconSize: [20, 20], iconAnchor: [24, 24] });
}

/**
 * Draws a route as great-circle arcs, leg by leg, each with an arrow at its middle and each
 * stop with its number. Legs to or from stops whose order the text does not give are dashed.
 */
export function createRouteLayer(route: Route, places: ReadonlyMap<string, Place>, lang: Lang = 'en'): RouteLayer {
  const group = L.layerGroup();
  const where = (id: string): LatLon | null => {
    const p = places.get(id);
    return p ? [p.lat, p.lon] : null;
  };
  const parts: Array<{ sequence: number; layers: Array<L.Path | L.Marker> }> = [];
  for (const leg of routeLegs(route)) {
    const a = where(leg.fromPlaceId);
    const b = where(leg.toPlaceId);
    if (!a || !b) continue;
    const points = greatCircle(a, b, 48);
    // A leg across the Pacific leaves the map at one edge and comes back at the other.
    const line = L.polyline(splitAtAntimeridian(points).map((piece) => piece.map(toTuple)), {
      className: `dl-leg${leg.certain ? '' : ' dl-leg--uncertain'}`,
      interactive: false,
      weight: 3,
    });
    const mid = points[Math.floor(points.length / 2)] ?? a;
    const after = points[Math.floor(points.length / 2) + 1] ?? b;
    const arrow = L.marker([mid[0], mid[1] - 360 * Math.round(mid[1] / 360)], { icon: arrowIcon(mercatorAngle(mid, after)), interactive: false, keyboard: false });
    group.addLayer(line).addLayer(arrow);
    parts.push({ sequence: leg.toSequence, layers: [line, arrow] });
  }
  const numbers = new Map<string, { numbers: number[]; unordered: boolean; sequence: number }>();
  for (const stops of stopGroups(route)) {
    for (const s of stops) {
      const entry = numbers.get(s.placeId) ?? { numbers: [], unordered: false, sequence: s.sequence };
      entry.numbers.push(s.number);
      entry.unordered ||= s.unordered;
      numbers.set(s.placeId, entry);
    }
  }
  for (const [placeId, entry] of numbers) {
    const at = where(placeId);
    if (!at) continue;
    const text = entry.numbers.join(',');
    const title = t(lang, entry.unordered ? 'map.stopUnordered' : 'map.stop', { traveller: route.traveller, stop: text });
    const badge = L.marker(toTuple(at), { icon: badgeIcon(text, title), interactive: false, keyboard: false });
    group.addLayer(badge);
    parts.push({ sequence: entry.sequence, layers: [badge] });
  }
  const setClass = (layer: L.Path | L.Marker, name: string, on: boolean): void => {
    layer.getElement()?.classList.toggle(name, on);
  };
  return {
    layer: group,
    setProgress(reached) {
      for (const part of parts) {
        for (const layer of part.layers) {
          setClass(layer, 'is-done', reached !== null && part.sequence <= reached);
          setClass(layer, 'is-future', reached !== null && part.sequence > reached);
        }
      }
    },
  };
}
