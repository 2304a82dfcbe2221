import { addDays, addMonths, addWeeks, addYears, format, getISOWeek, getISOWeekYear, isValid, parseISO, startOfISOWeek, subDays } from 'date-fns';
import type { When } from '../story/types';

/** How the event editor asks for a date: not dated, on a day/week/month/year, a known span, bounds, or one bound. */
export type WhenMode = 'none' | 'on' | 'between' | 'within' | 'before' | 'after';

/** The precisions the editor offers for "on". */
export type FormPrecision = 'day' | 'week' | 'month' | 'year';

/** The event editor's date fields: `a` and `b` are YYYY-MM-DD (b only for spans and bounds). */
export interface WhenFields {
  mode: WhenMode;
  a: string;
  b: string;
  precision: FormPrecision;
}

const day = (d: Date): string => format(d, 'yyyy-MM-dd');
const date = (s: string): Date | null => (/^\d{4}-\d{2}-\d{2}$/.test(s) && isValid(parseISO(s)) ? parseISO(s) : null);
const FORM_PRECISIONS = new Set<string>(['day', 'week', 'month', 'year']);

function unitStart(d: Date, p: FormPrecision): Date {
  if (p === 'year') return new Date(d.getFullYear(), 0, 1);
  if (p === 'month') return new Date(d.getFullYear(), d.getMonth(), 1);
  if (p === 'week') return startOfISOWeek(d);
  return d;
}

function unitEnd(d: Date, p: FormPrecision): Date {
  return p === 'year' ? addYears(d, 1) : p === 'month' ? addMonths(d, 1) : p === 'week' ? addWeeks(d, 1) : addDays(d, 1);
}

function timexOf(d: Date, p: FormPrecision): string {
  if (p === 'year') return format(d, 'yyyy');
  if (p === 'month') return format(d, 'yyyy-MM');
  if (p === 'week') return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
  return day(d);
}

/** The editor's fields for an event's `when` (a time of day shows as its date). */
export function whenToFields(when: When | undefined): WhenFields {
  const blank: WhenFields = { mode: 'none', a: '', b: '', precision: 'day' };
  if (!when) return blank;
  const a = (s: string | undefined): string => s?.slice(0, 10) ?? '';
  if (when.start !== undefined) {
    const precision: FormPrecision = when.precision !== undefined && FORM_PRECISIONS.has(when.precision) ? (when.precision as FormPrecision) : 'day';
    const start = date(a(when.start));
    if (when.end !== undefined && start && when.end.length === 10 && day(unitEnd(start, precision)) !== when.end) {
      const end = date(when.end);
      return { mode: 'between', a: a(when.start), b: end ? day(subDays(end, 1)) : '', precision: 'day' };
    }
    return { mode: 'on', a: a(when.start), b: '', precision };
  }
  if (when.after !== undefined && when.before !== undefined) return { mode: 'within', a: a(when.after), b: a(when.before), precision: 'day' };
  if (when.before !== undefined) return { mode: 'before', a: a(when.before), b: '', precision: 'day' };
  return { mode: 'after', a: a(when.after), b: '', precision: 'day' };
}

/**
 * The `when` the fields describe: null for "not dated", undefined when a needed date is
 * missing or the span runs backwards (the editor then asks for it instead of saving).
 */
export function fieldsToWhen(f: WhenFields): When | null | undefined {
  if (f.mode === 'none') return null;
  const a = date(f.a);
  if (!a) return undefined;
  if (f.mode === 'on') {
    const start = unitStart(a, f.precision);
    return { start: day(start), end: day(unitEnd(start, f.precision)), precision: f.precision, timex: timexOf(start, f.precision) };
  }
  if (f.mode === 'before') return { before: day(a), label: `before ${day(a)}` };
  if (f.mode === 'after') return { after: day(a), label: `after ${day(a)}` };
  const b = date(f.b);
  if (!b || b < a) return undefined;
  if (f.mode === 'between') return { start: day(a), end: day(addDays(b, 1)), precision: 'day' };
  return { after: day(a), before: day(b), label: `between ${day(a)} and ${day(b)}` };
}
