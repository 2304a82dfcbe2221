import { describe, expect, it } from 'vitest';
import {
  createCursor,
  cursorMode,
  cursorTime,
  currentEventId,
  cursorFirst,
  cursorLast,
  cursorNext,
  cursorPause,
  cursorPlay,
  cursorPrevious,
  cursorSelect,
  cursorSpeed,
  seenEventIds,
} from '../../src/playback/cursor';

const order = ['a', 'b', 'c'];

describe('cursor', () => {
  it('starts with nothing selected, paused, at speed 1', () => {
    const c = createCursor(order);
    expect(currentEventId(c)).toBeNull();
    expect(c.playing).toBe(false);
    expect(c.speed).toBe(1);
  });

  it('is immutable: every step returns a new value and leaves the old one alone', () => {
    const c = createCursor(order);
    const n = cursorNext(c);
    expect(n).not.toBe(c);
    expect(c.index).toBe(-1);
    expect(currentEventId(n)).toBe('a');
  });

  it('next walks on and, at the end without loop, stays and pauses', () => {
    let c = cursorPlay(createCursor(order));
    c = cursorNext(cursorNext(c));
    expect(currentEventId(c)).toBe('c');
    expect(c.playing).toBe(true);
    c = cursorNext(c);
    expect(currentEventId(c)).toBe('c');
    expect(c.playing).toBe(false);
  });

  it('next wraps to the first event when looping', () => {
    const c = cursorNext(createCursor(order, { index: 2, loop: true }));
    expect(currentEventId(c)).toBe('a');
  });

  it('previous stops at the first event; first and last jump to the ends', () => {
    const c = createCursor(order, { index: 1 });
    expect(currentEventId(cursorPrevious(cursorPrevious(c)))).toBe('a');
    expect(currentEventId(cursorLast(c))).toBe('c');
    expect(currentEventId(cursorFirst(c))).toBe('a');
  });

  it('select picks an event by id and ignores unknown ids', () => {
    const c = createCursor(order);
    expect(currentEventId(cursorSelect(c, 'b'))).toBe('b');
    expect(cursorSelect(c, 'zzz')).toBe(c);
    expect(currentEventId(cursorSelect(cursorSelect(c, 'b'), null))).toBeNull();
  });

  it('play from the end starts over at the first event; pause keeps the selection', () => {
    const c = cursorPlay(createCursor(order, { index: 2 }));
    expect(currentEventId(c)).toBe('a');
    expect(currentEventId(cursorPause(cursorNext(c)))).toBe('b');
  });

  it('speed is clamped and seen lists the events so far', () => {
    expect(cursorSpeed(createCursor(order), 100).speed).toBe(8);
    expect([...seenEventIds(createCursor(order, { index: 1 }))]).toEqual(['a', 'b']);
  });

  it('an empty story has nothing to play', () => {
    const c = createCursor([]);
    expect(cursorPlay(c).playing).toBe(false);
    expect(currentEventId(cursorNext(c))).toBeNull();
  });
});

describe('cursor modes', () => {
  it('a new cursor steps by event and has no time of its own', () => {
    const c = createCursor(['a', 'b']);
    expect(c.mode).toBe('event');
    expect(c.time).toBeNull();
  });

  it('cursorTime moves to a moment in time mode; cursorMode back to events forgets it', () => {
    const c = cursorTime(createCursor(['a', 'b']), 1000, 1);
    expect(c).toMatchObject({ mode: 'time', time: 1000, index: 1 });
    expect(cursorMode(c, 'event', 5)).toMatchObject({ mode: 'event', time: null, index: 1 });
    expect(cursorMode(c, 'time', 5)).toMatchObject({ mode: 'time', time: 5 });
  });
});
