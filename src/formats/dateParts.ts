import type { Precision } from '../story/types';
import { parseStoryDate } from '../story/whenRange';

/** The fields of a calendar date and time, in the order TimelineJS names them (UTC wall clock). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The finest field a date is given to. */
export type Granularity = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/** Granularities from coarse to fine. */
export const GRANULARITIES: readonly Granularity[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];

/** The finer of two granularities. */
export function finer(a: Granularity, b: Granularity): Granularity {
  return GRANULARITIES.indexOf(a) >= GRANULARITIES.indexOf(b) ? a : b;
}

/** The coarsest granularity that still shows every non-zero field of `p`. */
export function significantGranularity(p: DateParts): Granularity {
  if (p.millisecond !== 0) return 'millisecond';
  if (p.second !== 0) return 'second';
  if (p.minute !== 0) return 'minute';
  if (p.hour !== 0) return 'hour';
  if (p.day !== 1) return 'day';
  if (p.month !== 1) return 'month';
  return 'year';
}

/** The granularity a story precision is written at (a part of day by its hour, a week by its first day). */
export function granularityOf(precision: Precision | undefined): Granularity | undefined {
  switch (precision) {
    case 'century': case 'decade': case 'year': return 'year';
    case 'season': case 'quarter': case 'month': return 'month';
    case 'week': case 'day': return 'day';
    case 'partOfDay': case 'hour': return 'hour';
    case 'minute': return 'minute';
    default: return undefined;
  }
}

/** The story precision a granularity stands for (seconds are kept in the date but shown as minutes). */
export function precisionOf(granularity: Granularity): Precision {
  return granularity === 'second' || granularity === 'millisecond' ? 'minute' : granularity;
}

function fromDate(d: Date): DateParts {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds() };
}

function toDate(p: DateParts): Date {
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute, p.second, p.millisecond);
  return d;
}

/** A story date ("2020-02-02", "2020-02-02T18:00", with or without zone) as parts; a zone is folded into UTC. */
export function storyDateParts(s: string): DateParts | undefined {
  const t = parseStoryDate(s);
  return Number.isNaN(t) ? undefined : fromDate(new Date(t));
}

/** UTC milliseconds of `p`, for comparisons. */
export function partsTime(p: DateParts): number {
  return toDate(p).getTime();
}

/** `p` moved by `n` units of `g` (done in UTC, so the reader's time zone never shifts a date). */
export function shiftParts(p: DateParts, g: Granularity, n: number): DateParts {
  const d = toDate(p);
  switch (g) {
    case 'year': d.setUTCFullYear(d.getUTCFullYear() + n); break;
    case 'month': d.setUTCMonth(d.getUTCMonth() + n); break;
    case 'day': d.setUTCDate(d.getUTCDate() + n); break;
    case 'hour': d.setUTCHours(d.getUTCHours() + n); break;
    case 'minute': d.setUTCMinutes(d.getUTCMinutes() + n); break;
    case 'second': d.setUTCSeconds(d.getUTCSeconds() + n); break;
    case 'millisecond': d.setUTCMilliseconds(d.getUTCMilliseconds() + n); break;
  }
  return fromDate(d);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `p` as a story date string given to `g`: "2020", "2020-02" and "2020-02-02" all become a day; times keep seconds only when given. */
export function partsToStoryDate(p: DateParts, g: Granularity): string {
  const day = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const i = GRANULARITIES.indexOf(g);
  if (i <= 2) return day;
  let s = `${day}T${pad(p.hour)}:${pad(p.minute)}`;
  if (i >= 5) s += `:${pad(p.second)}`;
  if (i >= 6) s += `.${pad(p.millisecond, 3)}`;
  return s;
}

/** A TIMEX3 value for `p` at `g` ("2020", "2020-02", "2020-02-02", "2020-02-02T18:00"). */
export function partsToTimex(p: DateParts, g: Granularity): string {
  if (g === 'year') return pad(p.year, 4);
  if (g === 'month') return `${pad(p.year, 4)}-${pad(p.month)}`;
  if (g === 'day') return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return partsToStoryDate(p, g === 'hour' ? 'minute' : g);
}
