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
  /** A web page's source was pasted into an empty text box: it is read as a page, not taken as text. */
  onPage: (html: string) => void;
}

/** Where opening a file shows its progress and offers Cancel (the input step's loading view). */
export interface OpenProgress {
  /** A load of `label` started; `cancel` stops it. */
  start(label: string, cancel: () => void): void;
  progress(stage: ImportStage): void;
  hide(): void;
}

/**
 * Above this many characters an article is not put into the text box: a text box lays out all it
 * holds at once (1.4 s for 5 MB), so a longer text is kept as it is, its start shown read-only,
 * and the box is offered on request.
 */
export const BOX_LIMIT = 100_000;
/** The start of a web page's source (after any white space): pasted, it is read as the page, not as text. */
const PAGE_SOURCE = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;
/** How much of a text too long for the box is shown. */
const START_SHOWN = 2_000;

const ITEM_KEYS: Record<'slides' | 'features' | 'characters', AuthorKey> = { slides: 'import.slides', features: 'import.features', characters: 'import.characters' };

/** Step 1: the article (pasted, dropped or chosen), its publication date, and extraction's progress. */
export interface InputView {
  readonly message: Message;
  readonly progress: ProgressView;
  /** Opening a story file: its progress, with Cancel. */
  readonly opening: OpenProgress;
  text(): string;
  /**
   * Sets the article text. A text over {@link BOX_LIMIT} never goes into the text box unasked
   * (megabytes put into a text box take a long task): it is kept, and its start shown instead.
   */
  setText(text: string): void;
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
  area.className = 'au-input au-textarea';
  area.rows = 14;
  area.spellcheck = false;
  // A sample of the input itself (a date line and an English news article, which is what extraction reads), so it is not translated.
  area.placeholder = 'date 2020-02-03\nNUR-SULTAN • United States Secretary of State Mike Pompeo urged Kazakhstan yesterday…';
  areaLabel.append(area);
  // A text too long for the box: kept here, its length and start shown, the box offered on request.
  let big: string | null = null;
  const bigBox = textElement('div', 'au-bigtext');
  bigBox.hidden = true;
  const bigTitle = textElement('p', 'au-field', at(lang, 'input.text'));
  const bigSummary = textElement('p', 'au-hint au-bigtext__summary');
  bigSummary.id = 'au-bigtext-summary';
  // Named by the summary ("… characters: too long … Its start:"), not "Article text": that is the text box's name.
  const bigStart = textElement('pre', 'au-bigtext__start');
  bigStart.tabIndex = 0;
  bigStart.setAttribute('aria-labelledby', bigSummary.id);
  const bigEdit = createButton(at(lang, 'input.bigEdit'), () => {
    const text = big ?? '';
    showBig(null);
    area.value = text;
    area.focus();
  });
  const bigClear = createButton(at(lang, 'input.bigClear'), () => {
    showBig(null);
    area.value = '';
    area.focus();
    options.onText();
  });
  const bigRow = textElement('div', 'au-row');
  bigRow.append(bigEdit, bigClear);
  bigBox.append(bigTitle, bigSummary, bigStart, bigRow);
  /** Shows `text` as too long for the box, or (null) the box again. */
  function showBig(text: string | null): void {
    big = text;
    bigBox.hidden = text === null;
    areaLabel.hidden = text !== null;
    if (text === null) {
      bigStart.textContent = '';
      return;
    }
    area.value = '';
    bigSummary.textContent = at(lang, 'input.bigSummary', { count: text.length.toLocaleString(lang) });
    bigStart.textContent = text.length > START_SHOWN ? `${text.slice(0, START_SHOWN)}…` : text;
  }
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
  section.append(title, intro, areaLabel, bigBox, row, slot);
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
  // A paste that would make the text too long for the box is taken from the clipboard, not typed into the box.
  area.addEventListener('paste', (e) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const from = area.selectionStart;
    const to = area.selectionEnd;
    // A page's source pasted as the whole article (an empty or wholly selected box) is read the way an .html file is.
    if (to - from === area.value.length && PAGE_SOURCE.test(pasted.slice(0, 200))) {
      e.preventDefault();
      options.onPage(pasted);
      return;
    }
    if (area.value.length - (to - from) + pasted.length <= BOX_LIMIT) return;
    e.preventDefault();
    showBig(area.value.slice(0, from) + pasted + area.value.slice(to));
    options.onText();
  });
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
    text: () => big ?? area.value,
    setText(text) {
      if (text.length > BOX_LIMIT) return showBig(text);
      showBig(null);
      area.value = text;
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
      for (const c of [area, file, date, go, bigEdit, bigClear]) c.disabled = on;
    },
    focusDate() {
      date.focus();
    },
    destroy() {
      section.remove();
    },
  };
}
