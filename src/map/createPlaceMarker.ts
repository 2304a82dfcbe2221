import * as L from 'leaflet';
import type { Place } from '../story/types';

/** How a place is shown: part of the selected event, of an earlier one, or neither. */
export type PlaceState = 'active' | 'past' | 'idle' | 'none';

/** A place on the map: its Leaflet layer and a way to restyle it. */
export interface PlaceMarker {
  readonly layer: L.CircleMarker;
  setState(state: PlaceState): void;
}

const RADIUS: Record<string, number> = { city: 6, landmark: 5, country: 13, region: 20, area: 20, continent: 26, water: 20 };

/** A label element; the name is set as text, never markup. */
function labelElement(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/**
 * A marker for a place: a solid pin-like dot for cities and landmarks, a soft ring for a
 * country's centroid, a wide dashed ring for regions and areas; each with a text label.
 */
export function createPlaceMarker(place: Place, onClick: (placeId: string) => void): PlaceMarker {
  const kind = place.kind;
  const area = kind !== 'city' && kind !== 'landmark';
  const layer = L.circleMarker([place.lat, place.lon], {
    radius: RADIUS[kind] ?? 8,
    className: `dl-place dl-place--${kind}`,
    weight: area ? 1.5 : 2,
    bubblingMouseEvents: false,
  });
  layer.bindTooltip(labelElement(place.displayName ?? place.name), {
    permanent: true,
    direction: area ? 'center' : 'right',
    offset: area ? [0, 0] : [6, 0],
    className: `dl-label dl-label--${area ? 'area' : 'point'}`,
  });
  layer.on('click', () => onClick(place.id));
  layer.on('add', () => {
    const el = layer.getElement();
    el?.setAttribute('data-place-id', place.id);
    el?.setAttribute('aria-label', place.name);
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
      const el = layer.getElement();
      const tip = layer.getTooltip()?.getElement();
      for (const target of [el, tip]) {
        target?.classList.remove(`is-${current}`);
        if (state !== 'none') target?.classList.add(`is-${state}`);
      }
      current = state;
      if (state === 'active') layer.bringToFront();
    },
  };
}
