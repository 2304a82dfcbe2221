import { createLoadingView } from '../app/createLoadingView';
import { loadingText } from '../app/loadingText';
import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { createButton } from './createButton';
import { createMessage, type Message } from './createMessage';
import { createProgressView, type ProgressView } from './createProgressView';
import { at } from './i18n/at';
import type { AuthorKey } from './i18n/authorMessages';
import { dayInWords } from './i18n/dayInWords';
import type { ImportStage } from './createImporter';
import { formatBytes } from './readInputFile';

/** Options for {@link createInputView}. */
export interface InputViewOptions {
  /** Interface language (default English). */
  lang?: Lang;
  onSubmit: () => void;
  onFile: (file: File) => void;
  onCancel: () => void;
  /** The text changed (typed or pasted). */
  onText: () => void;
}

/** Where opening a file shows its progress and offers Cancel (the input step's loading view). */
export interface OpenProgress {
  /** A load of `label` started; `cancel` stops it. */
  start(label: string, cancel: () => void): void;
  progress(stage: ImportStage): void;
  hide(): void;
}

const ITEM_KEYS: Record<'slides' | 'features' | 'characters', AuthorKey> = { slides: 'import.slides', features: 'import.features', characters: 'import.characters' };

/** Step 1: the article (pasted, dropped or chosen), its publication date, and extraction's progress. */
export interface InputView {
  readonly message: Message;
  readonly progress: ProgressView;
  /** Opening a story file: its progress, with Cancel. */
  readonly opening: OpenProgress;
  text(): string;
  /**
   * Sets the article text; with `whileHidden` (the input step is hidden) it is kept aside and put
   * into the text box only by {@link InputView.shown}: megabytes put into a text box take a long task.
   */
  setText(text: string, whileHidden?: boolean): void;
  /** The input step is on screen again: text kept aside goes into the text box. */
  shown(): void;
  date(): string;
  setDate(date: string): void;
  /** Says whether the date was found in the text; when it was not, the date field is required. */
  detected(date: string | null): void;
  /** Disables the inputs while extraction runs. */
  busy(on: boolean): void;
  focusDate(): void;
  destroy(): void;
}

/** Creates the input step in `el`. */
export function createInputView(el: HTMLElement, options: InputViewOptions): InputView {
  const lang = options.lang ?? 'en';
  const section = textElement('section', 'au-input-step');
  section.setAttribute('aria-labelledby', 'au-input-title');
  const title = textElement('h2', 'au-step-title', at(lang, 'input.title'));
  title.id = 'au-input-title';
  const intro = textElement('p', 'au-hint', at(lang, 'input.intro'));
  const areaLabel = textElement('label', 'au-field', at(lang, 'input.text'));
  const area = document.createElement('textarea');
  // The text set while the input step was hidden, not yet in the text box.
  let held: string | null = null;
  area.className = 'au-input au-textarea';
  area.rows = 14;
  area.spellcheck = false;
  // A sample of the input itself (a date line and an English news article, which is what extraction reads), so it is not translated.
  area.placeholder = 'date 2020-02-03\nNUR-SULTAN • United States Secretary of State Mike Pompeo urged Kazakhstan yesterday…';
  areaLabel.append(area);
  const fileLabel = textElement('label', 'au-file', at(lang, 'input.chooseFile'));
  const file = document.createElement('input');
  file.type = 'file';
  file.accept = '.txt,.text,.html,.htm,.json,.geojson,.csv,text/plain,text/html,application/json,text/csv';
  file.className = 'au-file__input';
  fileLabel.append(file);
  const dateLabel = textElement('label', 'au-field au-field--inline', at(lang, 'input.date'));
  const date = document.createElement('input');
  date.type = 'date';
  date.className = 'au-input';
  dateLabel.append(date);
  const dateNote = textElement('span', 'au-hint au-date-note');
  dateNote.id = 'au-date-note';
  date.setAttribute('aria-describedby', dateNote.id);
  const go = createButton(at(lang, 'input.find'), options.onSubmit, 'au-btn au-btn--primary');
  const row = textElement('div', 'au-row au-input-row');
  row.append(fileLabel, dateLabel, dateNote, go);
  const slot = textElement('div', 'au-input-slot');
  section.append(title, intro, areaLabel, row, slot);
  el.append(section);
  const message = createMessage(slot);
  let lastFound: string | null = null;
  const progress = createProgressView(slot, options.onCancel, lang);
  let cancelOpening = (): void => undefined;
  const loading = createLoadingView(slot, { lang, over: false, buttonClass: 'au-btn au-btn--danger', onCancel: () => cancelOpening() });
  const opening: OpenProgress = {
    start(label, cancel) {
      cancelOpening = cancel;
      loading.start(label);
    },
    progress(s) {
      const count = (n: number): string => n.toLocaleString(lang);
      if (s.stage === 'reading') loading.detail(at(lang, 'import.reading'));
      else if (s.stage === 'parsing') loading.detail(at(lang, 'import.parsing'));
      else if (s.stage === 'checking') loading.detail(loadingText(lang, 'checking'));
      else if (s.stage === 'receiving') loading.detail(at(lang, 'import.receiving', { done: count(s.done), total: count(s.total) }), s.done, s.total);
      else {
        const size = s.noun === 'characters' ? (n: number): string => formatBytes(n, lang) : count;
        loading.detail(at(lang, ITEM_KEYS[s.noun], { done: size(s.done), total: size(s.total) }), s.done, s.total);
      }
    },
    hide() {
      cancelOpening = () => undefined;
      loading.hide();
    },
  };

  area.addEventListener('input', options.onText);
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) options.onFile(f);
    file.value = '';
  });
  section.addEventListener('dragover', (e) => {
    e.preventDefault();
    section.classList.add('is-dragging');
  });
  section.addEventListener('dragleave', () => section.classList.remove('is-dragging'));
  section.addEventListener('drop', (e) => {
    e.preventDefault();
    section.classList.remove('is-dragging');
    const f = e.dataTransfer?.files[0];
    if (f) options.onFile(f);
  });

  return {
    message,
    progress,
    opening,
    text: () => held ?? area.value,
    setText(text, whileHidden = false) {
      held = whileHidden ? text : null;
      if (!whileHidden) area.value = text;
    },
    shown() {
      if (held !== null) area.value = held;
      held = null;
    },
    date: () => date.value,
    setDate(value) {
      date.value = value;
    },
    detected(found) {
      date.required = found === null;
      dateNote.textContent = found !== null ? at(lang, 'input.dateFound', { iso: found, date: dayInWords(found, lang) }) : at(lang, 'input.dateMissing');
      if (found !== null && (date.value === '' || date.value === lastFound)) date.value = found;
      lastFound = found;
    },
    busy(on) {
      for (const c of [area, file, date, go]) c.disabled = on;
    },
    focusDate() {
      date.focus();
    },
    destroy() {
      section.remove();
    },
  };
}
