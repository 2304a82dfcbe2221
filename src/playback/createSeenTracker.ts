import type { Cursor } from './cursor';

/**
 * The events seen so far (see seenEventIds), kept up as the cursor moves: moving forward through
 * the same order only adds the events passed since the last call, so playing by time through
 * 50,000 events never copies them all on every update; moving back starts again. The set it
 * returns is the tracker's own and changes with the next call: read it, do not keep it.
 */
export function createSeenTracker(): (c: Cursor) => ReadonlySet<string> {
  let order: readonly string[] | null = null;
  let index = -1;
  let seen = new Set<string>();
  return (c) => {
    if (c.order !== order || c.index < index) {
      order = c.order;
      index = -1;
      seen = new Set();
    }
    for (let i = index + 1; i <= c.index; i++) {
      const id = c.order[i];
      if (id !== undefined) seen.add(id);
    }
    index = Math.max(index, c.index);
    return seen;
  };
}
