import { getYear } from 'date-fns';
import { MONTH_OR_ABBR, monthNumber, WEEKDAY_NAME } from './calendarNames';
import { guessTense } from './guessTense';
import { makeFind } from './makeFind';
import { resolveMonthYear, type MonthAnchor } from './resolveMonthYear';
import type { TimeContext, TimeFind } from './types';

const MONTH = new RegExp(
  `\\b(?:${WEEKDAY_NAME},? )?(?:(early|late|mid|the middle of|the end of|the beginning of|the start of|the first half of|the second half of)[\\s-]+)?` +
    `(?:([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+)?(${MONTH_OR_ABBR})(?!\\w)` +
    `(?:,?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,\\d|\\.\\d| ?%)(?:,?\\s+(\\d{4})\\b|\\s+of\\s+(this|last|next) year\\b)?|(?:of\\s+)?(\\d{4})\\b|(?:of\\s+)?(this|last|next) year\\b))?` +
    // "on December 14 last", "in November last": the old way of saying the last one before publication.
    `(\\s+last\\b(?!\\s+(?:year|month|week|night|time|season|summer|winter|spring|autumn|fall)))?`,
  'g',
);
const MONTH_CUE = /\b(?:in|since|until|till|by|during|through|from|to|of|before|after|early|late|mid|last|next|this|between|and|or|on)[\s-]$/i;

/** Finds month names, with or without a day and year ("May", "last April", "Aug. 7, 1998", "June last year", "July 6 of last year"). */
export function months(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(MONTH)) {
    const name = m[3] ?? '';
    const day = m[4] ? Number(m[4]) : 0;
    const explicitYear = m[5] ?? m[7];
    const abbreviated = !/^[A-Z][a-z]{2,}$/.test(name) || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(name);
    if (abbreviated && !day && !explicitYear) continue;
    if ((name === 'May' || name === 'March') && !day && !explicitYear && !m[1] && !m[2] && !m[8]) {
      if (!MONTH_CUE.test(ctx.text.slice(Math.max(0, m.index - 9), m.index))) continue;
    }
    if (day > 31) continue;
    const month = monthNumber(name);
    const end = m.index + m[0].length;
    // "June last year", "July 6 of last year": the year counted from publication.
    const rel = (m[6] ?? m[8])?.toLowerCase();
    let year: number;
    if (explicitYear) year = Number(explicitYear);
    else if (rel) year = getYear(ctx.published) + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    else year = resolveMonthYear(ctx.published, month, m[9] ? 'last' : anchorOf(m[2]), guessTense(ctx.text, m.index, end), day);
    const mm = String(month).padStart(2, '0');
    const value = day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
    finds.push(makeFind(ctx, m.index, end, 'DATE', value, day ? 'monthDay' : 'month'));
  }
  return finds;
}

function anchorOf(word: string | undefined): MonthAnchor {
  const w = (word ?? '').toLowerCase();
  if (w === 'last' || w === 'this past') return 'last';
  if (w === 'next' || w === 'this coming') return 'next';
  return w === 'this' ? 'this' : 'bare';
}
