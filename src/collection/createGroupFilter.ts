import type { Lang } from '../i18n/languages';
import { pageLanguage } from '../i18n/pageLanguage';
import { t } from '../i18n/t';
import type { Group } from '../story/types';

/** Options for {@link createGroupFilter}. */
export interface GroupFilterOptions {
  readonly groups: readonly Group[];
  /** Each group's colour (see groupColors). */
  readonly colors: ReadonlyMap<string, string>;
  /** Called with the ids of the groups the reader has unticked. */
  onChange(hidden: ReadonlySet<string>): void;
  /** Interface language, loaded already (default: the language of the page around `el`). */
  readonly lang?: Lang;
}

/** The articles of a collection as checkboxes, each with its colour: untick one to hide its events. */
export interface GroupFilter {
  destroy(): void;
}

/** Creates the filter in `el`: a fieldset with one labelled checkbox per article (titles as text). */
export function createGroupFilter(el: HTMLElement, options: GroupFilterOptions): GroupFilter {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'dl-groups';
  const legend = document.createElement('legend');
  legend.className = 'dl-groups__legend';
  legend.textContent = t(options.lang ?? pageLanguage(el), 'collection.articles');
  fieldset.append(legend);
  const hidden = new Set<string>();
  for (const g of options.groups) {
    const label = document.createElement('label');
    label.className = 'dl-groups__item';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = g.id;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(g.id);
      else hidden.add(g.id);
      options.onChange(new Set(hidden));
    });
    const swatch = document.createElement('span');
    swatch.className = 'dl-groups__swatch';
    swatch.style.background = options.colors.get(g.id) ?? 'currentColor';
    const title = document.createElement('span');
    title.textContent = g.title;
    label.append(box, swatch, title);
    fieldset.append(label);
  }
  el.append(fieldset);
  return {
    destroy() {
      fieldset.remove();
    },
  };
}
