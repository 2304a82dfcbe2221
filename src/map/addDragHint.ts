import * as L from 'leaflet';

/** A line in the map's corner that says places can be moved, and how. */
export function addDragHint(map: L.Map): void {
  const hint = new L.Control({ position: 'bottomleft' });
  hint.onAdd = () => {
    const el = document.createElement('p');
    el.className = 'dl-drag-hint';
    el.textContent = 'Drag a place to move it.';
    return el;
  };
  hint.addTo(map);
}
