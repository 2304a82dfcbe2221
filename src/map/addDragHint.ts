import * as L from 'leaflet';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

/** A line in the map's corner that says places can be moved, and how. */
export function addDragHint(map: L.Map, lang: Lang = 'en'): void {
  const hint = new L.Control({ position: 'bottomleft' });
  hint.onAdd = () => {
    const el = document.createElement('p');
    el.className = 'dl-drag-hint';
    el.textContent = t(lang, 'map.dragHint');
    return el;
  };
  hint.addTo(map);
}
