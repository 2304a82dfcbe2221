import { currentEventId } from '../playback/cursor';
import type { Player } from '../playback/createPlayer';
import { formatHash, parseHash } from '../playback/hashState';
import type { TimeWindow } from '../timeline/createWindowBrush';

/** What the URL follows and sets besides the player: the brushed time window. */
export interface UrlStateOptions {
  /** Follow and write `location.hash` at all (false: every call does nothing). */
  enabled: boolean;
  /** 'replace': never add history entries (an embed inside someone else's page). */
  history?: 'push' | 'replace';
  window(): TimeWindow | null;
  setWindow(w: TimeWindow | null): void;
}

/** The page's URL as the story's state: `#event=<id>`, `#t=<iso>`, `#from=…&to=…`. */
export interface UrlState {
  /** Mirrors the state in the URL: a reader's step (`push`) is a history entry; playback and restoring only replace. */
  write(push: boolean): void;
  /** Writes once the state has settled for 300 ms (a scrub becomes one entry, not one per pointer move). */
  writeSoon(): void;
  /** Sets the player and the window from the URL, and follows back, forward and edited hashes. */
  follow(): void;
  destroy(): void;
}

const sameWindow = (a: TimeWindow | null, b: TimeWindow | null): boolean => a?.from === b?.from && a?.to === b?.to;

export function createUrlState(player: Player, options: UrlStateOptions): UrlState {
  let restoring = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (push: boolean): void => {
    const c = player.cursor;
    const hash = formatHash({ eventId: currentEventId(c), time: c.mode === 'time' ? c.time : null, window: options.window() });
    if (!options.enabled || hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push && !c.playing && !restoring && options.history !== 'replace') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const restore = (): void => {
    const { eventId, time, window: w } = parseHash(location.hash);
    restoring = true;
    if (time !== undefined && time !== null) {
      if (time !== player.cursor.time) player.seek(time);
    } else {
      if (player.cursor.mode === 'time') player.setMode('event');
      if (eventId !== currentEventId(player.cursor)) player.select(eventId);
    }
    if (!sameWindow(w ?? null, options.window())) options.setWindow(w ?? null);
    restoring = false;
  };
  return {
    write,
    writeSoon() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => write(true), 300);
    },
    follow() {
      if (!options.enabled) return;
      window.addEventListener('hashchange', restore);
      window.addEventListener('popstate', restore);
      restore();
    },
    destroy() {
      if (timer !== null) clearTimeout(timer);
      window.removeEventListener('hashchange', restore);
      window.removeEventListener('popstate', restore);
    },
  };
}
