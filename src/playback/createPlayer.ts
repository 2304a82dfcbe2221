import {
  createCursor,
  cursorFirst,
  cursorLast,
  cursorLoop,
  cursorMode,
  cursorNext,
  cursorPause,
  cursorPlay,
  cursorPrevious,
  cursorSelect,
  cursorSpeed,
  cursorTime,
  currentEventId,
  type Cursor,
  type PlayMode,
} from './cursor';
import type { TimeIndex } from './timeIndex';
import { createTimeSchedule } from './timeSchedule';

/** The timers the player uses; pass fakes in tests. */
export interface PlayerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Calls `fn` before the next frame with a timestamp in ms (default: `requestAnimationFrame`). */
  requestFrame?(fn: (now: number) => void): unknown;
  cancelFrame?(handle: unknown): void;
}

/** Options for {@link createPlayer}. */
export interface PlayerOptions {
  /** Milliseconds each event stays on screen at speed 1 (default 2500). */
  intervalMs?: number;
  /** Timers (default: the global `setTimeout`/`clearTimeout`). */
  clock?: PlayerClock;
  /** The cursor to start from (default: nothing selected, paused). */
  initial?: Partial<Omit<Cursor, 'order'>>;
  /** The story's time index; without it time mode has nothing to move through. */
  times?: TimeIndex;
  /** In time mode, story days per second at speed 1 (default: whatever plays the whole story in 30 seconds). */
  daysPerSecond?: number;
  /**
   * In time mode, the least milliseconds each event is shown at speed 1, so events that start
   * together are each seen in turn (default: `intervalMs`, but all of them together no longer
   * than the time takes to move through the story).
   */
  dwellMs?: number;
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
  /** Switches between stepping by event and moving continuously through time. */
  setMode(mode: PlayMode): void;
  /** Moves to a moment (time mode): the active event becomes the latest one started by then (ties: the last in order). */
  seek(ms: number): void;
  /** Calls `fn` with each new cursor; returns an unsubscribe function. */
  subscribe(fn: (cursor: Cursor, previous: Cursor) => void): () => void;
  destroy(): void;
}

const globalClock: PlayerClock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  ...(typeof requestAnimationFrame === 'function'
    ? { requestFrame: (fn: (now: number) => void) => requestAnimationFrame(fn), cancelFrame: (h: unknown) => cancelAnimationFrame(h as number) }
    : {}),
};
const DAY = 86_400_000;
/** The longest frame gap counted, so a tab in the background does not jump the story ahead. */
const MAX_FRAME_MS = 250;
/** One frame at 60 Hz, in ms. */
const FRAME_MS = 1000 / 60;

