import { createLayout, type Layout } from '../app/createLayout';
import { mountStory, type MountedStory, type MountOptions } from '../app/mountStory';
import type { Lang } from '../i18n/languages';
import { isLanguageLoaded, loadLanguage } from '../i18n/loadLanguage';
import { pageLanguage } from '../i18n/pageLanguage';
import { t } from '../i18n/t';
import { currentEventId } from '../playback/cursor';
import { createSaveImageButton } from '../snapshot/createSaveImageButton';
import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import type { EmbedOptions } from './embedOptions';
import { showEmbedError } from './showEmbedError';

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

/** The viewer in `root`, in `lang`, with a "Save as image" button in its header. */
function build(root: HTMLElement, element: HTMLElement, story: Story, options: MountEmbedOptions, lang: Lang): MountedStory {
  root.replaceChildren();
  root.lang = lang;
  const layout: Layout = createLayout(root, lang);
  layout.picker.hidden = true;
  layout.title.lang = story.meta.language;
  const mountOptions: MountOptions = {
    map: { basemap: '110m', ...options.map },
    hash: options.hash ?? false,
    history: 'replace',
    keys: options.documentKeys === true ? document : element,
    stateElement: element,
    lang,
  };
  if (options.intervalMs !== undefined) mountOptions.intervalMs = options.intervalMs;
  if (options.onError) mountOptions.onError = options.onError;
  const mounted = mountStory(layout, story, mountOptions);
  const tools = document.createElement('div');
  tools.className = 'dl-embed__tools';
  layout.header.append(tools);
  const events = new Map(story.events.map((e) => [e.id, e]));
  createSaveImageButton(tools, {
    lang,
    className: 'dl-link',
    eventId: () => currentEventId(mounted.player.cursor),
    capture: () => {
      const event = events.get(currentEventId(mounted.player.cursor) ?? '');
      return { map: layout.map, timeline: layout.timeline, title: event ? `${story.meta.title} — ${event.title}` : story.meta.title };
    },
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return mounted;
}

/**
 * Mounts the viewer for untrusted `story` data in `element` (sized by its container). Invalid data
 * shows the errors in `element` and throws, so the host page knows. The interface speaks
 * `options.lang`, else the language of the page around `element`; a language not loaded yet is
 * fetched (same origin) and the viewer redrawn in it, keeping the current event.
 */
export function mount(element: HTMLElement, story: unknown, options: MountEmbedOptions = {}): EmbedHandle {
  const result = validateStory(story);
  if (!result.ok) {
    showEmbedError(element, t(pageLanguage(element, options.lang), 'error.invalid'), result.errors);
    throw new Error(`Invalid story: ${result.errors.join('; ')}`);
  }
  return mountValid(element, result.story, options);
}

/** Mounts a story that has already been validated (by the story worker) in `element`, as {@link mount} does. */
export function mountValid(element: HTMLElement, story: Story, options: MountEmbedOptions = {}): EmbedHandle {
  const lang = pageLanguage(element, options.lang);
  // The viewer fills a box of its own in `element`: the box fills `element` when the host gave it a
  // height, else has the embed's default height (embed.css), so the host's sizing always wins.
  const box = document.createElement('div');
  box.className = 'dl-embed-box';
  const root = document.createElement('div');
  root.classList.add('dl-embed');
  if (options.theme === 'dark' || options.theme === 'light') root.classList.add(`dl-theme--${options.theme}`);
  if (options.controls === false) root.classList.add('dl-embed--no-controls');
  box.append(root);
  element.classList.add('dl-embed-host');
  element.replaceChildren(box);
  if (options.height !== undefined) element.style.height = options.height;
  const listeners = { event: new Set<(d: EmbedEvents['event']) => void>(), playing: new Set<(d: EmbedEvents['playing']) => void>() };
  let mounted = build(root, element, story, options, lang);
  let unsubscribe = (): void => undefined;
  let destroyed = false;
  const follow = (): void => {
    unsubscribe = mounted.player.subscribe((c, p) => {
      if (c.index !== p.index) for (const h of [...listeners.event]) h({ eventId: currentEventId(c), index: c.index, count: c.order.length });
      if (c.playing !== p.playing) for (const h of [...listeners.playing]) h({ playing: c.playing });
    });
  };
  follow();
  const player = () => mounted.player;
  const has = (id: string): boolean => player().cursor.order.includes(id);
  if (options.event !== undefined && currentEventId(player().cursor) === null && has(options.event)) player().select(options.event);
  if (options.autoplay === true) player().play();
  if (!isLanguageLoaded(lang)) {
    void loadLanguage(lang).then(() => {
      if (destroyed) return;
      const { cursor } = player();
      const id = currentEventId(cursor);
      unsubscribe();
      mounted.destroy();
      mounted = build(root, element, story, options, lang);
      follow();
      if (id !== null) player().select(id);
      if (cursor.playing) player().play();
    });
  }
  return {
    eventIds: player().cursor.order,
    play: () => player().play(),
    pause: () => player().pause(),
    goTo(eventId) {
      if (!has(eventId)) return false;
      if (player().cursor.playing) player().pause();
      player().select(eventId);
      return true;
    },
    on(name, handler) {
      const set = listeners[name] as Set<typeof handler>;
      set.add(handler);
      return () => set.delete(handler);
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      mounted.destroy();
      element.replaceChildren();
      element.classList.remove('dl-embed-host');
    },
  };
}
