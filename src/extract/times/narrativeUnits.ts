import { makeFind } from './makeFind';
import { shiftUnit, type CalendarUnit } from './shiftUnit';
import type { TimeContext, TimeFind } from './types';

const NARRATIVE = /\b(?:(later|earlier|early|late) (?:in )?)?(that|the same|the following|the next|the previous|the prior|the preceding)( same)? (day|morning|afternoon|evening|night|week|month|year)\b(?!-| of\b)/gi;

/** How many units a narrative word moves from the time being told: "the following year" is +1. */
export function narrativeOffset(word: string): number {
  const w = word.toLowerCase();
  if (w === 'the following' || w === 'the next') return 1;
  if (w === 'the previous' || w === 'the prior' || w === 'the preceding') return -1;
  return 0;
}

/**
 * Finds times told relative to the story's own time, not publication: "that year", "the
 * following month", "the next morning", "later that day". Values are first read from the
 * publication date; anchorToNarrative re-anchors them on the last date the text named.
 */
export function narrativeUnits(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(NARRATIVE)) {
    const unit = (m[4] ?? '').toLowerCase();
    const grain: CalendarUnit = unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day';
    const part = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[unit];
    const value = shiftUnit(ctx.published, grain, narrativeOffset(m[2] ?? ''));
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', part ? `${value}T${part}` : value, `narrative/${(m[2] ?? '').toLowerCase()}`));
  }
  return finds;
}
