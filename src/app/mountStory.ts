import { createMapView, type MapViewOptions } from '../map/createMapView';
import { currentEventId, seenEventIds } from '../playback/cursor';
import { createPlayer, type Player } from '../playback/createPlayer';
import { eventOrder } from '../playback/eventOrder';
import { formatHash, parseHash } from '../playback/hashState';
import type { Story } from '../story/types';
import { createTimelineView } from '../timeline/createTimelineView';
import { createControls } from './createControls';
import { createEventList } from './createEventList';
import { createNarrationView } from './createNarrationView';
import type { Layout } from './createLayout';
import { describeWhen } from './describeWhen';

/** Options for {@link mountStory}. */
export interface MountOptions {
  /** Passed to the map (basemap detail, tile URL…). */
  map?: MapViewOptions;
  /** Milliseconds per event at speed 1 (default 2500). */
  intervalMs?: number;
  /** Called when something goes wrong that the reader should see. */
  onError?: (message: string) => void;
  /** Mirror the selection in the page's `#event=<id>` and follow it (default true; off where the page is not ours). */
  hash?: boolean;
  /**
   * How a reader's step reaches the history (default 'push': back returns to it). Embeds use
   * 'replace', so a story inside someone else's page never takes over that page's back button.
   */
  history?: 'push' | 'replace';
  /** Where the playback keys (space, arrows, Home, End) are heard (default `document`; `null` for none). */
  keys?: HTMLElement | Document | null;
  /** The element whose `data-selected-event` names the current event (default `document.body`). */
  stateElement?: HTMLElement;
}

/** A story on screen: its player, and a way to take it all down. */
export interface MountedStory {
  readonly player: Player;
  destroy(): void;
}

/**
 * Puts a validated story on the page: map, timeline, controls, narration and list all follow
 * one player; selecting on any of them selects on all, and `#event=<id>` mirrors the selection.
 */
export function mountStory(layout: Layout, story: Story, options: MountOptions = {}): MountedStory {
  const order = eventOrder(story);
  const useHash = options.hash ?? true;
  const byId = new Map(story.events.map((e) => [e.id, e]));
  const player = createPlayer(order, options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {});
  const select = (id: string): void => {
    if (player.cursor.playing) player.pause();
    player.select(id);
  };
  const onPlaceClick = (placeId: string): void => {
    const withPlace = order.filter((id) => byId.get(id)?.placeIds.includes(placeId));
    if (withPlace.length === 0) return;
    // Clicking again walks on through that place's events.
    const at = withPlace.indexOf(currentEventId(player.cursor) ?? '');
    const next = withPlace[(at + 1) % withPlace.length];
    if (next !== undefined) select(next);
  };
  const mapOptions: MapViewOptions = { ...options.map, onPlaceClick };
  if (options.onError) mapOptions.onError = options.onError;
  const map = createMapView(layout.map, mapOptions);
  const timeline = createTimelineView(layout.timeline, { onSelect: select });
  const narration = createNarrationView(layout.narration, { onStep: (d) => (d < 0 ? player.previous() : player.next()) });
  const list = createEventList(layout.list, { onSelect: select });
  const controls = createControls(layout.controls, {
    onCommand: (c) => player[c](),
    onSpeed: (s) => player.setSpeed(s),
    onLoop: (l) => player.setLoop(l),
  });

  layout.title.textContent = story.meta.title;
  layout.byline.textContent = [story.meta.source?.name, `published ${describeWhen({ start: story.meta.published, precision: 'day' })}`, story.meta.dateline?.text]
    .filter((x) => x !== undefined && x !== '')
    .join(' · ');
  map.show(story);
  timeline.show(story);
  narration.show(story);
  list.show(story, order);

  const render = (): void => {
    const c = player.cursor;
    const id = currentEventId(c);
    map.focus(id, seenEventIds(c));
    timeline.focus(id);
    narration.focus(id, id !== null ? `Event ${c.index + 1} of ${c.order.length}` : undefined);
    list.focus(id);
    controls.show(c);
    (options.stateElement ?? document.body).dataset['selectedEvent'] = id ?? '';
    const hash = formatHash({ eventId: id });
    if (useHash && hash !== location.hash) {
      // A reader's step is a history entry (back returns to it); playback only replaces the current one.
      const url = `${location.pathname}${location.search}${hash}`;
      if (c.playing || options.history === 'replace') history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
  };
  const unsubscribe = player.subscribe((c, previous) => {
    if (c.index !== previous.index || c.playing !== previous.playing || c.speed !== previous.speed || c.loop !== previous.loop) render();
  });
  const restore = (): void => {
    const { eventId } = parseHash(location.hash);
    if (eventId !== currentEventId(player.cursor)) player.select(eventId);
  };
  const onKey = (e: Event): void => {
    if (!(e instanceof KeyboardEvent)) return;
    const target = e.target as HTMLElement | null;
    if (target && target.closest('input, select, textarea, button, svg, [contenteditable]')) return;
    const keys: Record<string, () => void> = { ' ': player.toggle, ArrowRight: player.next, ArrowLeft: player.previous, Home: player.first, End: player.last };
    const f = keys[e.key];
    if (f && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      f();
    }
  };
  const keyTarget = options.keys === undefined ? document : options.keys;
  if (useHash) {
    window.addEventListener('hashchange', restore);
    window.addEventListener('popstate', restore);
  }
  keyTarget?.addEventListener('keydown', onKey);
  const resize = new ResizeObserver(() => map.resize());
  resize.observe(layout.map);
  if (useHash) restore();
  render();

  return {
    player,
    destroy() {
      unsubscribe();
      player.destroy();
      resize.disconnect();
      window.removeEventListener('hashchange', restore);
      window.removeEventListener('popstate', restore);
      keyTarget?.removeEventListener('keydown', onKey);
      for (const v of [map, timeline, narration, list, controls]) v.destroy();
    },
  };
}
