import type { StorySource } from './storySources';

/** Options for {@link createStoryPicker}. */
export interface StoryPickerOptions {
  /** The stories to list, in order. */
  sources: readonly StorySource[];
  /** Called with a source's id when the reader picks it. */
  onPick: (id: string) => void;
}

/** The story picker: a labelled `<select>` listing every story. */
export interface StoryPicker {
  /** Shows `id` as picked without calling `onPick`. */
  show(id: string): void;
  /** Relabels a story once its title is known. */
  rename(id: string, label: string): void;
  destroy(): void;
}

/** Creates the story picker in `el`. */
export function createStoryPicker(el: HTMLElement, options: StoryPickerOptions): StoryPicker {
  const label = document.createElement('label');
  label.className = 'dl-picker';
  const text = document.createElement('span');
  text.textContent = 'Story';
  const select = document.createElement('select');
  select.name = 'story';
  for (const s of options.sources) {
    const option = document.createElement('option');
    option.value = s.id;
    option.textContent = s.label;
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
      for (const option of select.options) if (option.value === id) option.textContent = text;
    },
    destroy() {
      label.remove();
    },
  };
}