/** Creates a player over events in `order`; while playing it steps every `intervalMs / speed`. */
export function createPlayer(order: readonly string[], options: PlayerOptions = {}): Player {
  const intervalMs = options.intervalMs ?? 2500;
  const clock = options.clock ?? globalClock;
  const listeners = new Set<(c: Cursor, p: Cursor) => void>();
  let cursor = createCursor(order, { ...options.initial, playing: false });
  let timer: unknown = null;
  let frame: unknown = null;
  let lastFrame: number | null = null;
  const times = options.times;
  const span = times ? times.domain[1] - times.domain[0] : 0;
  // Story ms per real ms: the given rate, else the whole story in 30 s (at least a minute a second).
  const msPerMs = options.daysPerSecond !== undefined ? (options.daysPerSecond * DAY) / 1000 : Math.max(60, span / 30_000);
  const position = new Map(order.map((id, i) => [id, i]));
  const count = times?.size ?? 0;
  // The schedule of a play by time, laid out on first use: a story only ever played by event never pays for it.
  let laidOut: ReturnType<typeof createTimeSchedule> | null | undefined;
  const dwellMs = options.dwellMs ?? Math.min(intervalMs, span / msPerMs / Math.max(1, count));
  /** Whether each event is meant to be on screen for a frame or more at `speed` (a story of 50,000 events is not). */
  const seenEach = (speed: number): boolean => dwellMs >= FRAME_MS * speed;
  const courseOf = (): ReturnType<typeof createTimeSchedule> | null => (laidOut ??= times ? createTimeSchedule(times, { msPerMs, dwellMs }) : null);
  // While playing by time: the play clock (see TimeSchedule) and the cursor it was read from; any
  // other change of time or event (seek, step, select) makes the clock be read again from the cursor.
  let playClock = 0;
  let clockOf: Cursor | null = null;
  const requestFrame = clock.requestFrame ?? ((fn: (now: number) => void) => clock.setTimeout(() => fn(performance.now()), 16));
  const cancelFrame = clock.cancelFrame ?? ((h: unknown) => clock.clearTimeout(h));

  const stopTimer = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    if (frame !== null) cancelFrame(frame);
    timer = frame = lastFrame = null;
  };
  const schedule = (): void => {
    stopTimer();
    if (!cursor.playing) return;
    if (cursor.mode === 'time') frame = requestFrame(onFrame);
    else timer = clock.setTimeout(tick, intervalMs / cursor.speed);
  };
  const indexOfRank = (rank: number): number => position.get(times?.idAt(rank) ?? '') ?? -1;
  const at = (c: Cursor, ms: number): Cursor => cursorTime(c, ms, indexOfRank(times?.rankAt(ms) ?? -1));
  /** The play clock of a cursor in time mode: kept while playing, else read from its time and event. */
  const clockFor = (c: Cursor): number => {
    if (clockOf !== null && clockOf.time === c.time && clockOf.index === c.index) return playClock;
    const id = currentEventId(c);
    return courseOf()?.clockAt(c.time ?? times?.domain[0] ?? 0, id !== null ? (times?.rankOf(id) ?? -1) : -1) ?? 0;
  };
  // In time mode a step lands on the event's own moment.
  const timed = (c: Cursor): Cursor => {
    if (c.mode !== 'time') return c;
    const id = currentEventId(c);
    const start = id !== null ? times?.startOf(id) : null;
    return start !== null && start !== undefined ? { ...c, time: start } : c;
  };
  function onFrame(now: number): void {
    frame = null;
    const course = courseOf();
    if (!course || !cursor.playing || cursor.mode !== 'time') return;
    const dt = lastFrame === null ? 0 : Math.min(MAX_FRAME_MS, now - lastFrame);
    lastFrame = now;
    let clock = clockFor(cursor) + dt * cursor.speed;
    let next = cursor;
    if (clock >= course.duration) {
      if (cursor.loop) clock = 0;
      else {
        clock = course.duration;
        next = cursorPause(next);
      }
    }
    let { time, rank } = course.at(clock);
    // A late frame (a busy or slow machine) may carry the clock past an event's whole moment: where
    // each event is meant to be seen for a frame or more, the play stops on the next event instead,
    // so every one is shown in turn however late the frames (a story of 50,000 events, each shown
    // for less than a frame by design, still passes many in one).
    const id = times && seenEach(cursor.speed) ? currentEventId(cursor) : null;
    const shown = id !== null ? (times?.rankOf(id) ?? -1) : -1;
    if (times && shown >= 0 && rank > shown + 1) {
      rank = shown + 1;
      time = times.startAt(rank);
      clock = course.clockAt(time, rank);
      next = cursor;
    }
    const keep = lastFrame;
    playClock = clock;
    clockOf = cursorTime(next, time, indexOfRank(rank));
    set(clockOf, false);
    if (cursor.playing) {
      lastFrame = keep;
      frame = requestFrame(onFrame);
    }
  }
  const set = (nextCursor: Cursor, reschedule: boolean): void => {
    const previous = cursor;
    cursor = nextCursor;
    if (reschedule || !cursor.playing || previous.mode !== cursor.mode) schedule();
    if (cursor !== previous) for (const fn of [...listeners]) fn(cursor, previous);
  };
  function tick(): void {
    timer = null;
    set(cursorNext(cursor), true);
  }
  // A manual step while playing restarts the interval, so the new event gets its full time.
  const step = (f: (c: Cursor) => Cursor) => (): void => set(timed(f(cursor)), true);
  // Playing by time goes on from the event shown (not the last of those that start with it); from nothing or the end it starts over.
  const play = (c: Cursor): Cursor => {
    const course = courseOf();
    if (c.mode !== 'time' || !course) return cursorPlay(c);
    const clock = c.time === null || c.index === -1 || (clockFor(c) >= course.duration && !c.loop) ? 0 : clockFor(c);
    const { time, rank } = course.at(clock);
    const next = { ...cursorTime(c, time, indexOfRank(rank)), playing: c.order.length > 0 };
    playClock = clock;
    clockOf = next;
    return next;
  };

  return {
    get cursor() {
      return cursor;
    },
    play: () => set(play(cursor), true),
    pause: () => set(cursorPause(cursor), true),
    toggle: () => set(cursor.playing ? cursorPause(cursor) : play(cursor), true),
    next: step(cursorNext),
    previous: step(cursorPrevious),
    first: step(cursorFirst),
    last: step(cursorLast),
    select: (id) => set(timed(cursorSelect(cursor, id)), true),
    setSpeed: (speed) => set(cursorSpeed(cursor, speed), true),
    setLoop: (loop) => set(cursorLoop(cursor, loop), false),
    setMode(mode) {
      if (mode === cursor.mode) return;
      const id = currentEventId(cursor);
      const start = (id !== null ? times?.startOf(id) : null) ?? times?.domain[0] ?? null;
      set(cursorMode(cursor, mode, start), true);
    },
    seek(ms) {
      const [t0, t1] = times?.domain ?? [ms, ms];
      set(at(cursor, Math.min(t1, Math.max(t0, ms))), false);
    },
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
