import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer } from '../../src/playback/createPlayer';
import { currentEventId } from '../../src/playback/cursor';
import { createTimeIndex } from '../../src/playback/timeIndex';
import type { StoryEvent } from '../../src/story/types';

const clock = {
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clearTimeout: (h: unknown): void => clearTimeout(h as ReturnType<typeof setTimeout>),
};

describe('createPlayer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('play selects the first event and steps every interval until the last, then pauses', () => {
    const p = createPlayer(['a', 'b', 'c'], { intervalMs: 1000, clock });
    const seen: Array<string | null> = [];
    p.subscribe((c) => seen.push(currentEventId(c)));
    p.play();
    expect(currentEventId(p.cursor)).toBe('a');
    vi.advanceTimersByTime(999);
    expect(currentEventId(p.cursor)).toBe('a');
    vi.advanceTimersByTime(1);
    expect(currentEventId(p.cursor)).toBe('b');
    vi.advanceTimersByTime(5000);
    expect(currentEventId(p.cursor)).toBe('c');
    expect(p.cursor.playing).toBe(false);
    expect(seen).toEqual(['a', 'b', 'c', 'c']);
  });

  it('speed 2 halves the interval', () => {
    const p = createPlayer(['a', 'b', 'c'], { intervalMs: 1000, clock });
    p.setSpeed(2);
    p.play();
    vi.advanceTimersByTime(500);
    expect(currentEventId(p.cursor)).toBe('b');
  });

  it('pause stops the clock; a manual step while playing gives the new event a full interval', () => {
    const p = createPlayer(['a', 'b', 'c', 'd'], { intervalMs: 1000, clock });
    p.play();
    vi.advanceTimersByTime(900);
    p.next();
    expect(currentEventId(p.cursor)).toBe('b');
    vi.advanceTimersByTime(900);
    expect(currentEventId(p.cursor)).toBe('b');
    vi.advanceTimersByTime(100);
    expect(currentEventId(p.cursor)).toBe('c');
    p.pause();
    vi.advanceTimersByTime(10_000);
    expect(currentEventId(p.cursor)).toBe('c');
  });

  it('loops when asked, and destroy stops everything', () => {
    const p = createPlayer(['a', 'b'], { intervalMs: 100, clock });
    p.setLoop(true);
    p.play();
    vi.advanceTimersByTime(200);
    expect(currentEventId(p.cursor)).toBe('a');
    p.destroy();
    vi.advanceTimersByTime(1000);
    expect(currentEventId(p.cursor)).toBe('a');
  });
});

