import type { Story } from '../story/types';
import { whenRange } from '../story/whenRange';

/**
 * The story's dated events sorted by when they start (typed arrays, binary search): which event
 * is active at a time, when an event starts, which events fall in a window, without a scan.
 */
export interface TimeIndex {
  /** The first start and the last end of all dated events (`[0, 0]` when none is dated). */
  readonly domain: readonly [number, number];
  /** The latest event started at or before `ms` (ties: the last in story order), or `null` before the first. */
  activeAt(ms: number): string | null;
  /** When the event starts (a before-only event: at its known bound), or `null` if undated. */
  startOf(id: string): number | null;
  /** The ids of the events whose time overlaps `[from, to)`. */
  inWindow(from: number, to: number): Set<string>;
}

/** The first index whose value is greater than `value` (upper bound). */
function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the time index of a story's events (O(n log n), once per story). */
export function createTimeIndex(story: Pick<Story, 'events'>): TimeIndex {
  const dated: Array<{ id: string; start: number; end: number }> = [];
  for (const e of story.events) {
    const r = whenRange(e.when);
    // A before-only event is known to have happened by its bound: it becomes active there.
    if (r) dated.push({ id: e.id, start: r.kind === 'before' ? r.end : r.start, end: r.end });
  }
  dated.sort((a, b) => a.start - b.start);
  const starts = Float64Array.from(dated, (d) => d.start);
  const ends = Float64Array.from(dated, (d) => d.end);
  const startById = new Map(dated.map((d) => [d.id, d.start]));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let maxSpan = 0;
  dated.forEach((d, i) => {
    lo = Math.min(lo, d.start);
    hi = Math.max(hi, d.end, d.start);
    maxSpan = Math.max(maxSpan, (ends[i] ?? 0) - d.start);
  });
  return {
    domain: dated.length > 0 ? [lo, hi] : [0, 0],
    activeAt(ms) {
      const i = upperBound(starts, ms) - 1;
      return i >= 0 ? (dated[i]?.id ?? null) : null;
    },
    startOf: (id) => startById.get(id) ?? null,
    inWindow(from, to) {
      const out = new Set<string>();
      // Only events starting in [from - longest span, to) can overlap the window.
      for (let i = upperBound(starts, from - maxSpan - 1); i < dated.length && (starts[i] ?? 0) < to; i++) {
        const d = dated[i];
        if (d && Math.max(d.end, d.start + 1) > from) out.add(d.id);
      }
      return out;
    },
  };
}
