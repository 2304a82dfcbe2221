import { addDays } from 'date-fns';
import { partOfDayCode } from './calendarNames';
import { dayValue } from './formatTimex';
import { makeFind } from './makeFind';
import type { TimeContext, TimeFind } from './types';

const OFFSET: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1, this: 0, last: -1 };
const PART = '(?:morning|afternoon|evening|night)';
const DAY_FIRST = new RegExp(
  `\\b(?:(early|late|earlier|later|mid)[\\s-]+)?(yesterday|today|tomorrow|tonight)\\b(?:,? (${PART})\\b)?`,
  'gi',
);
const PART_FIRST = new RegExp(`\\b(?:(early|late|later|earlier|mid)[\\s-]+)?(?:(this|last) (${PART})|(${PART}) (yesterday|today|tomorrow))\\b`, 'gi');

/** Finds days named relative to publication: "yesterday", "late yesterday", "this morning", "tonight". */
export function relativeDays(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(DAY_FIRST)) {
    const modifier = m[1]?.toLowerCase();
    const word = (m[2] ?? '').toLowerCase();
    const day = addDays(ctx.published, OFFSET[word] ?? 0);
    const part = m[3] ? partOfDayCode(m[3]) : word === 'tonight' ? 'NI' : modifierPart(modifier);
    // "the Today programme", "USA Today": a title, not a day
    if (/^Today/.test(m[0]) && /(?:the|USA) $/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const value = part ? `${dayValue(day)}T${part}` : dayValue(day);
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', value, 'relativeDay'));
  }
  for (const m of ctx.text.matchAll(PART_FIRST)) {
    if (m[2] && m[2].toLowerCase() === 'last' && (m[3] ?? '').toLowerCase() !== 'night') continue;
    const key = (m[2] ?? m[5] ?? '').toLowerCase();
    const part = partOfDayCode(m[3] ?? m[4] ?? '');
    const day = addDays(ctx.published, OFFSET[key] ?? 0);
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'TIME', `${dayValue(day)}T${part ?? 'DT'}`, 'relativePartOfDay'));
  }
  return finds;
}

function modifierPart(modifier: string | undefined): string | undefined {
  if (modifier === 'late') return 'EV';
  if (modifier === 'early') return 'MO';
  return undefined;
}
