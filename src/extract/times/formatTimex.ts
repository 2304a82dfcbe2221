import { getISOWeek, getISOWeekYear, getQuarter } from 'date-fns';

// Plain padding rather than date-fns format: format re-reads its pattern on every call, and
// these run for every find.
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** TIMEX3 day value of a date: 2020-02-02. */
export function dayValue(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** TIMEX3 month value of a date: 2020-02. */
export function monthValue(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}`;
}

/** TIMEX3 year value of a date: 2020. */
export function yearValue(d: Date): string {
  return pad(d.getFullYear(), 4);
}

/** TIMEX3 ISO week value of a date: 2020-W05. */
export function weekValue(d: Date): string {
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

/** TIMEX3 quarter value of a date: 2020-Q1. */
export function quarterValue(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-Q${getQuarter(d)}`;
}

/** A local date and time as ISO 8601 without zone: 2020-02-02T18:00. */
export function minuteValue(d: Date): string {
  return `${dayValue(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
