import { createGroupFilter } from '../collection/createGroupFilter';
import { groupColors } from '../collection/groupPalette';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { createMapView, type MapView, type MapViewOptions } from '../map/createMapView';
import { currentEventId } from '../playback/cursor';
import { createPlayer, type Player } from '../playback/createPlayer';
import { createSeenTracker } from '../playback/createSeenTracker';
import { eventOrder } from '../playback/eventOrder';
import { createTimeIndex } from '../playback/timeIndex';
import type { Story } from '../story/types';
import { createTimelineView, type TimelineViewOptions } from '../timeline/createTimelineView';
import type { TimeWindow } from '../timeline/createWindowBrush';
import { describeWindow } from '../timeline/describeWindow';
import { createControls } from './createControls';
import { createEventList } from './createEventList';
import { createNarrationView } from './createNarrationView';
import { createUrlState } from './createUrlState';
import { playbackKeys } from './playbackKeys';
import type { Layout } from './createLayout';
import { storyByline } from './storyByline';

/** Options for {@link mountStory}. */
export interface MountOptions {
  /** Passed to the map (basemap detail, tile URL…). */
  map?: MapViewOptions;
  /** Passed to the timeline (when it switches to a canvas…). */
  timeline?: Pick<TimelineViewOptions, 'canvasAbove' | 'rowHeight' | 'labelWidth'>;
  /** Milliseconds per event at speed 1 (default 2500). */
  intervalMs?: number;
  /** Story days per second when playing by time, at speed 1 (default 1). */
  daysPerSecond?: number;
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
  /** Interface language, loaded already with `loadLanguage` (default English). */
  lang?: Lang;
}

/** A story on screen: its player, and a way to take it all down. */
export interface MountedStory {
  readonly player: Player;
  /** The map, for a host that keeps its view across redraws (the authoring preview). */
  readonly map: MapView;
  destroy(): void;
}

/**
 * Puts a validated story on the page: map, timeline, controls, narration and list all follow
 * one player; selecting on any of them selects on all. The URL mirrors the state: `#event=<id>`,
 * `#t=<iso>` in time mode, `#from=<iso>&to=<iso>` for a brushed window.
 */
