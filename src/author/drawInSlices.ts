/**
 * How long one slice of drawing may run before the page gets a turn: well under the 200 ms at
 * which an author notices a click or key going unanswered, leaving room for the layout that follows.
 */
const SLICE_MS = 40;

/** Resolves in a later task, so the author's input, rendering and other work run in between. */
export function nextTask(): Promise<void> {
  // scheduler.yield (Chromium) resumes ahead of other queued work; setTimeout everywhere else.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `draw` with each of `items` in order, the first slice at once and the rest in later
 * tasks, each slice ending once it has run for {@link SLICE_MS}. Stops early when `stale()` says
 * a newer drawing took over; resolves true when every item was drawn.
 */
export async function drawInSlices<T>(items: Iterable<T>, draw: (item: T) => void, stale: () => boolean): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (stale()) return false;
      sliceStart = performance.now();
    }
    draw(item);
  }
  return true;
}
