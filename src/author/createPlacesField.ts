import { textElement } from '../app/textElement';
import type { Story, StoryEvent } from '../story/types';
import { createButton } from './createButton';

/** The id of the one list of place names every event's "Add a place" box suggests from. */
export const PLACE_LIST_ID = 'au-place-names';

/**
 * An event's places: one chip per place with a remove button, and a box that adds a place by
 * name from the story's places (suggested through one shared <datalist>, so a story of a
 * thousand events and a thousand places builds a thousand boxes, not a million checkboxes).
 */
export function createPlacesField(story: Story, event: StoryEvent, name: string, onChange: (placeIds: string[]) => void): HTMLFieldSetElement {
  const field = textElement('fieldset', 'au-event__places');
  field.append(textElement('legend', '', 'Places'));
  const byId = new Map(story.places.map((p) => [p.id, p]));
  for (const id of event.placeIds) {
    const place = byId.get(id);
    if (!place) continue;
    const chip = textElement('span', 'au-chip', place.name);
    chip.dataset['placeId'] = id;
    const remove = createButton('×', () => onChange(event.placeIds.filter((x) => x !== id)), 'au-chip__remove');
    remove.setAttribute('aria-label', `Remove ${place.name} from ${name}`);
    chip.append(remove);
    field.append(chip);
  }
  const box = document.createElement('input');
  box.type = 'text';
  box.className = 'au-input';
  box.dataset['field'] = 'addPlace';
  box.setAttribute('aria-label', `Add a place to ${name}`);
  box.placeholder = 'Add a place…';
  box.setAttribute('list', PLACE_LIST_ID);
  const note = textElement('span', 'au-event__note');
  box.addEventListener('change', () => {
    const wanted = box.value.trim().toLowerCase();
    if (wanted === '') return;
    const place = story.places.find((p) => p.name.toLowerCase() === wanted || (p.displayName ?? '').toLowerCase() === wanted || p.id === box.value.trim());
    if (!place) {
      note.textContent = `No place "${box.value.trim()}" in this story: add it from the article first (select its words, then Add place…).`;
      return;
    }
    note.textContent = '';
    if (!event.placeIds.includes(place.id)) onChange([...event.placeIds, place.id]);
    else box.value = '';
  });
  field.append(box, note);
  return field;
}

/** Refreshes the shared list of place names the "Add a place" boxes suggest. */
export function fillPlaceNames(list: HTMLDataListElement, story: Story): void {
  const names = [...new Set(story.places.map((p) => p.displayName ?? p.name))].sort((a, b) => a.localeCompare(b));
  list.replaceChildren(...names.map((n) => new Option(n, n)));
}
