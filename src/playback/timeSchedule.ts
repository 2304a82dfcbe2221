import { upperBound, type TimeIndex } from './timeIndex';

/** Where playing by time stands: the moment shown and the rank of the event shown. */
export interface TimePosition {
  readonly time: number;
  /** Rank in the time index of the event shown; -1 when nothing is dated. */
  readonly rank: number;
}

/**
 * The course of a play by time at 1×, as a pure value: the playhead moves through the story's time
 * at `msPerMs` story ms per real ms, and stops at each event's start long enough that the event is
 * on screen for at least `dwellMs` before the next one (so events that start at the same moment are
 * each shown in turn, in playback order). Positions are given on a play clock: real ms at 1× from
 * the first event's start; at speed s the clock runs s times faster.
 */
export interface TimeSchedule {
  /** The play clock at the end (the last event has had its moment and time has reached the domain's end). */
  readonly duration: number;
  /** The position at play clock `clock` (clamped to `[0, duration]`): O(log n). */
  at(clock: number): TimePosition;
  /**
   * The play clock for a moment with the event of rank `rank` shown: on its start, the start of
   * its moment; when that rank is not the one shown at `time`, the one {@link TimeIndex.rankAt} gives.
   */
  clockAt(time: number, rank: number): number;
}

/** Options for {@link createTimeSchedule}. */
export interface TimeScheduleOptions {
  /** Story ms per real ms at 1×. */
  msPerMs: number;
  /** The least real ms (at 1×) each event is shown. */
  dwellMs: number;
}

/** Lays out the play by time of `index` (O(n), once per story and rate). */
export function createTimeSchedule(index: TimeIndex, { msPerMs, dwellMs }: TimeScheduleOptions): TimeSchedule {
  const n = index.size;
  const [t0, t1] = index.domain;
  const nextStart = (k: number): number => (k + 1 < n ? index.startAt(k + 1) : t1);
  // The real ms the playhead stands still on rank k's start: whatever the way to the next start leaves of the dwell.
  const hold = (k: number): number => Math.max(0, dwellMs - (nextStart(k) - index.startAt(k)) / msPerMs);
  const arrive = new Float64Array(n);
  let clock = 0;
  for (let k = 0; k < n; k++) {
    arrive[k] = clock;
    clock += hold(k) + (nextStart(k) - index.startAt(k)) / msPerMs;
  }
  const duration = clock;
  return {
    duration,
    at(c) {
      if (n === 0) return { time: t0, rank: -1 };
      const p = Math.min(duration, Math.max(0, c));
      const k = Math.max(0, upperBound(arrive, p) - 1);
      const start = index.startAt(k);
      const moved = p - (arrive[k] ?? 0) - hold(k);
      return { time: moved <= 0 ? start : Math.min(nextStart(k), start + moved * msPerMs), rank: k };
    },
    clockAt(time, rank) {
      if (n === 0) return 0;
      const start = index.startAt(rank);
      const fits = start <= time && time <= nextStart(rank);
      const k = fits ? rank : Math.max(0, index.rankAt(time));
      const from = index.startAt(k);
      if (time <= from) return arrive[k] ?? 0;
      return (arrive[k] ?? 0) + hold(k) + (Math.min(time, nextStart(k)) - from) / msPerMs;
    },
  };
}
