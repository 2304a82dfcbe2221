import type { Cursor } from '../playback/cursor';
import { icon, type IconName } from './icon';

/** What a control asks the player to do. */
export type Command = 'first' | 'previous' | 'toggle' | 'next' | 'last';

/** Options for {@link createControls}. */
export interface ControlsOptions {
  onCommand: (command: Command) => void;
  onSpeed: (speed: number) => void;
  onLoop: (loop: boolean) => void;
}

/** The player's controls: first, previous, play/pause, next, last, speed, loop, and a position readout. */
export interface Controls {
  /** Reflects the cursor: play/pause state, position, disabled ends. */
  show(cursor: Cursor): void;
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
  const bar = document.createElement('div');
  bar.className = 'dl-controls';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Playback');
  const cmd = (c: Command) => () => options.onCommand(c);
  const first = button('first', 'First event', cmd('first'));
  const previous = button('previous', 'Previous event', cmd('previous'));
  const play = button('play', 'Play', cmd('toggle'));
  play.classList.add('dl-btn--primary');
  const next = button('next', 'Next event', cmd('next'));
  const last = button('last', 'Last event', cmd('last'));
  const position = document.createElement('span');
  position.className = 'dl-position';
  const speed = document.createElement('select');
  speed.className = 'dl-speed';
  speed.setAttribute('aria-label', 'Speed');
  for (const s of [0.5, 1, 2, 4]) {
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
  loopLabel.append(loop, document.createTextNode('Loop'));
  bar.append(first, previous, play, next, last, position, speed, loopLabel);
  el.append(bar);
  return {
    show(cursor) {
      play.replaceChildren(icon(cursor.playing ? 'pause' : 'play'));
      play.setAttribute('aria-label', cursor.playing ? 'Pause' : 'Play');
      play.title = cursor.playing ? 'Pause' : 'Play';
      play.setAttribute('aria-pressed', String(cursor.playing));
      const n = cursor.order.length;
      position.textContent = cursor.index >= 0 ? `${cursor.index + 1} / ${n}` : `${n} events`;
      first.disabled = previous.disabled = n === 0 || cursor.index <= 0;
      next.disabled = last.disabled = n === 0 || cursor.index >= n - 1;
      play.disabled = n === 0;
      speed.value = String(cursor.speed);
      loop.checked = cursor.loop;
    },
    destroy() {
      bar.remove();
    },
  };
}
