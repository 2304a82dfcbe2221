import type { When } from '../story/types';
import { finer, partsTime, partsToStoryDate, partsToTimex, precisionOf, shiftParts, significantGranularity, type DateParts, type Granularity } from './dateParts';
import { readTimelineDate } from './readTimelineDate';

/** A date read from free data: its parts and how precise it is. */
export interface LooseDate {
  parts: DateParts;
  granularity: Granularity;
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthOf = (name: string): number => MONTHS.findIndex((m) => name.length >= 3 && m.startsWith(name.toLowerCase().replace(/\.$/, ''))) + 1;

function fromFields(fields: Record<string, unknown>): LooseDate | undefined {
  const read = readTimelineDate(fields);
  if (!read.ok) return undefined;
  // "10:00:00" is a time to the minute unless its seconds say otherwise.
  const granularity = read.granularity === 'second' || read.granularity === 'millisecond' ? finer('minute', significantGranularity(read.parts)) : read.granularity;
  return { parts: read.parts, granularity };
}

/**
 * Reads a date written in the usual ways: ISO 8601 ("2020", "2020-02", "2020-02-03",
 * "2020-02-03T10:00:00Z"; a zone is folded into UTC), English ("3 February 2020", "February 3,
 * 2020", "February 2020"), a year number, or a number of milliseconds since 1970. Anything else
 * gives undefined.
 */
export function readLooseDate(value: unknown): LooseDate | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (Number.isInteger(value) && value >= 0 && value <= 9999) return fromFields({ year: value });
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return undefined;
    const parts: DateParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds() };
    return parts.year >= 0 && parts.year <= 9999 ? { parts, granularity: finer('day', significantGranularity(parts)) } : undefined;
  }
  if (typeof value !== 'string' || value.length > 60) return undefined;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const read = fromFields({ year: iso[1], month: iso[2], day: iso[3], hour: iso[4], minute: iso[5], second: iso[6], millisecond: iso[7]?.padEnd(3, '0') });
    const zone = iso[8];
    if (!read || zone === undefined || zone.toUpperCase() === 'Z' || read.granularity === 'year' || read.granularity === 'month' || read.granularity === 'day') return read;
    const sign = zone.startsWith('-') ? 1 : -1;
    const digits = zone.replace(/[^0-9]/g, '');
    const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return { parts: shiftParts(read.parts, 'minute', minutes), granularity: read.granularity };
  }
  const dmy = /^(\d{1,2})\s+([a-z.]+),?\s+(\d{4})$/i.exec(s);
  if (dmy) return fromFields({ year: dmy[3], month: monthOf(dmy[2] ?? ''), day: dmy[1] });
  const mdy = /^([a-z.]+)\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (mdy) return fromFields({ year: mdy[3], month: monthOf(mdy[1] ?? ''), day: mdy[2] });
  const my = /^([a-z.]+),?\s+(\d{4})$/i.exec(s);
  if (my) return fromFields({ year: my[2], month: monthOf(my[1] ?? '') });
  return undefined;
}

/** A story `when` from a start (and an optional exclusive end); an end not after the start is ignored. */
export function looseDatesToWhen(start: LooseDate, end?: LooseDate): When {
  const g = start.granularity;
  const natural = shiftParts(start.parts, g, 1);
  const stop = end && partsTime(end.parts) > partsTime(start.parts) ? end.parts : natural;
  return {
    start: partsToStoryDate(start.parts, g),
    end: partsToStoryDate(stop, finer(g, significantGranularity(stop))),
    precision: precisionOf(g),
    timex: partsToTimex(start.parts, g),
  };
}
