import { addDays, addMonths, addWeeks, addYears, nextDay, previousDay, type Day } from 'date-fns';
import { dayValue, monthValue, weekValue, yearValue } from './formatTimex';
import { narrativeOffset } from './narrativeUnits';
import type { TimeFind } from './types';
import { isPostStamp } from './isPostStamp';

const ANCHOR_RULES = /^(?:month|monthDay|year|spokenYear|holiday|season|chrono\/|weekday\/|relativeDay)/;
const REACH = 1500;
const SAME_STRETCH = 300;

/**
 * Refiner: "that year", "the following month", "the next morning", "the previous Friday" move
 * from the last date the text named (TimeML's reference time), when one was named shortly
 * before; otherwise they keep the publication-date reading. A liveblog post's stamp stays on
 * the blog's day and anchors what follows it there.
 */
export function anchorToNarrative(finds: TimeFind[], text = ''): TimeFind[] {
  let anchor: { date: Date; grain: 'year' | 'month' | 'day'; end: number } | undefined;
  // The last day named: "landed on Tuesday, the first visit since 1985 ... that morning" is Tuesday's morning.
  let day: { date: Date; end: number } | undefined;
  // The last date the text spelled out ("May 8"), for a weekday told beside it.
  let calendarDay: { date: Date; end: number } | undefined;
  // A story told in dated steps ("May 1804 ... June 1805"): a month without a year then belongs to it (storyYear).
  let run = 0;
  let runYear = NaN;
  return finds.map((found) => {
    let f = found;
    const near = anchor && f.start - anchor.end <= REACH ? anchor : undefined;
    const told = /^weekday\/the (previous|following)$/.exec(f.rule);
    if (told && near?.grain === 'day') {
      const [y, mo, d] = f.value.slice(0, 10).split('-').map(Number);
      const weekday = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1).getDay() as Day;
      const date = told[1] === 'previous' ? previousDay(near.date, weekday) : nextDay(near.date, weekday);
      anchor = { date, grain: 'day', end: f.end };
      return { ...f, value: `${dayValue(date)}${f.value.slice(10)}`, rule: `${f.rule}+anchor` };
    }
    // A liveblog post's stamp is the blog's day, and what follows it is told from that day again.
    if (f.rule.endsWith('/timeOnly') && isPostStamp(text, f.start, f.end)) {
      const [y, mo, d] = f.value.slice(0, 10).split('-').map(Number);
      anchor = { date: new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1), grain: 'day', end: f.end };
      day = { date: anchor.date, end: f.end };
      return f;
    }
    if (f.rule.endsWith('/timeOnly') && near?.grain === 'day') {
      anchor = { ...near, end: f.end };
      return { ...f, value: `${dayValue(near.date)}${f.value.slice(10)}`, rule: `${f.rule}+anchor` };
    }
    // "racing resumes on Tuesday, May 8, followed on Wednesday by ...": a bare weekday told in the same
    // sentence as a distant day is that day's week, not the week of publication.
    const between = calendarDay ? text.slice(calendarDay.end, f.start) : '';
    if (f.rule === 'weekday/bare' && calendarDay && f.start - calendarDay.end <= SAME_STRETCH && !/[.!?]['"’”]*\s/.test(between) && !/^\s*(?:to|through|until|till|and|or|-|–)\s*$/.test(between)) {
      const [y, mo, d] = f.value.slice(0, 10).split('-').map(Number);
      const read = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1);
      if (Math.abs(read.getTime() - calendarDay.date.getTime()) >= 6 * 86_400_000) {
        const shift = (((read.getDay() - calendarDay.date.getDay()) % 7) + 7) % 7;
        const date = addDays(calendarDay.date, shift > 3 ? shift - 7 : shift);
        anchor = { date, grain: 'day', end: f.end };
        day = { date, end: f.end };
        return { ...f, value: `${dayValue(date)}${f.value.slice(10)}`, rule: `${f.rule}+anchor` };
      }
    }
    if (ANCHOR_RULES.test(f.rule)) {
      const sameSentence = near !== undefined && !/[.!?]['"’”]*\s/.test(text.slice(near.end, f.start));
      const story = near && (run >= 2 || sameSentence) && (f.rule === 'month' || f.rule === 'monthDay') ? storyYear(f, near, sameSentence) : undefined;
      if (story !== undefined) f = { ...f, value: `${story}${f.value.slice(4)}`, rule: `${f.rule}+anchor` };
      // How many dates in a row the text has told within a couple of years of each other, years given.
      const told = Number(/^\d{4}/.exec(f.value)?.[0]);
      if (/\d{4}/.test(f.text) || story !== undefined) {
        run = Number.isFinite(runYear) && Math.abs(told - runYear) <= STEP_YEARS ? run + 1 : 1;
        runYear = told;
      }
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(f.value);
      if (m) anchor = { date: new Date(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)), grain: m[3] ? 'day' : m[2] ? 'month' : 'year', end: f.end };
      if (m?.[3] !== undefined && anchor) day = { date: anchor.date, end: f.end };
      calendarDay = m?.[3] !== undefined && anchor && !f.rule.startsWith('weekday/') && !f.rule.startsWith('relativeDay') ? { date: anchor.date, end: f.end } : undefined;
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
    // "landed that same evening and on Sunday watched": a day the narrative named stands for the calendar day a bare weekday beside it counts from.
    if (unit === 'day') calendarDay = { date: addDays(d, n), end: f.end };
    return { ...f, value, rule: `${f.rule}+anchor` };
  });
}

// A month told with no year in a story set this many years or more before publication is read in the story's years.
const HISTORY_YEARS = 3;
// Dates this close to each other continue one narrative.
const STEP_YEARS = 2;

/**
 * "In May 1804 they set out ... In June 1805 they reached the falls ... In August Lewis crossed the
 * divide", published in 2005: a month told without a year, after two or more dates told with their
 * years close together (a narrative, not one date of background), whose last date lies years before publication, falls
 * in the narrative's year (the next one when the month comes before the anchor's month: a story told
 * forward), not in the year of publication. Undefined when the month keeps its publication reading.
 */
function storyYear(f: TimeFind, anchor: { date: Date; grain: 'year' | 'month' | 'day' }, sameSentence: boolean): number | undefined {
  if (/\d{4}|\byear\b|\blast\b|\bnext\b|\bthis\b/i.test(f.text)) return undefined;
  const read = Number(f.value.slice(0, 4));
  const year = anchor.date.getFullYear();
  // A bare year two sentences back may be background; in the month's own sentence ("in the winter of 1978, left Paris on Dec. 26") it dates it.
  if ((anchor.grain === 'year' && !sameSentence) || Math.abs(read - year) < HISTORY_YEARS) return undefined;
  const month = Number(f.value.slice(5, 7));
  return month < anchor.date.getMonth() + 1 ? year + 1 : year;
}
