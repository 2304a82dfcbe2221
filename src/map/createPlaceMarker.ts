import * as L from 'leaflet';
import type { Place } from '../story/types';

/** How a place is shown: part of the selected event, of an earlier one, or neither. */
export type PlaceState = 'active' | 'past' | 'idle' | 'none';

/** A place on the map: its Leaflet layer and a way to restyle it. */
export interface PlaceMarker {
  readonly layer: L.CircleMarker;
  setState(state: PlaceState): void;
  /** Hides the place (a time window leaves it out) or shows it again. */
  setHidden(hidden: boolean): void;
  /** Its name on the map, or `null` when it has none always shown (on a canvas, or not yet added). */
  label(): HTMLElement | null;
}

const RADIUS: Record<string, number> = { city: 6, landmark: 5, country: 13, region: 20, area: 20, continent: 26, water: 20 };

/** A label element; the name is set as text, never markup. */
function labelElement(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/** How a marker is painted on a shared canvas (many places): colours CSS cannot reach there. */
export interface CanvasPaint {
  readonly renderer: L.Renderer;
  /** The fill colour (the place colour, or the article's colour in a collection). */
  readonly color: string;
  readonly surface: string;
}

const OPACITY: Record<PlaceState, number> = { active: 1, past: 0.75, idle: 0.45, none: 0.85 };

/**
 * A marker for a place: a solid pin-like dot for cities and landmarks, a soft ring for a
 * country's centroid, a wide dashed ring for regions and areas; each with a text label. With
 * `paint` it is drawn on a canvas and its label shows on hover only (thousands of places).
 */
export function createPlaceMarker(place: Place, onClick: (placeId: string) => void, paint?: CanvasPaint, color?: string): PlaceMarker {
  const kind = place.kind;
  const area = kind !== 'city' && kind !== 'landmark';
  const layer = L.circleMarker([place.lat, place.lon], {
    radius: paint && !area ? 4 : (RADIUS[kind] ?? 8),
    className: `dl-place dl-place--${kind}`,
    weight: area ? 1.5 : paint ? 1 : 2,
    bubblingMouseEvents: false,
    ...(paint ? { renderer: paint.renderer, color: area ? paint.color : paint.surface, fillColor: paint.color, fillOpacity: area ? 0.12 : 0.85 } : {}),
  });
  const name = place.displayName ?? place.name;
  // On a canvas (thousands of places) the label is made only when its tooltip opens.
  layer.bindTooltip(paint ? () => labelElement(name) : labelElement(name), {
    permanent: !paint,
    direction: area ? 'center' : 'right',
    offset: area ? [0, 0] : [6, 0],
    className: `dl-label dl-label--${area ? 'area' : 'point'}`,
  });
  layer.on('click', () => onClick(place.id));
  layer.on('add', () => {
    const el = layer.getElement();
    el?.setAttribute('data-place-id', place.id);
    el?.setAttribute('aria-label', place.name);
    // A collection colours each place by its article; the class rules read the colour from --place.
    if (color !== undefined && (el instanceof SVGElement || el instanceof HTMLElement)) el.style.setProperty('--place', color);
    // A hover title too, for when the zoomed-out map hides area labels.
    if (el && !el.querySelector('title')) {
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = place.displayName ?? place.name;
      el.append(title);
    }
  });
  let current: PlaceState = 'none';
  return {
    layer,
    setState(state) {
      if (state === current) return;
      if (paint) {
        current = state;
        return void layer.setStyle({ opacity: OPACITY[state], fillOpacity: area ? 0.12 * OPACITY[state] : OPACITY[state] });
      }
      const el = layer.getElement();
      const tip = layer.getTooltip()?.getElement();
      for (const target of [el, tip]) {
        target?.classList.remove(`is-${current}`);
        if (state !== 'none') target?.classList.add(`is-${state}`);
      }
      current = state;
      if (state === 'active') layer.bringToFront();
    },
    setHidden(hidden) {
      if (paint) return void layer.setStyle(hidden ? { opacity: 0, fillOpacity: 0 } : { opacity: OPACITY[current], fillOpacity: area ? 0.12 * OPACITY[current] : OPACITY[current] });
      layer.getElement()?.classList.toggle('is-hidden', hidden);
      layer.getTooltip()?.getElement()?.classList.toggle('is-hidden', hidden);
    },
    label() {
      return paint ? null : (layer.getTooltip()?.getElement() ?? null);
    },
  };
}
