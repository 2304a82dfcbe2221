import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { createSaveImageButton, type SaveImageButtonOptions } from '../snapshot/createSaveImageButton';
import type { PresentAction } from './presentKeys';

/** Options for {@link createPresentBar}. */
export interface PresentBarOptions {
  lang: Lang;
  /** The pace selected at first, in seconds per slide. */
  pace: number;
  onAction: (action: PresentAction) => void;
  onPace: (seconds: number) => void;
  /** What "Save as image" draws and how it names the file. */
  save: Pick<SaveImageButtonOptions, 'capture' | 'eventId'>;
  /** Show "Back to the story" (default: not shown). */
  back: boolean;
}

/** The bar's parts that the presentation updates as it goes. */
export interface PresentBar {
  readonly previous: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  readonly position: HTMLElement;
  readonly auto: HTMLButtonElement;
  readonly countdown: HTMLElement;
  readonly back: HTMLAnchorElement;
}

const PACES = [5, 10, 20, 30, 60];

function button(className: string, label: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `dl-present__btn ${className}`;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Fills the presentation's toolbar `bar`: the way back to the story, previous and next, the
 * position, autoplay with its pace menu and countdown, full screen, "Save as image", and the keys.
 */
export function createPresentBar(bar: HTMLElement, options: PresentBarOptions): PresentBar {
  const { lang } = options;
  const act = (action: PresentAction) => () => options.onAction(action);
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t(lang, 'present.toolbar'));
  const back = document.createElement('a');
  back.className = 'dl-present__back';
  back.textContent = t(lang, 'present.back');
  back.title = t(lang, 'present.backLabel');
  const previous = button('dl-present__prev', t(lang, 'present.previous'), '←', act('previous'));
  const next = button('dl-present__next', t(lang, 'present.next'), '→', act('next'));
  const position = document.createElement('span');
  position.className = 'dl-present__position';
  const auto = button('dl-present__auto', t(lang, 'present.autoplay'), t(lang, 'present.autoplay'), act('autoplay'));
  const paceLabel = document.createElement('label');
  paceLabel.className = 'dl-present__pace';
  const paceSelect = document.createElement('select');
  for (const s of PACES) paceSelect.append(new Option(t(lang, 'present.paceOption', { seconds: s }), String(s), s === options.pace, s === options.pace));
  paceSelect.addEventListener('change', () => options.onPace(Number(paceSelect.value)));
  paceLabel.append(document.createTextNode(`${t(lang, 'present.pace')} `), paceSelect);
  const countdown = document.createElement('span');
  countdown.className = 'dl-present__countdown';
  countdown.setAttribute('role', 'timer');
  const full = button('dl-present__full', t(lang, 'present.fullscreenLabel'), t(lang, 'present.fullscreen'), act('fullscreen'));
  const save = createSaveImageButton(bar, { lang, className: 'dl-present__btn', ...options.save });
  const help = document.createElement('span');
  help.className = 'dl-present__help';
  help.textContent = t(lang, 'present.help');
  bar.append(...(options.back ? [back] : []), previous, next, position, auto, paceLabel, countdown, full, save.element, help);
  return { previous, next, position, auto, countdown, back };
}
