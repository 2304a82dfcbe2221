/**
 * The playback cursor: an immutable value saying which event is selected in which order,
 * whether playing, how fast, and whether to loop. Every change makes a new cursor.
 */
export interface Cursor {
  /** Event ids in the order the player walks them. */
  readonly order: readonly string[];
  /** Index into `order` of the selected event; -1 when nothing is selected. */
  readonly index: number;
  readonly playing: boolean;
  /** Steps per base interval: 2 plays twice as fast. */
  readonly speed: number;
  /** Start over after the last event instead of stopping. */
  readonly loop: boolean;
  /** `event`: play steps from event to event; `time`: play moves `time` on continuously. */
  readonly mode: PlayMode;
  /** In time mode, the moment shown (UTC ms); `null` in event mode. */
  readonly time: number | null;
}

/** How the player moves: event by event, or continuously through time. */
export type PlayMode = 'event' | 'time';

/** A cursor over `order` with nothing selected, paused, at speed 1, not looping. */
export function createCursor(order: readonly string[], options: Partial<Omit<Cursor, 'order'>> = {}): Cursor {
  const index = options.index ?? -1;
  return {
    order: [...order],
    index: index >= -1 && index < order.length ? index : -1,
    playing: options.playing ?? false,
    speed: options.speed ?? 1,
    loop: options.loop ?? false,
    mode: options.mode ?? 'event',
    time: options.mode === 'time' ? (options.time ?? null) : null,
  };
}

/** The id of the selected event, or `null`. */
export function currentEventId(c: Cursor): string | null {
  return c.order[c.index] ?? null;
}

/** Whether the cursor is on the last event. */
export function atEnd(c: Cursor): boolean {
  return c.order.length > 0 && c.index === c.order.length - 1;
}

/** One step on; past the last event it wraps when looping, else it stays there and pauses. */
export function cursorNext(c: Cursor): Cursor {
  if (c.order.length === 0) return { ...c, playing: false };
  if (c.index < c.order.length - 1) return { ...c, index: c.index + 1 };
  return c.loop ? { ...c, index: 0 } : { ...c, playing: false };
}

/** One step back; stays on the first event (nothing selected selects the first). */
export function cursorPrevious(c: Cursor): Cursor {
  if (c.order.length === 0) return c;
  return { ...c, index: Math.max(0, c.index - 1) };
}

/** Selects the first event. */
export function cursorFirst(c: Cursor): Cursor {
  return c.order.length === 0 ? c : { ...c, index: 0 };
}

/** Selects the last event. */
export function cursorLast(c: Cursor): Cursor {
  return { ...c, index: c.order.length - 1 };
}

/** Selects the event with `id`; an unknown id leaves the cursor as it is. */
export function cursorSelect(c: Cursor, id: string | null): Cursor {
  if (id === null) return { ...c, index: -1, playing: false };
  const index = c.order.indexOf(id);
  return index === -1 ? c : { ...c, index };
}

/** Starts playing; from the end (when not looping) or from nothing, it starts at the first event. */
export function cursorPlay(c: Cursor): Cursor {
  if (c.order.length === 0) return c;
  const restart = c.index === -1 || (atEnd(c) && !c.loop);
  return { ...c, playing: true, index: restart ? 0 : c.index };
}

/** Pauses. */
export function cursorPause(c: Cursor): Cursor {
  return c.playing ? { ...c, playing: false } : c;
}

/** Sets the speed, clamped to 0.25–8. */
export function cursorSpeed(c: Cursor, speed: number): Cursor {
  return { ...c, speed: Math.min(8, Math.max(0.25, speed)) };
}

/** Turns looping on or off. */
export function cursorLoop(c: Cursor, loop: boolean): Cursor {
  return { ...c, loop };
}

/** The ids from the first event up to and including the selected one: what has happened so far. */
export function seenEventIds(c: Cursor): ReadonlySet<string> {
  return new Set(c.order.slice(0, c.index + 1));
}

/** Switches mode; time mode starts at `time` (the selected event's start, say), event mode forgets the time. */
export function cursorMode(c: Cursor, mode: PlayMode, time: number | null): Cursor {
  return mode === 'time' ? { ...c, mode, time } : { ...c, mode, time: null };
}

/** In time mode, moves to `time` with `index` the event active then (from the time index); -1 for none yet. */
export function cursorTime(c: Cursor, time: number, index: number): Cursor {
  return { ...c, mode: 'time', time, index };
}