describe('createPlayer in time mode', () => {
  const DAY = 86_400_000;
  const t0 = Date.UTC(2020, 1, 1);
  // Three events a day apart, each a day long; the fake frame clock ticks every 100 ms.
  const day = (id: string, d: number): StoryEvent => ({ id, title: id, spans: [], kind: 'visit', placeIds: [], actors: [], confidence: 1, when: { start: `2020-02-0${d}`, precision: 'day' } });
  const times = createTimeIndex({ events: [day('a', 1), day('b', 2), day('c', 3)] });
  const frames = {
    ...clock,
    requestFrame: (fn: (now: number) => void): unknown => setTimeout(() => fn(Date.now()), 100),
    cancelFrame: (h: unknown): void => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays continuously at a day a second, and the active event is the latest one started', () => {
    const p = createPlayer(['a', 'b', 'c'], { clock: frames, times, daysPerSecond: 1 });
    p.setMode('time');
    p.play();
    expect(p.cursor.time).toBe(t0);
    expect(currentEventId(p.cursor)).toBe('a');
    vi.advanceTimersByTime(1600);
    expect(p.cursor.time).toBeGreaterThan(t0 + DAY);
    expect(p.cursor.time).toBeLessThan(t0 + 2 * DAY);
    expect(currentEventId(p.cursor)).toBe('b');
  });

  it('by default plays the whole story in 30 seconds, and stops at the end unless looping', () => {
    const p = createPlayer(['a', 'b', 'c'], { clock: frames, times });
    p.setMode('time');
    p.play();
    vi.advanceTimersByTime(15_000);
    // Half the time, half the story (less the first frame, which only starts the clock).
    expect(p.cursor.time).toBeGreaterThan(t0 + 1.45 * DAY);
    expect(p.cursor.time).toBeLessThanOrEqual(t0 + 1.5 * DAY);
    p.setLoop(true);
    vi.advanceTimersByTime(16_000);
    expect(p.cursor.playing).toBe(true);
    expect(p.cursor.time).toBeLessThan(t0 + 0.5 * DAY);
  });

  it('speed multiplies the story time per second, and playing stops at the end unless looping', () => {
    const p = createPlayer(['a', 'b', 'c'], { clock: frames, times, daysPerSecond: 1 });
    p.setMode('time');
    p.setSpeed(4);
    p.play();
    vi.advanceTimersByTime(2000);
    expect(p.cursor.time).toBe(t0 + 3 * DAY);
    expect(p.cursor.playing).toBe(false);
    expect(currentEventId(p.cursor)).toBe('c');
  });

  it('seek moves to a moment and selects the event active then; a step lands on an event\'s start', () => {
    const p = createPlayer(['a', 'b', 'c'], { clock: frames, times });
    p.seek(t0 + 1.5 * DAY);
    expect(p.cursor.mode).toBe('time');
    expect(currentEventId(p.cursor)).toBe('b');
    p.next();
    expect(p.cursor.time).toBe(t0 + 2 * DAY);
    p.seek(t0 + 99 * DAY);
    expect(p.cursor.time).toBe(t0 + 3 * DAY);
  });

  it('back in event mode, the time is forgotten and play steps by interval again', () => {
    const p = createPlayer(['a', 'b', 'c'], { clock: frames, times, intervalMs: 1000 });
    p.seek(t0);
    p.setMode('event');
    expect(p.cursor.time).toBeNull();
    p.play();
    vi.advanceTimersByTime(1000);
    expect(currentEventId(p.cursor)).toBe('b');
  });
});

