import { addDays, getDay, getYear } from 'date-fns';
import { dayValue } from './formatTimex';
import { guessTense } from './guessTense';
import { makeFind } from './makeFind';
import { resolveMonthYear, type MonthAnchor } from './resolveMonthYear';
import type { TimeContext, TimeFind } from './types';

type Rule = (year: number) => Date;

const nthWeekday = (month: number, weekday: number, n: number): Rule => (year) => {
  const first = new Date(year, month - 1, 1);
  return addDays(first, ((weekday - getDay(first) + 7) % 7) + (n - 1) * 7);
};
const lastMonday = (month: number): Rule => (year) => {
  const last = new Date(year, month, 0);
  return addDays(last, -((getDay(last) + 6) % 7));
};
const fixed = (month: number, day: number): Rule => (year) => new Date(year, month - 1, day);

const HOLIDAYS: Record<string, Rule> = {
  'christmas eve': fixed(12, 24),
  'christmas day': fixed(12, 25),
  christmas: fixed(12, 25),
  "new year's eve": fixed(12, 31),
  "new year's day": fixed(1, 1),
  'independence day': fixed(7, 4),
  'the fourth of july': fixed(7, 4),
  'fourth of july': fixed(7, 4),
  halloween: fixed(10, 31),
  "valentine's day": fixed(2, 14),
  'veterans day': fixed(11, 11),
  'thanksgiving day': nthWeekday(11, 4, 4),
  thanksgiving: nthWeekday(11, 4, 4),
  'labor day': nthWeekday(9, 1, 1),
  'memorial day': lastMonday(5),
  'election day': (y) => addDays(nthWeekday(11, 1, 1)(y), 1),
  easter: easterSunday,
  'easter sunday': easterSunday,
};
const HOLIDAY = /\b(?:(last|next|this) )?(christmas eve|christmas day|christmas|new year's eve|new year's day|independence day|the fourth of july|fourth of july|halloween|valentine's day|veterans day|thanksgiving day|thanksgiving|labor day|memorial day|election day|easter sunday|easter)\b(?! (?:tree|card|present|gift|shopping|sales?|party|rising|island|offensive)s?\b)/gi;

/** Finds named holidays ("Thanksgiving Day", "last Christmas", "Election Day") and dates them. */
export function holidays(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(HOLIDAY)) {
    const name = (m[2] ?? '').toLowerCase();
    const rule = HOLIDAYS[name];
    if (!rule || !/^[A-Z]/.test((m[2] ?? '').replace(/^the /, ''))) continue;
    const end = m.index + m[0].length;
    const guess = rule(getYear(ctx.published));
    const anchor = (m[1]?.toLowerCase() ?? 'bare') as MonthAnchor;
    const year = resolveMonthYear(ctx.published, guess.getMonth() + 1, anchor, guessTense(ctx.text, m.index, end), guess.getDate());
    finds.push(makeFind(ctx, m.index, end, 'DATE', dayValue(rule(year)), 'holiday'));
  }
  return finds;
}

/** Easter Sunday of a year (the anonymous Gregorian computus). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const n = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * n + 114) / 31);
  const day = ((h + l - 7 * n + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}
