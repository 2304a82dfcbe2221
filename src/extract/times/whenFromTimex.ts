import { addDays, addMonths, addWeeks, addYears, parseISO, setISOWeek, setISOWeekYear, startOfISOWeek } from 'date-fns';
import { dayValue, minuteValue } from './formatTimex';
import type { Precision, When } from '../../story/types';

const PART_HOURS: Record<string, [number, number]> = { MO: [6, 12], MI: [11, 13], AF: [12, 18], EV: [18, 24], NI: [20, 30], DT: [8, 18] };
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The interval a TIMEX3 date or time value covers (end exclusive), or undefined for durations, sets and refs. */
export function whenFromTimex(value: string): When | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value))) {
    const [from, to] = PART_HOURS[m[4] ?? 'DT'] ?? [0, 24];
    const day = parseISO(`${m[1]}-${m[2]}-${m[3]}`);
    return span(addHoursTo(day, from), addHoursTo(day, to), 'partOfDay', value, true);
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value))) {
    const at = parseISO(`${m[1]}T${m[2]}:${m[3]}`);
    return span(at, new Date(at.getTime() + 60_000), 'minute', value, true);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = parseISO(value);
    return span(d, addDays(d, 1), 'day', value);
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = startOfISOWeek(setISOWeek(setISOWeekYear(calendarDate(Number(m[1]), 0, 4), Number(m[1])), Number(m[2])));
    return m[3] ? span(addDays(monday, 5), addDays(monday, 7), 'day', value) : span(monday, addWeeks(monday, 1), 'week', value);
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const d = parseISO(`${value}-01`);
    return span(d, addMonths(d, 1), 'month', value);
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const d = calendarDate(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
    return span(d, addMonths(d, 3), 'quarter', value);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const d = calendarDate(Number(m[1]), (Number(m[2]) - 1) * 6, 1);
    return span(d, addMonths(d, 6), 'quarter', value);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const month = SEASON_MONTH[m[2] ?? 'SP'] ?? 3;
    const d = calendarDate(Number(m[1]) - (m[2] === 'WI' ? 1 : 0), month - 1, 1);
    return span(d, addMonths(d, 3), 'season', value);
  }
  if (/^\d{4}$/.test(value)) {
    const d = calendarDate(Number(value), 0, 1);
    return span(d, addYears(d, 1), 'year', value);
  }
  if (/^\d{3}$/.test(value)) {
    const d = calendarDate(Number(value) * 10, 0, 1);
    return span(d, addYears(d, 10), 'decade', value);
  }
  if (/^\d{2}$/.test(value)) {
    const d = calendarDate(Number(value) * 100, 0, 1);
    return span(d, addYears(d, 100), 'century', value);
  }
  return undefined;
}

/** A local date from a full year: unlike `new Date(y, ...)`, years 0-99 stay themselves. */
function calendarDate(year: number, month: number, day: number): Date {
  const d = new Date(2000, month, day);
  d.setFullYear(year, month, day);
  return d;
}

function addHoursTo(day: Date, hours: number): Date {
  const d = new Date(day);
  d.setHours(hours, 0, 0, 0);
  return d;
}

function span(start: Date, end: Date, precision: Precision, timex: string, clock = false): When | undefined {
  // An impossible date ("February 29, 1970") or one outside four-digit years gives no interval.
  if (!inRange(start) || !inRange(end)) return undefined;
  const f = clock ? minuteValue : dayValue;
  return { start: f(start), end: f(end), precision, timex };
}

function inRange(d: Date): boolean {
  const y = d.getFullYear();
  return !Number.isNaN(d.getTime()) && y >= 1000 && y <= 9999;
}
