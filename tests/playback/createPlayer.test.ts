import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer } from '../../src/playback/createPlayer';
import { currentEventId } from '../../src/playback/cursor';

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
  // Three events a day apart; the fake frame clock ticks every 100 ms.
  const times = {
    domain: [t0, t0 + 3 * DAY] as const,
    activeAt: (ms: number): string | null => (ms < t0 ? null : (['a', 'b', 'c'][Math.min(2, Math.floor((ms - t0) / DAY))] ?? null)),
    startOf: (id: string): number | null => t0 + ['a', 'b', 'c'].indexOf(id) * DAY,
    inWindow: (): Set<string> => new Set(),
  };
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
