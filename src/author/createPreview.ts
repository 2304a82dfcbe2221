import '../map/placeHandle.css';
import { createLayout } from '../app/createLayout';
import { mountStory, type MountedStory } from '../app/mountStory';
import type { Lang } from '../i18n/languages';
import type { MapViewState } from '../map/createMapView';
import { currentEventId } from '../playback/cursor';
import type { Story } from '../story/types';
import { createButton } from './createButton';
import { at } from './i18n/at';

/**
 * How many events, places and route stops together a preview draws without being asked. Drawing
 * is one task the player cannot cut: here a 1,000-stop track took 600 ms, 99,000 events seconds.
 */
export const PREVIEW_UNASKED_LIMIT = 500;

/** The events, places and route stops a preview of `story` draws. */
const drawnCount = (story: Story): number => story.events.length + story.places.length + story.routes.reduce((n, r) => n + r.stops.length, 0);

/** Options for {@link createPreview}. */
export interface PreviewOptions {
  /** A problem drawing the map (the basemap failed to load). */
  onError: (message: string) => void;
  /** The author dropped a place at a new position on the preview's map (default: places cannot be moved there). */
  onPlaceDrag?: (placeId: string, lat: number, lon: number) => void;
  /** Milliseconds to wait for more edits before redrawing (default 200). */
  delayMs?: number;
  /** The player's language, loaded already (default English): the preview shows what a reader of that language sees. */
  lang?: Lang;
}

/** The live player pane: the story as a reader will see it. */
export interface Preview {
  /**
   * Redraws with `story` (after a short pause), keeping the selected event when it still exists;
   * with `keepView` the map keeps looking where it looked (after a place was dragged, or an undo).
   * Resolves once a preview at least as new as `story` is drawn (or the preview is destroyed).
   */
  show(story: Story, keepView?: boolean): Promise<void>;
  destroy(): void;
}

/** Creates the preview in `el` with the viewer's own layout and mountStory; it never touches the page's URL. */
export function createPreview(el: HTMLElement, options: PreviewOptions): Preview {
  const lang = options.lang ?? 'en';
  let mounted: MountedStory | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wanted: Story | null = null;
  let keep = false;
  // The author asked for the preview of a story over the limit; it is then redrawn after each edit as any other.
  let asked = false;
  // Everyone waiting for the next draw: a later show supersedes an earlier one before it is drawn.
  const waiting: (() => void)[] = [];
  const settle = (): void => {
    for (const done of waiting.splice(0)) done();
  };
  const map = { basemap: '110m' as const, animate: false, ...(options.onPlaceDrag ? { onPlaceDrag: options.onPlaceDrag } : {}) };

  /** In place of a preview too big to draw unasked: what it holds, and a button that draws it. */
  const offer = (story: Story): void => {
    mounted?.destroy();
    mounted = null;
    const box = document.createElement('div');
    box.className = 'au-preview__offer';
    const text = document.createElement('p');
    text.textContent = at(lang, 'preview.large', { count: drawnCount(story) });
    const button = createButton(at(lang, 'preview.draw'), () => {
      asked = true;
      draw();
    });
    box.append(text, button);
    el.replaceChildren(box);
  };

  const draw = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const story = wanted;
    if (!story) return;
    if (!asked && drawnCount(story) > PREVIEW_UNASKED_LIMIT) {
      offer(story);
      settle();
      return;
    }
    const selected = mounted ? currentEventId(mounted.player.cursor) : null;
    const view: MapViewState | undefined = keep ? mounted?.map.view() : undefined;
    // A place moved with the keyboard keeps the focus on its handle in the new map.
    const focused = document.activeElement instanceof HTMLElement && el.contains(document.activeElement) ? document.activeElement.closest<HTMLElement>('.dl-handle')?.dataset['placeId'] : undefined;
    mounted?.destroy();
    const root = document.createElement('div');
    el.replaceChildren(root);
    const layout = createLayout(root, lang);
    mounted = mountStory(layout, story, { lang, hash: false, keys: el, stateElement: el, map, onError: options.onError });
    if (selected !== null && story.events.some((e) => e.id === selected)) mounted.player.select(selected);
    if (view) mounted.map.setView(view);
    if (focused !== undefined) [...el.querySelectorAll<HTMLElement>('.dl-handle')].find((h) => h.dataset['placeId'] === focused)?.focus();
    settle();
  };

  return {
    show(story, keepView = false) {
      wanted = story;
      // Several edits before one redraw: keep the view only if each of them asked to.
      keep = timer !== undefined ? keep && keepView : keepView;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(draw, mounted ? (options.delayMs ?? 200) : 0);
      return new Promise((resolve) => waiting.push(resolve));
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      settle();
      mounted?.destroy();
      mounted = null;
      el.replaceChildren();
    },
  };
}
