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
