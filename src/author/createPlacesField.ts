import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import type { Story, StoryEvent } from '../story/types';
import { createButton } from './createButton';
import { at } from './i18n/at';

/** The id of the one list of place names every event's "Add a place" box suggests from. */
export const PLACE_LIST_ID = 'au-place-names';

/**
 * An event's places: one chip per place with a remove button, and a box that adds a place by
 * name from the story's places (suggested through one shared <datalist>, so a story of a
 * thousand events and a thousand places builds a thousand boxes, not a million checkboxes).
 * `n` is the event's number in the list, for the screen-reader names.
 */
export function createPlacesField(story: Story, event: StoryEvent, n: number, onChange: (placeIds: string[]) => void, lang: Lang = 'en'): HTMLFieldSetElement {
  const field = textElement('fieldset', 'au-event__places');
  field.append(textElement('legend', '', at(lang, 'places.legend')));
  const byId = new Map(story.places.map((p) => [p.id, p]));
  for (const id of event.placeIds) {
    const place = byId.get(id);
    if (!place) continue;
    const chip = textElement('span', 'au-chip', place.name);
    chip.dataset['placeId'] = id;
    const remove = createButton('×', () => onChange(event.placeIds.filter((x) => x !== id)), 'au-chip__remove');
    remove.setAttribute('aria-label', at(lang, 'places.remove', { place: place.name, n }));
    chip.append(remove);
    field.append(chip);
  }
  const box = document.createElement('input');
  box.type = 'text';
  box.className = 'au-input';
  box.dataset['field'] = 'addPlace';
  box.setAttribute('aria-label', at(lang, 'places.add', { n }));
  box.placeholder = at(lang, 'places.addPlaceholder');
  box.setAttribute('list', PLACE_LIST_ID);
  const note = textElement('span', 'au-event__note');
  box.addEventListener('change', () => {
    const wanted = box.value.trim().toLowerCase();
    if (wanted === '') return;
    const place = story.places.find((p) => p.name.toLowerCase() === wanted || (p.displayName ?? '').toLowerCase() === wanted || p.id === box.value.trim());
    if (!place) {
      note.textContent = at(lang, 'places.unknown', { name: box.value.trim() });
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
