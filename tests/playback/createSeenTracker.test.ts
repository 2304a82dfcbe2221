import { describe, expect, it } from 'vitest';
import { createSeenTracker } from '../../src/playback/createSeenTracker';
import { createCursor, cursorFirst, cursorLast, cursorNext, cursorSelect, seenEventIds } from '../../src/playback/cursor';

describe('createSeenTracker', () => {
  it('gives what seenEventIds gives as the cursor moves forward, back, and to another order', () => {
    const seen = createSeenTracker();
    let c = createCursor(['a', 'b', 'c', 'd', 'e']);
    const check = (): void => expect([...seen(c)]).toEqual([...seenEventIds(c)]);
    check();
    for (const move of [cursorFirst, cursorNext, cursorNext, cursorLast, cursorFirst, cursorNext]) {
      c = move(c);
      check();
    }
    c = cursorSelect(c, 'd');
    check();
    c = cursorSelect(c, null);
    check();
    c = cursorSelect(createCursor(['x', 'y', 'z']), 'y');
    check();
  });

  it('moving forward adds to the same set instead of building a new one', () => {
    const seen = createSeenTracker();
    const c = cursorSelect(createCursor(['a', 'b', 'c']), 'a');
    const first = seen(c);
    expect(seen(cursorSelect(c, 'c'))).toBe(first);
    expect([...first]).toEqual(['a', 'b', 'c']);
  });
});
