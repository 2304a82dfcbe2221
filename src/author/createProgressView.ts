import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { createButton } from './createButton';
import { at } from './i18n/at';
import type { AuthorKey } from './i18n/authorMessages';
import { EXTRACT_STAGES, type ExtractStage } from './workerMessages';

const LABELS: Record<ExtractStage, AuthorKey> = {
  gazetteer: 'progress.gazetteer',
  reading: 'progress.reading',
  finding: 'progress.finding',
  checking: 'progress.checking',
};

/** The gazetteer's size in round numbers, for the loading stage (a test keeps it near `geo/gazetteer.json`'s). */
export const GAZETTEER_PLACES = 110_000;

/** Extraction's progress: the stages so far, and a Cancel button. */
export interface ProgressView {
  /** Shows `stage` as the current one (the earlier ones as done); null hides the view. */
  show(stage: ExtractStage | null): void;
  destroy(): void;
}

/** Creates the progress view in `el`, in `lang` (default English); `onCancel` is called when the author presses Cancel. */
export function createProgressView(el: HTMLElement, onCancel: () => void, lang: Lang = 'en'): ProgressView {
  const box = textElement('div', 'au-progress');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.hidden = true;
  const list = textElement('ol', 'au-progress__stages');
  const items = EXTRACT_STAGES.map((s) => {
    const li = textElement('li', 'au-progress__stage', at(lang, LABELS[s], { count: GAZETTEER_PLACES }));
    list.append(li);
    return li;
  });
  const bar = document.createElement('progress');
  bar.className = 'au-progress__bar';
  bar.max = EXTRACT_STAGES.length;
  const cancel = createButton(at(lang, 'progress.cancel'), onCancel, 'au-btn au-btn--danger');
  box.append(bar, list, cancel);
  el.append(box);
  return {
    show(stage) {
      box.hidden = stage === null;
      if (stage === null) return;
      const at = EXTRACT_STAGES.indexOf(stage);
      bar.value = at + 0.5;
      items.forEach((li, i) => {
        li.classList.toggle('is-done', i < at);
        li.classList.toggle('is-current', i === at);
        if (i === at) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
      });
    },
    destroy() {
      box.remove();
    },
  };
}
