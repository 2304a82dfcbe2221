import { partOfDayCode, WEEKDAY_NAME, weekdayNumber } from './calendarNames';
import { dayValue } from './formatTimex';
import { guessTense, programmeAfter } from './guessTense';
import { makeFind } from './makeFind';
import { resolveWeekday, type WeekdayAnchor } from './resolveWeekday';
import type { TimeContext, TimeFind } from './types';

const WEEKDAY = new RegExp(
  `\\b(?:(last|next|this|this coming|this past|the previous|the following|(?:early|late|mid)[\\s-]?)\\s*)?(${WEEKDAY_NAME})(s)?\\b(?:,? (morning|afternoon|evening|night|nights|mornings)\\b)?`,
  'gi',
);
const NOT_A_DAY = /^ (?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Tribune|Night Football|Sport|People|Star|Business|Review|Magazine|Mail|Sun|Morning Post|School|Club|Bloody)\b/;

/** Finds weekday names ("Friday", "last Monday", "Tuesday night"), resolved by anchor and tense. */
export function weekdays(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(WEEKDAY)) {
    const name = m[2] ?? '';
    if (!/^[A-Z]/.test(name)) continue;
    const end = m.index + m[0].length;
    if (NOT_A_DAY.test(ctx.text.slice(end, end + 20))) continue;
    const part = m[4] ? partOfDayCode(m[4]) : undefined;
    const n = weekdayNumber(name);
    if (m[3] || (m[4] && m[4].endsWith('s'))) {
      finds.push(makeFind(ctx, m.index, end, 'SET', `XXXX-WXX-${n === 0 ? 7 : n}${part ? `T${part}` : ''}`, 'weekdayPlural'));
      continue;
    }
    const anchor = anchorOf(m[1]);
    // "Wednesday's ruling" names something that has happened, unless a programme follows ("Sunday's stage finishes on").
    const possessive = ctx.text.startsWith("'s", end) || ctx.text.startsWith('’s', end);
    const tense = possessive ? (programmeAfter(ctx.text, end) ? 'future' : 'past') : guessTense(ctx.text, m.index, end);
    const date = resolveWeekday(ctx.published, n, anchor, tense);
    const value = part ? `${dayValue(date)}T${part}` : dayValue(date);
    // "the previous Friday" counts from the story's day; anchorToNarrative moves it there
    const told = /^the (?:previous|following)$/i.test(m[1] ?? '') ? (m[1] ?? '').toLowerCase() : anchor;
    finds.push(makeFind(ctx, m.index, end, part ? 'TIME' : 'DATE', value, `weekday/${told}`));
  }
  return finds;
}

function anchorOf(word: string | undefined): WeekdayAnchor {
  const w = (word ?? '').toLowerCase();
  if (w === 'last' || w === 'the previous' || w === 'this past') return 'last';
  if (w === 'next' || w === 'the following' || w === 'this coming') return 'next';
  if (w === 'this') return 'this';
  return 'bare';
}
