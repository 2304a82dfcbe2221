import { getYear, subMonths, addMonths } from 'date-fns';
import { MONTH_OR_ABBR, monthNumber, WEEKDAY_NAME } from './calendarNames';
import { guessTense } from './guessTense';
import { makeFind } from './makeFind';
import { resolveMonthYear } from './resolveMonthYear';
import type { TimeContext, TimeFind } from './types';

// The day before the month, as most of the world writes it: "5 May", "on 5 May 1997", "the 5th of May",
// "Sunday, 5 September", "3rd June last year". The month keeps its capital, so "may" never matches.
const DAY_FIRST = new RegExp(
  `\\b(?:${WEEKDAY_NAME},?\\s+)?(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_OR_ABBR})(?![\\w])(?:,?\\s+(\\d{4})\\b|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`,
  'g',
);
// "the 13th of this month", "the 2nd of last month".
const OF_MONTH = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|last|next)\s+month\b/gi;
// "on the 20th she reached ...": an ordinal day on its own, where no noun follows it ("the 20th floor").
const BARE_DAY = /\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*[,.;:)—–-]|\s+(?:she|he|they|it|we|I|you|the|a|an|and|when|at|in|from|to|as|after|before)\b)/g;

/** Finds days written before their month ("5 May 1997", "the 13th of this month", "on the 20th"). */
export function daysOfMonth(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  const pub = ctx.published;
  const value = (y: number, month: number, day: number): string => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  for (const m of ctx.text.matchAll(DAY_FIRST)) {
    const day = Number(m[1]);
    const name = m[3] ?? '';
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    const month = monthNumber(name);
    const rel = m[5]?.toLowerCase();
    const year = m[4] ? Number(m[4]) : rel ? getYear(pub) + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0) : resolveMonthYear(pub, month, 'bare', guessTense(ctx.text, m.index, end), day);
    finds.push(makeFind(ctx, m.index, end, 'DATE', value(year, month, day), 'dayMonth'));
  }
  for (const m of ctx.text.matchAll(OF_MONTH)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const rel = (m[2] ?? '').toLowerCase();
    const base = rel === 'last' ? subMonths(pub, 1) : rel === 'next' ? addMonths(pub, 1) : pub;
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', value(getYear(base), base.getMonth() + 1, day), 'dayOfMonth'));
  }
  for (const m of ctx.text.matchAll(BARE_DAY)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index + m[0].indexOf('the');
    const end = m.index + m[0].length;
    // The month of publication, or the month before when a day not yet come is told in the past.
    const past = guessTense(ctx.text, start, end) !== 'future';
    const base = past && day > pub.getDate() ? subMonths(pub, 1) : !past && day < pub.getDate() ? addMonths(pub, 1) : pub;
    finds.push(makeFind(ctx, start, end, 'DATE', value(getYear(base), base.getMonth() + 1, day), 'bareDay'));
  }
  return finds;
}
