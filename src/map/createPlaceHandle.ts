import * as L from 'leaflet';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Place } from '../story/types';

/** What a handle does with the place it moves. */
export interface PlaceHandleOptions {
  /** Called with the new position (4 decimals, longitude wrapped to ±180) when a move is dropped or committed. */
  onDrop: (lat: number, lon: number) => void;
  /** A click (or Enter) without a move: the handle stands in for the place's own marker. */
  onClick: () => void;
  /** Called on every move, so the place's own marker and label go along. */
  onMove: (at: L.LatLng) => void;
  /** The language of the handle's hover title (default English). */
  lang?: Lang;
}

/** A draggable handle over a place's marker. */
export interface PlaceHandle {
  readonly layer: L.Marker;
  /** Marks the handle as belonging to the selected event's places (its ring stays visible). */
  setActive(active: boolean): void;
}

/** Pixels an arrow key moves a handle; with Shift, five times as far. */
const NUDGE = 4;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

/**
 * A draggable marker (a transparent ring the size of a pin) on top of `place`'s marker: drag it
 * with a mouse, a pen or a finger (Leaflet's marker dragging, which keeps the map from panning);
 * or focus it with Tab, nudge it with the arrow keys (Shift: farther), and press Enter (or leave
 * it) to drop it there, Escape to put it back. A drop calls `onDrop`; the map only moves the
 * marker, the caller decides what the story becomes.
 */
export function createPlaceHandle(map: L.Map, place: Place, options: PlaceHandleOptions): PlaceHandle {
  const name = place.displayName ?? place.name;
  const icon = L.divIcon({ className: 'dl-handle', iconSize: [26, 26], iconAnchor: [13, 13], html: '' });
  const layer = L.marker([place.lat, place.lon], { icon, draggable: true, keyboard: true, title: t(options.lang ?? 'en', 'map.dragPlace', { name }), autoPanOnFocus: false, bubblingMouseEvents: false });
  let origin = layer.getLatLng();
  let nudged = false;

  const drop = (): void => {
    nudged = false;
    const at = layer.getLatLng().wrap();
    const lat = round4(Math.max(-90, Math.min(90, at.lat)));
    const lon = round4(at.lng);
    if (lat === place.lat && lon === place.lon) return;
    options.onDrop(lat, lon);
  };
  const moveTo = (at: L.LatLng): void => {
    layer.setLatLng(at);
    options.onMove(at);
  };
  const onKey = (e: KeyboardEvent): void => {
    const arrow = ARROWS[e.key];
    if (arrow && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (!nudged) origin = layer.getLatLng();
      const step = e.shiftKey ? NUDGE * 5 : NUDGE;
      // project/unproject, not container points, which Leaflet rounds to whole pixels.
      const zoom = map.getZoom();
      moveTo(map.unproject(map.project(layer.getLatLng(), zoom).add([arrow[0] * step, arrow[1] * step]), zoom));
      nudged = true;
    } else if (e.key === 'Enter' && nudged) drop();
    else if (e.key === 'Escape' && nudged) {
      nudged = false;
      moveTo(origin);
    } else return;
    // The player's keys (arrows step through events) and the map's (arrows pan) must not see these.
    e.preventDefault();
    e.stopPropagation();
  };
  const onBlur = (): void => {
    if (nudged) drop();
  };

  layer.on('dragstart', () => layer.getElement()?.classList.add('is-dragging'));
  layer.on('drag', () => options.onMove(layer.getLatLng()));
  layer.on('dragend', () => {
    layer.getElement()?.classList.remove('is-dragging');
    drop();
  });
  layer.on('click', () => {
    if (!nudged) options.onClick();
  });
  layer.on('add', () => {
    const el = layer.getElement();
    if (!el) return;
    el.dataset['placeId'] = place.id;
    el.setAttribute('aria-label', `${name}: drag, or use the arrow keys and Enter, to move it`);
    // Leaflet makes a new element each time the marker is added, so these go with it.
    el.addEventListener('keydown', onKey);
    el.addEventListener('blur', onBlur);
  });
  return {
    layer,
    setActive(active) {
      layer.getElement()?.classList.toggle('is-active', active);
    },
  };
}
