import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { downloadBlob } from './downloadBlob';
import type { SnapshotOptions } from './renderSnapshot';
import { snapshotFileName } from './snapshotFileName';

/** Options for {@link createSaveImageButton}. */
export interface SaveImageButtonOptions {
  /** What to draw, asked at each click (the current event may have changed). */
  capture: () => SnapshotOptions;
  /** The current event's id, for the file name `dateline-<event>.png`. */
  eventId: () => string | null;
  /** Interface language (default English). */
  lang?: Lang;
  /** Extra class names for the button, e.g. to match the surrounding bar. */
  className?: string;
  /** Called with a message when the image cannot be made (default: `console.warn`). */
  onError?: (message: string) => void;
}

/** The "Save as image" button. */
export interface SaveImageButton {
  readonly element: HTMLButtonElement;
  destroy(): void;
}

/** Creates a "Save as image" button in `el`: a click renders the map and timeline and downloads `dateline-<event>.png`. */
export function createSaveImageButton(el: HTMLElement, options: SaveImageButtonOptions): SaveImageButton {
  const lang = options.lang ?? 'en';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `dl-save ${options.className ?? ''}`.trim();
  button.textContent = t(lang, 'snapshot.save');
  button.addEventListener('click', () => {
    if (button.disabled) return;
    button.disabled = true;
    button.textContent = t(lang, 'snapshot.saving');
    // The renderer is fetched (same origin) on the first click, so readers who never save do not load it.
    import('./renderSnapshot')
      .then(({ renderSnapshot }) => renderSnapshot({ lang, ...options.capture() }))
      .then((shot) => downloadBlob(shot.blob, snapshotFileName(options.eventId())))
      .catch((e: unknown) => (options.onError ?? console.warn)(t(lang, 'snapshot.failed', { message: e instanceof Error ? e.message : String(e) })))
      .finally(() => {
        button.disabled = false;
        button.textContent = t(lang, 'snapshot.save');
      });
  });
  el.append(button);
  return {
    element: button,
    destroy: () => button.remove(),
  };
}
