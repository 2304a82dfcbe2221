import { textElement } from '../app/textElement';
import type { Story, StoryEvent } from '../story/types';
import { createButton } from './createButton';
import type { Edit } from './edit';
import { createPlacesField, fillPlaceNames, PLACE_LIST_ID } from './createPlacesField';
import { fieldsToWhen, whenToFields, type WhenFields } from './whenForm';

/** Options for {@link createEventEditor}. */
export interface EventEditorOptions {
  onEdit: (edit: Edit) => void;
}

/** The list of events, each with its title, kind, date and places editable. */
export interface EventEditor {
  show(story: Story): void;
  destroy(): void;
}

const KINDS = ['travel', 'visit', 'meeting', 'statement', 'incident', 'background'] as const;
const MODES: [WhenFields['mode'], string][] = [['none', 'Not dated'], ['on', 'On'], ['between', 'From … to'], ['within', 'Some time between'], ['before', 'Before'], ['after', 'After']];
const PRECISIONS: [WhenFields['precision'], string][] = [['day', 'that day'], ['week', 'that week'], ['month', 'that month'], ['year', 'that year']];

function select(options: readonly (readonly [string, string])[], value: string, field: string, label: string): HTMLSelectElement {
  const s = document.createElement('select');
  s.className = 'au-input';
  s.dataset['field'] = field;
  s.setAttribute('aria-label', label);
  for (const [v, text] of options) s.append(new Option(text, v, false, v === value));
  return s;
}

function input(type: string, value: string, field: string, label: string): HTMLInputElement {
  const i = document.createElement('input');
  i.type = type;
  i.className = 'au-input';
  i.value = value;
  i.dataset['field'] = field;
  i.setAttribute('aria-label', label);
  return i;
}

/** How many event cards are built at first; the rest come a page at a time on request. */
const PAGE = 100;

/** Creates the editor in `el`; every change becomes one edit. */
export function createEventEditor(el: HTMLElement, options: EventEditorOptions): EventEditor {
  const add = createButton('Add an event', () => options.onEdit({ type: 'addEvent', title: 'New event' }));
  const list = textElement('ol', 'au-events');
  const names = document.createElement('datalist');
  names.id = PLACE_LIST_ID;
  let shown = PAGE;
  let last: Story | null = null;
  const more = createButton('Show more events', () => {
    shown += PAGE;
    if (last) render(last);
  }, 'au-btn au-btn--quiet');
  el.append(add, list, more, names);
  const cards = new Map<string, { event: StoryEvent; places: Story['places']; li: HTMLLIElement }>();

  const card = (story: Story, event: StoryEvent, n: number): HTMLLIElement => {
    const li = textElement('li', 'au-event');
    li.dataset['eventId'] = event.id;
    const name = `Event ${n}`;
    const title = input('text', event.title, 'title', `${name} title`);
    title.maxLength = 500;
    title.addEventListener('change', () => options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { title: title.value } }));
    const kind = select(KINDS.map((k) => [k, k] as const), event.kind, 'kind', `${name} kind`);
    kind.addEventListener('change', () => options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { kind: kind.value as StoryEvent['kind'] } }));
    const f = whenToFields(event.when);
    const mode = select(MODES, f.mode, 'mode', `${name} date`);
    const a = input('date', f.a, 'a', `${name} date`);
    const b = input('date', f.b, 'b', `${name} end date`);
    const precision = select(PRECISIONS, f.precision, 'precision', `${name} precision`);
    const note = textElement('span', 'au-event__note');
    const layout = (): void => {
      a.hidden = mode.value === 'none';
      b.hidden = !['between', 'within'].includes(mode.value);
      precision.hidden = mode.value !== 'on';
    };
    const onWhen = (): void => {
      layout();
      const when = fieldsToWhen({ mode: mode.value as WhenFields['mode'], a: a.value, b: b.value, precision: precision.value as WhenFields['precision'] });
      note.textContent = when === undefined ? 'Give the date(s) to save this.' : '';
      if (when !== undefined) options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { when } });
    };
    for (const c of [mode, a, b, precision]) c.addEventListener('change', onWhen);
    layout();
    const row0 = createPlacesField(story, event, name, (placeIds) => options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { placeIds } }));
    const row = textElement('div', 'au-row');
    row.append(kind, mode, a, b, precision, note);
    const remove = createButton('Remove event', () => options.onEdit({ type: 'removeEvent', eventId: event.id }), 'au-btn au-btn--quiet au-btn--small');
    li.append(title, row, row0, remove);
    return li;
  };

  function render(story: Story): void {
    last = story;
    const active = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : null;
    const focusId = active?.closest<HTMLElement>('[data-event-id]')?.dataset['eventId'];
    const focusField = active?.dataset['field'];
    const items = story.events.slice(0, shown).map((event, i) => {
      const known = cards.get(event.id);
      // Unchanged events keep their card (and whatever the author is typing in it).
      if (known && known.event === event && known.places === story.places) return known.li;
      const li = card(story, event, i + 1);
      cards.set(event.id, { event, places: story.places, li });
      return li;
    });
    const live = new Set(story.events.map((e) => e.id));
    for (const id of cards.keys()) if (!live.has(id)) cards.delete(id);
    list.replaceChildren(...items);
    const hidden = story.events.length - items.length;
    more.hidden = hidden <= 0;
    more.textContent = `Show more events (${hidden.toLocaleString('en')} not shown)`;
    if (focusId !== undefined && focusField !== undefined && !list.contains(document.activeElement)) {
      [...list.querySelectorAll<HTMLElement>('[data-field]')].find((x) => x.dataset['field'] === focusField && x.closest<HTMLElement>('[data-event-id]')?.dataset['eventId'] === focusId)?.focus();
    }
  }

  return {
    show(story) {
      if (story.places !== last?.places) fillPlaceNames(names, story);
      render(story);
    },
    destroy() {
      el.replaceChildren();
    },
  };
}
