import type { Story } from '../story/types';
import { whenRange } from '../story/whenRange';
import { activeFrom, eventOrder } from './eventOrder';

/**
 * The story's dated events sorted by when they become active (typed arrays, binary search): which
 * event is active at a time, when an event starts, which events fall in a window, without a scan.
 * Events are ranked by that moment, ties in playback order, so rank k is the k-th dated event the
 * player walks.
 */
export interface TimeIndex {
  /** The first start and the last end of all dated events (`[0, 0]` when none is dated). */
  readonly domain: readonly [number, number];
  /** How many dated events there are (ranks run from 0 to `size - 1`). */
  readonly size: number;
  /** The latest event started at or before `ms` (ties: the last in playback order), or `null` before the first. */
  activeAt(ms: number): string | null;
  /** The rank of {@link activeAt}'s event, or -1 before the first. */
  rankAt(ms: number): number;
  /** When the event starts (a before-only event: at its known bound), or `null` if undated. */
  startOf(id: string): number | null;
  /** The rank of an event, or -1 when it is undated or unknown. */
  rankOf(id: string): number;
  /** The id of the event of rank `k`, or `null` out of range. */
  idAt(k: number): string | null;
  /** When the event of rank `k` starts (`NaN` out of range). */
  startAt(k: number): number;
  /** The ids of the events whose drawn range (a before-only event's fading band included) overlaps `[from, to)`. */
  inWindow(from: number, to: number): Set<string>;
}

/** The first index whose value is greater than `value` (upper bound). */
export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the time index of a story's events (O(n log n), once per story); `order` is the playback
 * order that breaks ties (default: {@link eventOrder}).
 */
export function createTimeIndex(story: Pick<Story, 'events'>, order: readonly string[] = eventOrder(story)): TimeIndex {
  const position = new Map(order.map((id, i) => [id, i]));
  // `start`: when the event becomes active; `from`: where its drawn range begins (a before-only band fades in a day ahead).
  const dated: Array<{ id: string; start: number; from: number; end: number; at: number }> = [];
  for (const e of story.events) {
    const r = whenRange(e.when);
    // A before-only event is known to have happened by its bound: it becomes active there.
    if (r) dated.push({ id: e.id, start: activeFrom(r), from: r.start, end: r.end, at: position.get(e.id) ?? Number.POSITIVE_INFINITY });
  }
  dated.sort((a, b) => a.start - b.start || a.at - b.at);
  const starts = Float64Array.from(dated, (d) => d.start);
  const ends = Float64Array.from(dated, (d) => d.end);
  const rankById = new Map(dated.map((d, i) => [d.id, i]));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let maxSpan = 0;
  let maxLead = 0;
  dated.forEach((d, i) => {
    lo = Math.min(lo, d.start);
    hi = Math.max(hi, d.end, d.start);
    maxSpan = Math.max(maxSpan, (ends[i] ?? 0) - d.start);
    maxLead = Math.max(maxLead, d.start - d.from);
  });
  const rankAt = (ms: number): number => upperBound(starts, ms) - 1;
  return {
    domain: dated.length > 0 ? [lo, hi] : [0, 0],
    size: dated.length,
    activeAt: (ms) => dated[rankAt(ms)]?.id ?? null,
    rankAt,
    startOf: (id) => starts[rankById.get(id) ?? -1] ?? null,
    rankOf: (id) => rankById.get(id) ?? -1,
    idAt: (k) => dated[k]?.id ?? null,
    startAt: (k) => starts[k] ?? Number.NaN,
    inWindow(from, to) {
      const out = new Set<string>();
      // Only events starting in [from - longest span, to + longest lead) can overlap the window.
      for (let i = upperBound(starts, from - maxSpan - 1); i < dated.length && (starts[i] ?? 0) < to + maxLead; i++) {
        const d = dated[i];
        if (d && d.from < to && Math.max(d.end, d.from + 1) > from) out.add(d.id);
      }
      return out;
    },
  };
}
