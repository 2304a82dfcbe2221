import type { Lang } from '../i18n/languages';
import { pageLanguage } from '../i18n/pageLanguage';
import { t } from '../i18n/t';
import { COLLECTION_ID, type StorySource } from './storySources';

/** Options for {@link createStoryPicker}. */
export interface StoryPickerOptions {
  /** The stories to list, in order. */
  sources: readonly StorySource[];
  /** Called with a source's id when the reader picks it. */
  onPick: (id: string) => void;
  /** Interface language, loaded already (default: the language of the page around `el`). */
  lang?: Lang;
}

/** The story picker: a labelled `<select>` listing every story. */
export interface StoryPicker {
  /** Shows `id` as picked without calling `onPick`. */
  show(id: string): void;
  /** Relabels a story once its title is known (the collection keeps its name in the interface language). */
  rename(id: string, label: string): void;
  destroy(): void;
}

/** Creates the story picker in `el`. */
export function createStoryPicker(el: HTMLElement, options: StoryPickerOptions): StoryPicker {
  const lang = options.lang ?? pageLanguage(el);
  const label = document.createElement('label');
  label.className = 'dl-picker';
  const text = document.createElement('span');
  text.textContent = t(lang, 'app.story');
  const select = document.createElement('select');
  select.name = 'story';
  for (const s of options.sources) {
    const option = document.createElement('option');
    option.value = s.id;
    option.textContent = s.id === COLLECTION_ID ? t(lang, 'app.collection') : s.label;
    select.append(option);
  }
  select.disabled = options.sources.length === 0;
  select.addEventListener('change', () => options.onPick(select.value));
  label.append(text, select);
  el.append(label);
  return {
    show(id) {
      select.value = id;
    },
    rename(id, text) {
      if (id === COLLECTION_ID) return;
      for (const option of select.options) if (option.value === id) option.textContent = text;
    },
    destroy() {
      label.remove();
    },
  };
}
