import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Cursor, PlayMode } from '../playback/cursor';
import { icon, type IconName } from './icon';

/** What a control asks the player to do. */
export type Command = 'first' | 'previous' | 'toggle' | 'next' | 'last';

/** Options for {@link createControls}. */
export interface ControlsOptions {
  onCommand: (command: Command) => void;
  onSpeed: (speed: number) => void;
  onLoop: (loop: boolean) => void;
  /** Called when the reader switches between stepping by event and playing through time (default: no mode picker). */
  onMode?: (mode: PlayMode) => void;
  /** Called when the reader clears the time window (default: no clear button). */
  onClearWindow?: () => void;
  /** Interface language, loaded already (default English). */
  lang?: Lang;
}

/** The player's controls: first, previous, play/pause, next, last, speed, loop, and a position readout. */
export interface Controls {
  /** Reflects the cursor: play/pause state, position, disabled ends. */
  show(cursor: Cursor): void;
  /** Says which time window filters the map (`null`: none; the clear button hides). */
  showWindow(text: string | null): void;
  destroy(): void;
}

function button(name: IconName, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `dl-btn dl-btn--${name}`;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.append(icon(name));
  b.addEventListener('click', onClick);
  return b;
}

/** Creates the controls in `el`. */
export function createControls(el: HTMLElement, options: ControlsOptions): Controls {
  const lang = options.lang ?? 'en';
  const bar = document.createElement('div');
  bar.className = 'dl-controls';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t(lang, 'controls.toolbar'));
  const cmd = (c: Command) => () => options.onCommand(c);
  const first = button('first', t(lang, 'controls.first'), cmd('first'));
  const previous = button('previous', t(lang, 'controls.previous'), cmd('previous'));
  const play = button('play', t(lang, 'controls.play'), cmd('toggle'));
  play.classList.add('dl-btn--primary');
  const next = button('next', t(lang, 'controls.next'), cmd('next'));
  const last = button('last', t(lang, 'controls.last'), cmd('last'));
  const position = document.createElement('span');
  position.className = 'dl-position';
  const speed = document.createElement('select');
  speed.className = 'dl-speed';
  speed.setAttribute('aria-label', t(lang, 'controls.speed'));
  for (const s of [0.5, 1, 2, 4, 8]) {
    const o = document.createElement('option');
    o.value = String(s);
    o.textContent = `${s}×`;
    speed.append(o);
  }
  speed.addEventListener('change', () => options.onSpeed(Number(speed.value)));
  const loopLabel = document.createElement('label');
  loopLabel.className = 'dl-loop';
  const loop = document.createElement('input');
  loop.type = 'checkbox';
  loop.addEventListener('change', () => options.onLoop(loop.checked));
  loopLabel.append(loop, document.createTextNode(t(lang, 'controls.loop')));
  const mode = document.createElement('select');
  mode.className = 'dl-speed dl-mode';
  mode.setAttribute('aria-label', t(lang, 'controls.mode'));
  for (const [value, text] of [['event', t(lang, 'controls.byEvent')], ['time', t(lang, 'controls.byTime')]] as const) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    mode.append(o);
  }
  mode.addEventListener('change', () => options.onMode?.(mode.value === 'time' ? 'time' : 'event'));
  const windowText = document.createElement('span');
  windowText.className = 'dl-window';
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'dl-link dl-window__clear';
  clear.textContent = t(lang, 'controls.clearWindow');
  clear.addEventListener('click', () => options.onClearWindow?.());
  windowText.hidden = clear.hidden = true;
  // The line keeps its place while empty, so setting a window moves nothing below the controls.
  const windowLine = document.createElement('span');
  windowLine.className = 'dl-window-line';
  windowLine.append(windowText, clear);
  bar.append(first, previous, play, next, last, position, speed, ...(options.onMode ? [mode] : []), loopLabel, ...(options.onClearWindow ? [windowLine] : []));
  el.append(bar);
  let playing: boolean | null = null;
  return {
    show(cursor) {
      // Called on every frame in time mode: touch the DOM only where something changed.
      if (cursor.playing !== playing) {
        playing = cursor.playing;
        play.replaceChildren(icon(cursor.playing ? 'pause' : 'play'));
        play.setAttribute('aria-label', t(lang, cursor.playing ? 'controls.pause' : 'controls.play'));
        play.title = t(lang, cursor.playing ? 'controls.pause' : 'controls.play');
        play.setAttribute('aria-pressed', String(cursor.playing));
      }
      const n = cursor.order.length;
      const text = cursor.index >= 0 ? t(lang, 'controls.position', { index: cursor.index + 1, count: n }) : t(lang, 'controls.eventCount', { count: n });
      if (position.textContent !== text) position.textContent = text;
      mode.value = cursor.mode;
      first.disabled = previous.disabled = n === 0 || cursor.index <= 0;
      next.disabled = last.disabled = n === 0 || cursor.index >= n - 1;
      play.disabled = n === 0;
      speed.value = String(cursor.speed);
      loop.checked = cursor.loop;
    },
    showWindow(text) {
      windowText.hidden = clear.hidden = text === null;
      windowText.textContent = text ?? '';
      // Two lines at most: the whole text stays in the tooltip.
      windowText.title = text ?? '';
    },
    destroy() {
      bar.remove();
    },
  };
}
