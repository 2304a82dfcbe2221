import { textElement } from '../app/textElement';
import { createButton } from './createButton';
import type { Edit, TextSpan } from './edit';
import type { PlaceOffer } from './workerMessages';

/** Options for {@link createSelectionTools}. */
export interface SelectionToolsOptions {
  /** Gazetteer entries for a name. */
  lookup: (name: string) => Promise<PlaceOffer[]>;
  onEdit: (edit: Edit) => void;
}

/** "Add place" and "Add date" for the words selected in the article. */
export interface SelectionTools {
  /** The current selection and the article text (the selected words prefill the search). */
  select(span: TextSpan | null, text: string): void;
  destroy(): void;
}

/** Creates the toolbar in `el`; its buttons work on the last selection made in the article. */
export function createSelectionTools(el: HTMLElement, options: SelectionToolsOptions): SelectionTools {
  const bar = textElement('div', 'au-tools');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Selected words');
  const what = textElement('span', 'au-tools__what', 'Select words in the article to add a place or a date.');
  const form = textElement('div', 'au-tools__form');
  let span: TextSpan | null = null;
  let words = '';
  let ticket = 0;
  const addPlace = createButton('Add place…', () => openPlace());
  const addDate = createButton('Add date…', () => openDate());
  bar.append(what, addPlace, addDate);
  el.append(bar, form);

  const refresh = (): void => {
    addPlace.disabled = span === null;
    addDate.disabled = span === null;
    what.textContent = span ? `Selected: “${words.length > 60 ? `${words.slice(0, 60)}…` : words}”` : 'Select words in the article to add a place or a date.';
  };
  const done = (): void => {
    form.replaceChildren();
    span = null;
    refresh();
  };
  const openPlace = (): void => {
    const target = span;
    if (!target) return;
    const input = document.createElement('input');
    input.type = 'search';
    input.className = 'au-input';
    input.value = words.trim().slice(0, 200);
    input.setAttribute('aria-label', 'Place name to look up');
    const results = textElement('ul', 'au-offers');
    const status = textElement('p', 'au-tools__status');
    status.setAttribute('role', 'status');
    const search = async (): Promise<void> => {
      const mine = ++ticket;
      status.textContent = 'Searching the gazetteer…';
      const offers = await options.lookup(input.value);
      if (mine !== ticket) return;
      status.textContent = offers.length === 0 ? `No place called “${input.value.slice(0, 80)}” in the gazetteer. Try another spelling.` : `${offers.length} found: choose one.`;
      results.replaceChildren(
        ...offers.map((o) => {
          const li = document.createElement('li');
          const pop = o.population > 0 ? ` · pop. ${o.population.toLocaleString('en')}` : '';
          li.append(
            createButton(`${o.name} · ${o.kind}${o.countryCode ? `, ${o.countryCode}` : ''}${pop}`, () => {
              const { population: _p, ...choice } = o;
              options.onEdit({ type: 'addPlace', span: target, choice });
              done();
            }, 'au-candidate'),
          );
          return li;
        }),
      );
    };
    const go = createButton('Search', () => void search());
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void search();
    });
    form.replaceChildren(input, go, createButton('Cancel', () => form.replaceChildren(), 'au-btn au-btn--quiet'), status, results);
    input.focus();
    void search();
  };
  const openDate = (): void => {
    const target = span;
    if (!target) return;
    const label = textElement('label', 'au-field au-field--inline', 'Date');
    const input = document.createElement('input');
    input.type = 'date';
    input.className = 'au-input';
    label.append(input);
    const add = createButton('Add date', () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return void (input.setCustomValidity('Give a date'), input.reportValidity());
      options.onEdit({ type: 'addTime', span: target, value: input.value });
      done();
    });
    form.replaceChildren(label, add, createButton('Cancel', () => form.replaceChildren(), 'au-btn au-btn--quiet'));
    input.focus();
  };
  refresh();

  return {
    select(next, text) {
      // Clicking into the search form clears the article's selection; keep the last one.
      if (next === null) return;
      span = next;
      words = text.slice(next.start, next.end);
      refresh();
    },
    destroy() {
      ticket++;
      el.replaceChildren();
    },
  };
}
