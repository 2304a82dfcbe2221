import {
  createCursor,
  cursorFirst,
  cursorLast,
  cursorLoop,
  cursorNext,
  cursorPause,
  cursorPlay,
  cursorPrevious,
  cursorSelect,
  cursorSpeed,
  type Cursor,
} from './cursor';

/** The timers the player uses; pass fakes in tests. */
export interface PlayerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options for {@link createPlayer}. */
export interface PlayerOptions {
  /** Milliseconds each event stays on screen at speed 1 (default 2500). */
  intervalMs?: number;
  /** Timers (default: the global `setTimeout`/`clearTimeout`). */
  clock?: PlayerClock;
  /** The cursor to start from (default: nothing selected, paused). */
  initial?: Partial<Omit<Cursor, 'order'>>;
}

/** A player: drives a {@link Cursor} through time and tells listeners of every new cursor. */
export interface Player {
  readonly cursor: Cursor;
  play(): void;
  pause(): void;
  toggle(): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  select(id: string | null): void;
  setSpeed(speed: number): void;
  setLoop(loop: boolean): void;
  /** Calls `fn` with each new cursor; returns an unsubscribe function. */
  subscribe(fn: (cursor: Cursor, previous: Cursor) => void): () => void;
  destroy(): void;
}

const globalClock: PlayerClock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};

/** Creates a player over events in `order`; while playing it steps every `intervalMs / speed`. */
export function createPlayer(order: readonly string[], options: PlayerOptions = {}): Player {
  const intervalMs = options.intervalMs ?? 2500;
  const clock = options.clock ?? globalClock;
  const listeners = new Set<(c: Cursor, p: Cursor) => void>();
  let cursor = createCursor(order, { ...options.initial, playing: false });
  let timer: unknown = null;

  const stopTimer = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const schedule = (): void => {
    stopTimer();
    if (cursor.playing) timer = clock.setTimeout(tick, intervalMs / cursor.speed);
  };
  const set = (nextCursor: Cursor, reschedule: boolean): void => {
    const previous = cursor;
    cursor = nextCursor;
    if (reschedule || !cursor.playing) schedule();
    if (cursor !== previous) for (const fn of [...listeners]) fn(cursor, previous);
  };
  function tick(): void {
    timer = null;
    set(cursorNext(cursor), true);
  }
  // A manual step while playing restarts the interval, so the new event gets its full time.
  const step = (f: (c: Cursor) => Cursor) => (): void => set(f(cursor), true);

  return {
    get cursor() {
      return cursor;
    },
    play: () => set(cursorPlay(cursor), true),
    pause: () => set(cursorPause(cursor), true),
    toggle: () => set(cursor.playing ? cursorPause(cursor) : cursorPlay(cursor), true),
    next: step(cursorNext),
    previous: step(cursorPrevious),
    first: step(cursorFirst),
    last: step(cursorLast),
    select: (id) => set(cursorSelect(cursor, id), true),
    setSpeed: (speed) => set(cursorSpeed(cursor, speed), true),
    setLoop: (loop) => set(cursorLoop(cursor, loop), false),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      stopTimer();
      listeners.clear();
    },
  };
}
