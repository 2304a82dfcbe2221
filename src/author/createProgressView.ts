import { textElement } from '../app/textElement';
import { createButton } from './createButton';
import { EXTRACT_STAGES, type ExtractStage } from './workerMessages';

const LABELS: Record<ExtractStage, string> = {
  gazetteer: 'Loading the gazetteer (82,000 places)',
  reading: 'Reading the article',
  finding: 'Finding places, times and events',
  checking: 'Checking the story',
};

/** Extraction's progress: the stages so far, and a Cancel button. */
export interface ProgressView {
  /** Shows `stage` as the current one (the earlier ones as done); null hides the view. */
  show(stage: ExtractStage | null): void;
  destroy(): void;
}

/** Creates the progress view in `el`; `onCancel` is called when the author presses Cancel. */
export function createProgressView(el: HTMLElement, onCancel: () => void): ProgressView {
  const box = textElement('div', 'au-progress');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.hidden = true;
  const list = textElement('ol', 'au-progress__stages');
  const items = EXTRACT_STAGES.map((s) => {
    const li = textElement('li', 'au-progress__stage', LABELS[s]);
    list.append(li);
    return li;
  });
  const bar = document.createElement('progress');
  bar.className = 'au-progress__bar';
  bar.max = EXTRACT_STAGES.length;
  const cancel = createButton('Cancel', onCancel, 'au-btn au-btn--danger');
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
