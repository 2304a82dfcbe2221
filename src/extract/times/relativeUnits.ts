import { guessTense } from './guessTense';
import { makeFind } from './makeFind';
import { seasonValue } from './seasonValue';
import { shiftUnit, type CalendarUnit } from './shiftUnit';
import type { TimeContext, TimeFind } from './types';

const EDGE = '(?:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|sometime|some time)';
const ANCHOR = '(this past|this coming|the past|the last|the previous|the current|the coming|the following|the next|last|this|next|the same)';
const UNIT = '(week|weekend|month|year|decade|century|winter|summer|spring|fall|autumn)';
const ANCHORED = new RegExp(`\\b(?:(${EDGE})[\\s-]+)?${ANCHOR} ${UNIT}\\b(?! of\\b|-)`, 'gi');
const IN_THE = new RegExp(`\\b(earlier|later) in the (week|month|year)\\b`, 'gi');
const SEASON = /\b(?:(early|late|mid)[\s-]+)?(?:the )?(spring|summer|fall|autumn|winter)(?: of (\d{4}))?\b/gi;
const SEASON_CUE = /\b(?:in|the|this|last|next|during|by|until|since|early|late|over|through)\s+$/i;

/** Finds units anchored at publication: "last week", "earlier this month", "this winter", "the past year". */
export function relativeUnits(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(ANCHORED)) {
    const anchor = (m[2] ?? '').toLowerCase();
    const unit = (m[3] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    let offset = offsetOf(anchor);
    if (unit === 'weekend' && anchor === 'the past') offset = -1;
    const value = isSeason(unit) ? seasonValue(ctx.published, unit, offset) : weekendOrUnit(ctx, unit as CalendarUnit, offset, anchor, m.index, end);
    finds.push(makeFind(ctx, m.index, end, 'DATE', value, `relative/${anchor}`));
  }
  for (const m of ctx.text.matchAll(IN_THE)) {
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', shiftUnit(ctx.published, (m[2] ?? 'year').toLowerCase() as CalendarUnit, 0), 'relative/inThe'));
  }
  for (const m of ctx.text.matchAll(SEASON)) {
    const word = m[2] ?? '';
    // "the fall of Rome" is no season; "the winter of nineteen ninety-four" is (joinYear adds the year)
    if (!m[3] && /^ of (?!\d|nineteen|two thousand)/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    if (!m[1] && !m[3] && !/^the /i.test(m[0]) && !SEASON_CUE.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const value = m[3] ? `${m[3]}-${seasonValue(ctx.published, word, 0).slice(5)}` : seasonValue(ctx.published, word, 0);
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', value, 'season'));
  }
  return finds;
}

function offsetOf(anchor: string): number {
  if (['last', 'the past', 'the last', 'the previous', 'this past'].includes(anchor)) return -1;
  if (['next', 'the coming', 'the following', 'the next', 'this coming'].includes(anchor)) return 1;
  return 0;
}

function isSeason(unit: string): boolean {
  return ['winter', 'summer', 'spring', 'fall', 'autumn'].includes(unit);
}

function weekendOrUnit(ctx: TimeContext, unit: CalendarUnit, offset: number, anchor: string, start: number, end: number): string {
  if (unit === 'weekend' && offset === 0 && anchor !== 'this') {
    return shiftUnit(ctx.published, 'weekend', guessTense(ctx.text, start, end) === 'future' ? 0 : -1);
  }
  return shiftUnit(ctx.published, unit, offset);
}
