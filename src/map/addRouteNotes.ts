import * as L from 'leaflet';
import type { Story } from '../story/types';
import { routeNoteElement, type RouteNoteOptions } from './routeNoteElement';

/** The notes in the map's corner on the legs each route did not make. */
export interface RouteNotes {
  /** Shows the notes of `story`'s routes (none, and the box is hidden, when no route skipped a leg). */
  show(story: Story): void;
}

/** Adds a box in the map's lower left corner for the routes' notes ("Mike Pompeo · Not a stop: Kyiv (cancelled)"). */
export function addRouteNotes(map: L.Map, options: Omit<RouteNoteOptions, 'storyLang'> = {}): RouteNotes {
  const box = document.createElement('div');
  box.className = 'dl-route-notes';
  box.hidden = true;
  // A click or a wheel on a note is for the note, not a drag or a zoom of the map under it.
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  const control = new L.Control({ position: 'bottomleft' });
  control.onAdd = () => box;
  control.addTo(map);
  return {
    show(story) {
      const notes = story.routes.flatMap((route) => routeNoteElement(route, { ...options, storyLang: story.meta.language }) ?? []);
      box.replaceChildren(...notes);
      box.hidden = notes.length === 0;
    },
  };
}
