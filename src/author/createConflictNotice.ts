import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { createButton } from './createButton';
import { at } from './i18n/at';
import { clockTime } from './i18n/clockTime';

/** Options for {@link createConflictNotice}. */
export interface ConflictNoticeOptions {
  keepMine: () => void;
  useTheirs: () => void;
  /** Interface language (default English). */
  lang?: Lang;
}

/** Asks which draft to keep when another tab saved the same draft. */
export interface ConflictNotice {
  show(savedAt: string): void;
  hide(): void;
}

/** Creates the (hidden) conflict notice in `el`. */
export function createConflictNotice(el: HTMLElement, options: ConflictNoticeOptions): ConflictNotice {
  const lang = options.lang ?? 'en';
  const box = textElement('div', 'au-message au-message--warning au-conflict');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'au-conflict-text');
  box.hidden = true;
  const text = textElement('p', 'au-conflict__text');
  text.id = 'au-conflict-text';
  const mine = createButton(at(lang, 'conflict.keepMine'), () => {
    box.hidden = true;
    options.keepMine();
  }, 'au-btn au-btn--primary');
  const theirs = createButton(at(lang, 'conflict.useTheirs'), () => {
    box.hidden = true;
    options.useTheirs();
  });
  const row = textElement('div', 'au-row');
  row.append(mine, theirs);
  box.append(text, row);
  el.append(box);
  return {
    show(savedAt) {
      const when = savedAt ? at(lang, 'conflict.savedAt', { time: clockTime(savedAt, lang) }) : at(lang, 'conflict.justNow');
      text.textContent = at(lang, 'conflict.text', { when });
      box.hidden = false;
      mine.focus();
    },
    hide() {
      box.hidden = true;
    },
  };
}
