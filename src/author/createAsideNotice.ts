import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { createButton } from './createButton';
import { at } from './i18n/at';

/** Options for {@link createAsideNotice}. */
export interface AsideNoticeOptions {
  /** Offer the kept-aside text as a file. */
  download: () => void;
  /** Remove the kept-aside text for good. */
  discard: () => void;
  /** Interface language (default English). */
  lang?: Lang;
}

/** Tells the author a saved draft could not be (fully) read and was kept aside, with what they can do about it. */
export interface AsideNotice {
  /** Shows `text` (what happened) and, when saving waits for a decision, says so. */
  show(text: string, held: boolean): void;
  hide(): void;
}

/**
 * Creates the (hidden) notice in `el`: "Download it" keeps a copy as a file, "Discard it" removes
 * it on purpose; the notice stays until one of them is pressed, so the kept-aside draft is never
 * forgotten without the author knowing.
 */
export function createAsideNotice(el: HTMLElement, options: AsideNoticeOptions): AsideNotice {
  const lang = options.lang ?? 'en';
  const box = textElement('div', 'au-message au-message--warning au-aside');
  box.setAttribute('role', 'alert');
  box.hidden = true;
  const text = textElement('p', 'au-aside__text');
  const waiting = textElement('p', 'au-aside__held', at(lang, 'aside.held'));
  const download = createButton(at(lang, 'aside.download'), () => {
    options.download();
    // Once downloaded, saving may go on; the notice stays so the author can still discard it.
    waiting.hidden = true;
  }, 'au-btn au-btn--primary');
  const discard = createButton(at(lang, 'aside.discard'), () => {
    box.hidden = true;
    options.discard();
  });
  const row = textElement('div', 'au-row');
  row.append(download, discard);
  box.append(text, waiting, row);
  el.append(box);
  return {
    show(message, held) {
      text.textContent = message;
      waiting.hidden = !held;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}
