import { textElement } from '../app/textElement';
import { createButton } from './createButton';

/** Options for {@link createConflictNotice}. */
export interface ConflictNoticeOptions {
  keepMine: () => void;
  useTheirs: () => void;
}

/** Asks which draft to keep when another tab saved the same draft. */
export interface ConflictNotice {
  show(savedAt: string): void;
  hide(): void;
}

/** Creates the (hidden) conflict notice in `el`. */
export function createConflictNotice(el: HTMLElement, options: ConflictNoticeOptions): ConflictNotice {
  const box = textElement('div', 'au-message au-message--warning au-conflict');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'au-conflict-text');
  box.hidden = true;
  const text = textElement('p', 'au-conflict__text');
  text.id = 'au-conflict-text';
  const mine = createButton("Keep this tab's version", () => {
    box.hidden = true;
    options.keepMine();
  }, 'au-btn au-btn--primary');
  const theirs = createButton("Use the other tab's version", () => {
    box.hidden = true;
    options.useTheirs();
  });
  const row = textElement('div', 'au-row');
  row.append(mine, theirs);
  box.append(text, row);
  el.append(box);
  return {
    show(savedAt) {
      const when = savedAt ? new Date(savedAt).toLocaleTimeString() : 'just now';
      text.textContent = `This draft was also changed in another tab or window (saved at ${when}). Nothing has been overwritten: which version do you want to keep? This tab stops saving until you choose.`;
      box.hidden = false;
      mine.focus();
    },
    hide() {
      box.hidden = true;
    },
  };
}
