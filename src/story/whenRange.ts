import { addUtcMonths } from './addUtcMonths';
import type { Precision, When } from './types';

/**
 * How a `when` is drawn: an instant (a point), an interval (a band), or only-bounded
 * (`after`, `before`, `between`): a band that fades where the text gives no edge.
 */
export type RangeKind = 'instant' | 'interval' | 'after' | 'before' | 'between';

/** A `when` as milliseconds since the epoch (UTC), ready for a scale; `end` is exclusive. */
export interface TimeRange {
  readonly kind: RangeKind;
  readonly start: number;
  readonly end: number;
}

/** How far a one-sided bound fades on the timeline when the text gives no other edge. */
export const FADE_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The label of a bound that is the article's publication. Extraction stores it as the exclusive
 * midnight after the publication day (the article appeared at some time that day); it is placed
 * at the publication date itself, where the timeline draws the publication line, so no event the
 * article reports as done shows after the article that tells it.
 */
export const BY_PUBLICATION = 'by publication';

/** Parses a story date ("2020-02-02", "2020-02-02T18:00", with or without zone) as UTC milliseconds. */
export function parseStoryDate(s: string): number {
  if (s.length === 10) return Date.parse(`${s}T00:00:00Z`);
  return /(Z|[+-]\d{2}:\d{2})$/.test(s) ? Date.parse(s) : Date.parse(`${s}Z`);
}

const HOUR = 60 * 60 * 1000;
// Times are UTC milliseconds, so fixed-length units need no calendar (and no Date per event); the others move in UTC's calendar.
const FIXED = { minute: 60 * 1000, hour: HOUR, partOfDay: 6 * HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR } as const;
type FixedPrecision = keyof typeof FIXED;
// Every other precision, in calendar months (the type makes the list complete).
const MONTHS: Record<Exclude<Precision, FixedPrecision>, number> = { month: 1, season: 3, quarter: 3, year: 12, decade: 120, century: 1200 };
const isFixed = (p: Precision): p is FixedPrecision => p in FIXED;

function addPrecision(t: number, precision: Precision): number {
  return isFixed(precision) ? t + FIXED[precision] : addUtcMonths(t, MONTHS[precision]);
}

// The order, the timeline and the time index each ask for every event's range: work it out once.
const memo = new WeakMap<When, TimeRange | null>();

/** Turns a story `when` into a drawable range, or `null` when there is no `when` (undated). */
export function whenRange(when: When | undefined): TimeRange | null {
  if (!when) return null;
  const known = memo.get(when);
  if (known !== undefined) return known;
  const range = computeRange(when);
  memo.set(when, range);
  return range;
}

function computeRange(when: When): TimeRange | null {
  if (when.start !== undefined) {
    const start = parseStoryDate(when.start);
    if (when.end !== undefined) {
      const end = parseStoryDate(when.end);
      return end > start ? { kind: 'interval', start, end } : { kind: 'instant', start, end: start };
    }
    const hasTime = when.start.length > 10;
    const precision = when.precision ?? (hasTime ? 'minute' : 'day');
    if (precision === 'minute' || precision === 'hour') return { kind: 'instant', start, end: start };
    return { kind: 'interval', start, end: addPrecision(start, precision) };
  }
  const after = when.after !== undefined ? parseStoryDate(when.after) : undefined;
  const before = when.before !== undefined ? parseStoryDate(when.before) : undefined;
  if (after !== undefined && before !== undefined) return { kind: 'between', start: after, end: Math.max(after, before) };
  if (after !== undefined) return { kind: 'after', start: after, end: after + FADE_MS };
  if (before !== undefined) {
    const bound = when.label === BY_PUBLICATION && when.before?.length === 10 ? before - DAY_MS : before;
    return { kind: 'before', start: bound - FADE_MS, end: bound };
  }
  return null;
}
