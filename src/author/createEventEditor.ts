import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Story, StoryEvent } from '../story/types';
import { createButton } from './createButton';
import type { Edit } from './edit';
import { createPlacesField, fillPlaceNames, PLACE_LIST_ID } from './createPlacesField';
import { at } from './i18n/at';
import { describeWhen } from '../i18n/describeWhen';
import { fieldsToWhen, whenToFields, type WhenFields } from './whenForm';

/** Options for {@link createEventEditor}. */
export interface EventEditorOptions {
  onEdit: (edit: Edit) => void;
  /** Interface language (default English). */
  lang?: Lang;
}

/** The list of events, each with its title, kind, date and places editable. */
export interface EventEditor {
  show(story: Story): void;
  destroy(): void;
}

const KINDS = ['travel', 'visit', 'meeting', 'statement', 'incident', 'background'] as const;
const MODES: readonly WhenFields['mode'][] = ['none', 'on', 'between', 'within', 'before', 'after'];
const PRECISIONS: readonly WhenFields['precision'][] = ['day', 'week', 'month', 'year'];

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
  const lang = options.lang ?? 'en';
  const kinds = KINDS.map((k) => [k, t(lang, `kind.${k}`)] as const);
  const modes = MODES.map((m) => [m, at(lang, `mode.${m}`)] as const);
  const precisions = PRECISIONS.map((p) => [p, at(lang, `precision.${p}`)] as const);
  const add = createButton(at(lang, 'events.add'), () => options.onEdit({ type: 'addEvent', title: at(lang, 'events.newTitle') }));
  const list = textElement('ol', 'au-events');
  const names = document.createElement('datalist');
  names.id = PLACE_LIST_ID;
  let shown = PAGE;
  let last: Story | null = null;
  const more = createButton('', () => {
    shown += PAGE;
    if (last) render(last);
  }, 'au-btn au-btn--quiet');
  el.append(add, list, more, names);
  const cards = new Map<string, { event: StoryEvent; places: Story['places']; li: HTMLLIElement }>();

  const card = (story: Story, event: StoryEvent, n: number): HTMLLIElement => {
    const li = textElement('li', 'au-event');
    li.dataset['eventId'] = event.id;
    const title = input('text', event.title, 'title', at(lang, 'events.titleField', { n }));
    title.maxLength = 500;
    title.addEventListener('change', () => options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { title: title.value } }));
    const kind = select(kinds, event.kind, 'kind', at(lang, 'events.kindField', { n }));
    kind.addEventListener('change', () => options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { kind: kind.value as StoryEvent['kind'] } }));
    const f = whenToFields(event.when);
    const mode = select(modes, f.mode, 'mode', at(lang, 'events.dateField', { n }));
    const a = input('date', f.a, 'a', at(lang, 'events.dateField', { n }));
    const b = input('date', f.b, 'b', at(lang, 'events.endField', { n }));
    const precision = select(precisions, f.precision, 'precision', at(lang, 'events.precisionField', { n }));
    const note = textElement('span', 'au-event__note');
    // "late yesterday", "the first quarter": a precision the form has no choice for is said as found until the date is changed.
    const stored = event.when?.precision;
    if (event.when && stored !== undefined && !PRECISIONS.includes(stored as WhenFields['precision'])) note.textContent = at(lang, 'events.asFound', { when: describeWhen(event.when, lang) });
    const layout = (): void => {
      a.hidden = mode.value === 'none';
      b.hidden = !['between', 'within'].includes(mode.value);
      precision.hidden = mode.value !== 'on';
    };
    const onWhen = (): void => {
      layout();
      const when = fieldsToWhen({ mode: mode.value as WhenFields['mode'], a: a.value, b: b.value, precision: precision.value as WhenFields['precision'] });
      note.textContent = when === undefined ? at(lang, 'events.needDate') : '';
      if (when !== undefined) options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { when } });
    };
    for (const c of [mode, a, b, precision]) c.addEventListener('change', onWhen);
    layout();
    const row0 = createPlacesField(story, event, n, (placeIds) => options.onEdit({ type: 'updateEvent', eventId: event.id, patch: { placeIds } }), lang);
    const row = textElement('div', 'au-row');
    row.append(kind, mode, a, b, precision, note);
    const remove = createButton(at(lang, 'events.remove'), () => options.onEdit({ type: 'removeEvent', eventId: event.id }), 'au-btn au-btn--quiet au-btn--small');
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
    more.textContent = at(lang, 'events.more', { count: hidden });
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
