import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { createButton } from './createButton';
import type { Edit, TextSpan } from './edit';
import { at } from './i18n/at';
import type { PlaceOffer } from './workerMessages';

/** Options for {@link createSelectionTools}. */
export interface SelectionToolsOptions {
  /** Gazetteer entries for a name. */
  lookup: (name: string) => Promise<PlaceOffer[]>;
  onEdit: (edit: Edit) => void;
  /** Interface language (default English). */
  lang?: Lang;
}

/** "Add place" and "Add date" for the words selected in the article. */
export interface SelectionTools {
  /** The current selection and the article text (the selected words prefill the search). */
  select(span: TextSpan | null, text: string): void;
  destroy(): void;
}

/** Creates the toolbar in `el`; its buttons work on the last selection made in the article. */
export function createSelectionTools(el: HTMLElement, options: SelectionToolsOptions): SelectionTools {
  const lang = options.lang ?? 'en';
  const bar = textElement('div', 'au-tools');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', at(lang, 'tools.label'));
  const what = textElement('span', 'au-tools__what', at(lang, 'tools.prompt'));
  const form = textElement('div', 'au-tools__form');
  let span: TextSpan | null = null;
  let words = '';
  let ticket = 0;
  const addPlace = createButton(at(lang, 'tools.addPlace'), () => openPlace());
  const addDate = createButton(at(lang, 'tools.addDate'), () => openDate());
  bar.append(what, addPlace, addDate);
  el.append(bar, form);

  const refresh = (): void => {
    addPlace.disabled = span === null;
    addDate.disabled = span === null;
    what.textContent = span ? at(lang, 'tools.selected', { words: words.length > 60 ? `${words.slice(0, 60)}…` : words }) : at(lang, 'tools.prompt');
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
    input.setAttribute('aria-label', at(lang, 'tools.lookup'));
    const results = textElement('ul', 'au-offers');
    const status = textElement('p', 'au-tools__status');
    status.setAttribute('role', 'status');
    const search = async (): Promise<void> => {
      const mine = ++ticket;
      status.textContent = at(lang, 'tools.searching');
      const offers = await options.lookup(input.value);
      if (mine !== ticket) return;
      status.textContent = offers.length === 0 ? at(lang, 'tools.noPlace', { name: input.value.slice(0, 80) }) : at(lang, 'tools.found', { count: offers.length });
      results.replaceChildren(
        ...offers.map((o) => {
          const li = document.createElement('li');
          const pop = o.population > 0 ? ` · ${at(lang, 'tools.population', { count: o.population })}` : '';
          li.append(
            createButton(`${o.name} · ${at(lang, `placeKind.${o.kind}`)}${o.countryCode ? `, ${o.countryCode}` : ''}${pop}`, () => {
              const { population: _p, ...choice } = o;
              options.onEdit({ type: 'addPlace', span: target, choice });
              done();
            }, 'au-candidate'),
          );
          return li;
        }),
      );
    };
    const go = createButton(at(lang, 'tools.search'), () => void search());
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void search();
    });
    form.replaceChildren(input, go, createButton(at(lang, 'tools.cancel'), () => form.replaceChildren(), 'au-btn au-btn--quiet'), status, results);
    input.focus();
    void search();
  };
  const openDate = (): void => {
    const target = span;
    if (!target) return;
    const label = textElement('label', 'au-field au-field--inline', at(lang, 'tools.date'));
    const input = document.createElement('input');
    input.type = 'date';
    input.className = 'au-input';
    label.append(input);
    const add = createButton(at(lang, 'tools.addDateNow'), () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return void (input.setCustomValidity(at(lang, 'tools.giveDate')), input.reportValidity());
      options.onEdit({ type: 'addTime', span: target, value: input.value });
      done();
    });
    form.replaceChildren(label, add, createButton(at(lang, 'tools.cancel'), () => form.replaceChildren(), 'au-btn au-btn--quiet'));
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