export function mountStory(layout: Layout, story: Story, options: MountOptions = {}): MountedStory {
  const order = eventOrder(story);
  const lang = options.lang ?? 'en';
  const useHash = options.hash ?? true;
  const byId = new Map(story.events.map((e) => [e.id, e]));
  const times = createTimeIndex(story, order);
  const player = createPlayer(order, {
    times,
    ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
    ...(options.daysPerSecond !== undefined ? { daysPerSecond: options.daysPerSecond } : {}),
  });
  let timeWindow: TimeWindow | null = null;
  let hiddenGroups: ReadonlySet<string> = new Set();
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const colors = story.groups && story.groups.length > 0 ? groupColors(story.groups, dark) : null;
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
  const mapOptions: MapViewOptions = { lang, ...options.map, onPlaceClick, ...(colors ? { groupColors: colors } : {}) };
  if (options.onError) mapOptions.onError = options.onError;
  const map = createMapView(layout.map, mapOptions);
  const timeline = createTimelineView(layout.timeline, {
    ...options.timeline,
    onSelect: select,
    onScrub: (ms) => {
      if (player.cursor.playing) player.pause();
      player.seek(ms);
    },
    onWindow: (w) => applyWindow(w, true),
  });
  const narration = createNarrationView(layout.narration, { onStep: (d) => (d < 0 ? player.previous() : player.next()), lang });
  const list = createEventList(layout.list, { onSelect: select, lang });
  const controls = createControls(layout.controls, {
    onCommand: (c) => player[c](),
    onSpeed: (s) => player.setSpeed(s),
    onLoop: (l) => player.setLoop(l),
    onMode: (m) => player.setMode(m),
    onClearWindow: () => applyWindow(null, true),
    lang,
  });
  const url = createUrlState(player, { enabled: useHash, window: () => timeWindow, setWindow: (w) => applyWindow(w, false), ...(options.history ? { history: options.history } : {}) });
  /** The map shows the places of the events in the time window and in the articles left ticked. */
  const filterMap = (): void => {
    if (!timeWindow && hiddenGroups.size === 0) return map.filter(null);
    const ids = timeWindow ? times.inWindow(timeWindow.from, timeWindow.to) : new Set(order);
    if (hiddenGroups.size > 0) for (const id of ids) if (hiddenGroups.has(byId.get(id)?.group ?? '')) ids.delete(id);
    map.filter(ids);
  };
  const groupFilter =
    story.groups && colors
      ? createGroupFilter(layout.groups, {
          groups: story.groups,
          colors,
          onChange: (hidden) => {
            hiddenGroups = hidden;
            timeline.setGroups({ colors, hidden });
            list.hideGroups(hidden);
            filterMap();
          },
        })
      : null;
  function applyWindow(w: TimeWindow | null, record: boolean): void {
    timeWindow = w;
    timeline.setWindow(w);
    filterMap();
    controls.showWindow(w ? describeWindow(w, lang) : null);
    if (record) url.write(true);
  }

  layout.title.textContent = story.meta.title;
  layout.byline.textContent = storyByline(story, lang);
  map.show(story);
  timeline.show(story);
  if (colors) timeline.setGroups({ colors, hidden: hiddenGroups });
  narration.show(story);
  list.show(story, order, colors ?? undefined);

  let heavyTimer: ReturnType<typeof setTimeout> | null = null;
  let spread: Array<ReturnType<typeof setTimeout>> = [];
  let slowAt = -Infinity;
  const seen = createSeenTracker();
  const focusMap = (): void => map.focus(currentEventId(player.cursor), seen(player.cursor));
  const focusNarration = (): void => {
    const c = player.cursor;
    const id = currentEventId(c);
    narration.focus(id, id !== null ? t(lang, 'narration.position', { index: c.index + 1, count: c.order.length }) : undefined);
  };
  const focusList = (): void => list.focus(currentEventId(player.cursor));
  /**
   * The views that cost most per event: the map's flight, the narration, the list, the URL. While
   * playing by time (`throttled`) each runs in its own task, so no frame carries them all, and the
   * list (which redraws its window of items) and the URL (a history write) follow only every 2 s.
   */
  const renderHeavy = (throttled = false): void => {
    heavyTimer = null;
    for (const timer of spread.splice(0)) clearTimeout(timer);
    if (!throttled) {
      // What the reader watches moves in this frame; the list (which may redraw its window of
      // items) and the URL (a history write, ~10 ms) follow in a task of their own.
      focusMap();
      focusNarration();
      spread = [setTimeout(() => {
        focusList();
        url.write(true);
      }, 0)];
      return;
    }
    const jobs = [focusNarration];
    if (performance.now() - slowAt >= 2000) {
      slowAt = performance.now();
      jobs.push(focusList, () => url.write(true));
    }
    focusMap();
    spread = jobs.map((job, i) => setTimeout(job, 70 * (i + 1)));
  };
  const render = (throttle = false): void => {
    const c = player.cursor;
    const id = currentEventId(c);
    timeline.focus(id);
    controls.show(c);
    timeline.setTime(c.mode === 'time' ? c.time : null);
    const state = options.stateElement ?? document.body;
    state.dataset['selectedEvent'] = id ?? '';
    state.dataset['playMode'] = c.mode;
    // A screen reader hears the event where play by time stops, not several a second while it runs.
    narration.quiet(c.playing && c.mode === 'time');
    // Playing by time can pass many events a second: the timeline keeps up, the rest catches up every 400 ms.
    if (!throttle) {
      if (heavyTimer !== null) clearTimeout(heavyTimer);
      renderHeavy();
    } else heavyTimer ??= setTimeout(() => renderHeavy(true), 400);
  };
  const unsubscribe = player.subscribe((c, previous) => {
    const settings = c.playing !== previous.playing || c.speed !== previous.speed || c.loop !== previous.loop || c.mode !== previous.mode;
    if (settings || c.index !== previous.index) render(!settings && c.playing && c.mode === 'time');
    else if (c.time !== previous.time) {
      // Time moved within the same event (every frame while playing by time): only the playhead follows.
      timeline.setTime(c.time);
      controls.show(c);
      if (!c.playing) {
        // A scrub settles into one history entry, not one per pointer move.
        url.writeSoon();
      }
    }
  });
  const onKey = playbackKeys(player, () => (timeWindow ? () => applyWindow(null, true) : null));
  const keyTarget = options.keys === undefined ? document : options.keys;
  keyTarget?.addEventListener('keydown', onKey);
  const resize = new ResizeObserver(() => map.resize());
  resize.observe(layout.map);
  url.follow();
  render();

  return {
    player,
    map,
    destroy() {
      unsubscribe();
      if (heavyTimer !== null) clearTimeout(heavyTimer);
      for (const timer of spread) clearTimeout(timer);
      player.destroy();
      resize.disconnect();
      url.destroy();
      keyTarget?.removeEventListener('keydown', onKey);
      groupFilter?.destroy();
      for (const v of [map, timeline, narration, list, controls]) v.destroy();
    },
  };
}