describe('createPlayer in time mode, events that start together', () => {
  const ev = (id: string, when: StoryEvent['when']): StoryEvent => ({ id, title: id, spans: [], kind: 'visit', placeIds: [], actors: [], confidence: 1, ...(when ? { when } : {}) });
  // As in the first seed: one event before 2 February, three on it, one that evening, two by publication (3 February).
  const order = ['before', 'd1', 'd2', 'd3', 'evening', 'p1', 'p2', 'background'];
  const events = [
    ev('d1', { start: '2020-02-02', end: '2020-02-03', precision: 'day' }),
    ev('d2', { start: '2020-02-02', end: '2020-02-03', precision: 'day' }),
    ev('p1', { before: '2020-02-04', label: 'by publication' }),
    ev('d3', { start: '2020-02-02', end: '2020-02-03', precision: 'day' }),
    ev('evening', { start: '2020-02-02T18:00', end: '2020-02-03T00:00', precision: 'partOfDay' }),
    ev('p2', { before: '2020-02-04', label: 'by publication' }),
    ev('before', { before: '2020-02-02', label: 'before the visit' }),
    ev('background', undefined),
  ];
  const times = createTimeIndex({ events }, order);
  const frames = {
    ...clock,
    requestFrame: (fn: (now: number) => void): unknown => setTimeout(() => fn(Date.now()), 50),
    cancelFrame: (h: unknown): void => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows every dated event in playback order, each for at least the by-event interval over speed', () => {
    const p = createPlayer(order, { clock: frames, times, intervalMs: 1000 });
    p.setMode('time');
    p.setSpeed(2);
    const shown: Array<{ id: string | null; at: number }> = [];
    p.subscribe((c, previous) => {
      if (c.index !== previous.index) shown.push({ id: currentEventId(c), at: Date.now() });
    });
    p.play();
    vi.advanceTimersByTime(60_000);
    expect(p.cursor.playing).toBe(false);
    expect(shown.map((s) => s.id)).toEqual(['before', 'd1', 'd2', 'd3', 'evening', 'p1', 'p2']);
    // Each stays at least 1000 ms / 2 (less one frame of the fake clock, where the change lands).
    for (let i = 1; i < shown.length; i++) expect((shown[i]?.at ?? 0) - (shown[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(500 - 50);
  });

  /** Plays `p` by time at 8× for `ms` of the fake clock; the events it showed, in turn. */
  const playAtEight = (p: ReturnType<typeof createPlayer>, ms: number): { p: ReturnType<typeof createPlayer>; shown: (string | null)[] } => {
    p.setMode('time');
    p.setSpeed(8);
    const shown: (string | null)[] = [];
    p.subscribe((c, previous) => {
      if (c.index !== previous.index) shown.push(currentEventId(c));
    });
    p.play();
    vi.advanceTimersByTime(ms);
    return { p, shown };
  };

  it('shows every dated event in turn even when each frame comes too late to see some of them (a busy machine)', () => {
    // Frames 400 ms apart at 8×: each carries the clock past a whole event's moment.
    const late = { ...frames, requestFrame: (fn: (now: number) => void): unknown => setTimeout(() => fn(Date.now()), 400) };
    const { shown } = playAtEight(createPlayer(order, { clock: late, times, intervalMs: 1000 }), 60_000);
    expect(shown).toEqual(['before', 'd1', 'd2', 'd3', 'evening', 'p1', 'p2']);
  });

  it('still passes several events in one frame where each is meant to be shown for less than a frame (a story of thousands)', () => {
    const { p, shown } = playAtEight(createPlayer(order, { clock: frames, times, dwellMs: 1, daysPerSecond: 10 }), 1_000);
    expect(p.cursor.playing).toBe(false);
    expect(shown.length).toBeLessThan(7);
  });

  it('switching to time mode keeps the selected event, and playing goes on from it', () => {
    const p = createPlayer(order, { clock: frames, times, intervalMs: 1000 });
    p.select('d2');
    p.setMode('time');
    expect(currentEventId(p.cursor)).toBe('d2');
    expect(p.cursor.time).toBe(Date.UTC(2020, 1, 2));
    p.play();
    expect(currentEventId(p.cursor)).toBe('d2');
    vi.advanceTimersByTime(1200);
    expect(currentEventId(p.cursor)).toBe('d3');
    p.setMode('event');
    expect(currentEventId(p.cursor)).toBe('d3');
  });

  it('seek lands on the last event started by then, in playback order; by-publication events at the publication date', () => {
    const p = createPlayer(order, { clock: frames, times });
    p.seek(Date.UTC(2020, 1, 2));
    expect(currentEventId(p.cursor)).toBe('d3');
    p.seek(Date.UTC(2020, 1, 2, 17));
    expect(currentEventId(p.cursor)).toBe('d3');
    p.seek(Date.UTC(2020, 1, 3));
    expect(currentEventId(p.cursor)).toBe('p2');
  });

  it('a pause keeps the moment: play goes on with the same event, and from the end it starts over', () => {
    const p = createPlayer(order, { clock: frames, times, intervalMs: 1000 });
    p.setMode('time');
    p.play();
    vi.advanceTimersByTime(1200);
    expect(currentEventId(p.cursor)).toBe('d1');
    p.pause();
    vi.advanceTimersByTime(5000);
    p.play();
    vi.advanceTimersByTime(600);
    expect(currentEventId(p.cursor)).toBe('d1');
    vi.advanceTimersByTime(60_000);
    expect(currentEventId(p.cursor)).toBe('p2');
    p.play();
    expect(currentEventId(p.cursor)).toBe('before');
  });
});
