import { createLayout } from '../app/createLayout';
import { mountStory, type MountOptions } from '../app/mountStory';
import { currentEventId } from '../playback/cursor';
import { validateStory } from '../story/validateStory';
import type { EmbedOptions } from './embedOptions';

/** What an embedded story tells its listeners: the current event changed, or playing started or stopped. */
export interface EmbedEvents {
  event: { eventId: string | null; index: number; count: number };
  playing: { playing: boolean };
}

/** A story mounted by {@link mount}: the verbs a host page drives it with. */
export interface EmbedHandle {
  /** The story's event ids in playback order. */
  readonly eventIds: readonly string[];
  play(): void;
  pause(): void;
  /** Selects `eventId`; `false` when the story has no such event. */
  goTo(eventId: string): boolean;
  /** Calls `handler` on each `name`; returns a function that stops it. */
  on<K extends keyof EmbedEvents>(name: K, handler: (detail: EmbedEvents[K]) => void): () => void;
  destroy(): void;
}

/** Options for {@link mount}: the embed options plus how the viewer itself runs. */
export interface MountEmbedOptions extends Partial<EmbedOptions>, Pick<MountOptions, 'map' | 'intervalMs' | 'onError'> {
  /** Mirror the current event in this page's `#event=` (default false: the page is not ours). */
  hash?: boolean;
  /** Listen for playback keys on the whole document instead of only inside `element` (default false). */
  documentKeys?: boolean;
}

function showError(element: HTMLElement, title: string, details: readonly string[]): void {
  const box = document.createElement('div');
  box.className = 'dl-error';
  box.setAttribute('role', 'alert');
  const head = document.createElement('strong');
  head.textContent = title;
  const list = document.createElement('ul');
  for (const d of details) {
    const li = document.createElement('li');
    li.textContent = d;
    list.append(li);
  }
  box.append(head, list);
  element.replaceChildren(box);
}

/**
 * Mounts the viewer for untrusted `story` data in `element` (sized by its container). Invalid data
 * shows the errors in `element` and throws, so the host page knows.
 */
export function mount(element: HTMLElement, story: unknown, options: MountEmbedOptions = {}): EmbedHandle {
  const result = validateStory(story);
  if (!result.ok) {
    showError(element, 'This is not a valid Dateline story, so it cannot be shown.', result.errors);
    throw new Error(`Invalid story: ${result.errors.join('; ')}`);
  }
  // The viewer lives in its own box filling `element`, so the host's sizing of `element` always wins.
  const root = document.createElement('div');
  root.classList.add('dl-embed');
  if (options.theme === 'dark' || options.theme === 'light') root.classList.add(`dl-theme--${options.theme}`);
  if (options.controls === false) root.classList.add('dl-embed--no-controls');
  element.classList.add('dl-embed-host');
  element.replaceChildren(root);
  if (options.lang !== undefined) element.lang = options.lang;
  if (options.height !== undefined) element.style.height = options.height;
  const layout = createLayout(root);
  layout.picker.hidden = true;
  const mountOptions: MountOptions = {
    map: { basemap: '110m', ...options.map },
    hash: options.hash ?? false,
    history: 'replace',
    keys: options.documentKeys === true ? document : element,
    stateElement: element,
  };
  if (options.intervalMs !== undefined) mountOptions.intervalMs = options.intervalMs;
  if (options.onError) mountOptions.onError = options.onError;
  const mounted = mountStory(layout, result.story, mountOptions);
  const { player } = mounted;
  const listeners = { event: new Set<(d: EmbedEvents['event']) => void>(), playing: new Set<(d: EmbedEvents['playing']) => void>() };
  const unsubscribe = player.subscribe((c, p) => {
    if (c.index !== p.index) for (const h of [...listeners.event]) h({ eventId: currentEventId(c), index: c.index, count: c.order.length });
    if (c.playing !== p.playing) for (const h of [...listeners.playing]) h({ playing: c.playing });
  });
  const has = (id: string): boolean => player.cursor.order.includes(id);
  if (options.event !== undefined && currentEventId(player.cursor) === null && has(options.event)) player.select(options.event);
  if (options.autoplay === true) player.play();
  return {
    eventIds: player.cursor.order,
    play: () => player.play(),
    pause: () => player.pause(),
    goTo(eventId) {
      if (!has(eventId)) return false;
      if (player.cursor.playing) player.pause();
      player.select(eventId);
      return true;
    },
    on(name, handler) {
      const set = listeners[name] as Set<typeof handler>;
      set.add(handler);
      return () => set.delete(handler);
    },
    destroy() {
      unsubscribe();
      mounted.destroy();
      element.replaceChildren();
      element.classList.remove('dl-embed-host');
    },
  };
}
