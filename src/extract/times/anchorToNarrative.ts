import { addDays, addMonths, addWeeks, addYears, nextDay, previousDay, type Day } from 'date-fns';
import { dayValue, monthValue, weekValue, yearValue } from './formatTimex';
import { narrativeOffset } from './narrativeUnits';
import type { TimeFind } from './types';

const ANCHOR_RULES = /^(?:month|monthDay|year|spokenYear|holiday|chrono\/|weekday\/|relativeDay)/;
const REACH = 1500;

/**
 * Refiner: "that year", "the following month", "the next morning", "the previous Friday" move
 * from the last date the text named (TimeML's reference time), when one was named shortly
 * before; otherwise they keep the publication-date reading.
 */
export function anchorToNarrative(finds: TimeFind[]): TimeFind[] {
  let anchor: { date: Date; grain: 'year' | 'month' | 'day'; end: number } | undefined;
  // The last day named: "landed on Tuesday, the first visit since 1985 ... that morning" is Tuesday's morning.
  let day: { date: Date; end: number } | undefined;
  return finds.map((f) => {
    const near = anchor && f.start - anchor.end <= REACH ? anchor : undefined;
    const told = /^weekday\/the (previous|following)$/.exec(f.rule);
    if (told && near?.grain === 'day') {
      const [y, mo, d] = f.value.slice(0, 10).split('-').map(Number);
      const weekday = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1).getDay() as Day;
      const date = told[1] === 'previous' ? previousDay(near.date, weekday) : nextDay(near.date, weekday);
      anchor = { date, grain: 'day', end: f.end };
      return { ...f, value: `${dayValue(date)}${f.value.slice(10)}`, rule: `${f.rule}+anchor` };
    }
    if (f.rule.endsWith('/timeOnly') && near?.grain === 'day') {
      anchor = { ...near, end: f.end };
      return { ...f, value: `${dayValue(near.date)}${f.value.slice(10)}`, rule: `${f.rule}+anchor` };
    }
    if (ANCHOR_RULES.test(f.rule)) {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(f.value);
      if (m) anchor = { date: new Date(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)), grain: m[3] ? 'day' : m[2] ? 'month' : 'year', end: f.end };
      if (m?.[3] !== undefined && anchor) day = { date: anchor.date, end: f.end };
      return f;
    }
    if (!f.rule.startsWith('narrative/') || !anchor || f.start - anchor.end > REACH) return f;
    const word = f.rule.slice('narrative/'.length);
    const n = narrativeOffset(word);
    const unit = /\b(year|month|week)\b/i.exec(f.text)?.[1]?.toLowerCase() ?? 'day';
    // A coarser date earlier than the last day named is an aside ("since 1985"): a day word still counts from that day.
    const aside = unit === 'day' && anchor.grain !== 'day' && day !== undefined && f.start - day.end <= REACH && anchor.date.getTime() < day.date.getTime();
    if (!aside && ((unit === 'day' && anchor.grain !== 'day') || (unit === 'month' && anchor.grain === 'year'))) return f;
    const part = /T(MO|AF|EV|NI)$/.exec(f.value)?.[0] ?? '';
    const d = aside && day ? day.date : anchor.date;
    const value =
      unit === 'year' ? yearValue(addYears(d, n)) : unit === 'month' ? monthValue(addMonths(d, n)) : unit === 'week' ? weekValue(addWeeks(d, n)) : `${dayValue(addDays(d, n))}${part}`;
    return { ...f, value, rule: `${f.rule}+anchor` };
  });
}
