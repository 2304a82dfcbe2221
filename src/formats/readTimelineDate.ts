import type { DateParts, Granularity } from './dateParts';
import { isRecord, numberFrom } from './narrowJson';

/** A TimelineJS date read from untrusted data: its parts and the finest field given, or why it cannot be read. */
export type ReadDate = { ok: true; parts: DateParts; granularity: Granularity } | { ok: false; error: string };

const FIELDS = [
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
  ['millisecond', 0, 999],
] as const;

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Reads a TimelineJS date object (`year` required; `month`…`millisecond` optional, numbers or
 * numeric strings). Fields after the first missing one are ignored, as TimelineJS does; a year
 * outside 0–9999 or an impossible day is an error (a story date has four-digit years).
 */
export function readTimelineDate(value: unknown): ReadDate {
  if (!isRecord(value)) return { ok: false, error: 'no date' };
  const year = numberFrom(value['year']);
  if (year === undefined || !Number.isInteger(year)) return { ok: false, error: 'no year' };
  if (year < 0 || year > 9999) return { ok: false, error: `the year ${year} is outside 0–9999` };
  const parts: DateParts = { year, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let granularity: Granularity = 'year';
  for (const [key, min, max] of FIELDS) {
    const raw = value[key];
    if (blank(raw)) break;
    const n = numberFrom(raw);
    if (n === undefined || !Number.isInteger(n) || n < min || n > max) return { ok: false, error: `${key} ${JSON.stringify(raw)?.slice(0, 20) ?? ''} is not a valid ${key}` };
    parts[key] = n;
    granularity = key;
  }
  const daysInMonth = new Date(Date.UTC(2000, parts.month, 0)).getUTCDate();
  const leap = parts.month === 2 && parts.day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  if (parts.day > daysInMonth || leap) return { ok: false, error: `${year}-${parts.month}-${parts.day} is not a day of the calendar` };
  return { ok: true, parts, granularity };
}
