import type { TimelineMark } from './timelineLayout';

/**
 * A time index over a layout's marks: the dated ones sorted by start (a typed array of starts
 * for binary search), so a frame finds the marks in view without scanning them all.
 */
export interface MarkIndex {
  /** Dated marks, by start. */
  readonly dated: readonly TimelineMark[];
  /** Undated marks, in narrative order. */
  readonly undated: readonly TimelineMark[];
  /** The longest mark, in ms: a mark starting this long before the view can still reach into it. */
  readonly maxSpan: number;
  /** The range `[lo, hi)` of `dated` that can overlap the time window `[t0, t1]`. */
  visible(t0: number, t1: number): readonly [number, number];
  /** The event's own mark (not a route stop), if it has one. */
  eventMark(eventId: string): TimelineMark | undefined;
}

/** The first index in `sorted` whose value is at least `value`. */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the index of `marks` (O(n log n) once per story). */
export function createMarkIndex(marks: readonly TimelineMark[]): MarkIndex {
  const dated = marks.filter((m) => m.kind !== 'undated').sort((a, b) => a.start - b.start);
  const undated = marks.filter((m) => m.kind === 'undated');
  const starts = new Float64Array(dated.length);
  let maxSpan = 0;
  dated.forEach((m, i) => {
    starts[i] = m.start;
    maxSpan = Math.max(maxSpan, m.end - m.start);
  });
  const byEvent = new Map<string, TimelineMark>();
  for (const m of marks) if (m.eventId !== null && m.eventKind !== 'stop') byEvent.set(m.eventId, m);
  return {
    dated,
    undated,
    maxSpan,
    visible: (t0, t1) => [lowerBound(starts, t0 - maxSpan), lowerBound(starts, t1 + 1)],
    eventMark: (id) => byEvent.get(id),
  };
}
