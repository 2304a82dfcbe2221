import { MONTH_NAME, monthNumber, partOfDayCode, WEEKDAY_NAME, weekdayNumber } from './calendarNames';
import { makeFind } from './makeFind';
import type { TimeContext, TimeFind } from './types';

const EVERY = new RegExp(`\\b(?:every|each)(?: other| single)? (day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|weekend|${WEEKDAY_NAME}|${MONTH_NAME})\\b`, 'gi');
const ADVERB = /\b(daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually)\b/gi;
const PER = /(?<!\b(?:in|for|within|over|than) )\b(?:a|per) (day|week|month|year)\b(?= *(?:[,.;)]|$|for|in|on|to|and|or))/gi;
const PERIOD: Record<string, string> = {
  day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P3M', hour: 'PT1H', minute: 'PT1M', weekend: 'XXXX-WXX-WE',
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', quarterly: 'P3M',
  nightly: 'XXXX-XX-XXTNI', biweekly: 'P2W', semiannually: 'P6M',
};

/** Finds recurrences: "every week" (P1W), "annually" (P1Y), "each Thursday" (XXXX-WXX-4), "$5 a day". */
export function sets(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(EVERY)) {
    const word = m[1] ?? '';
    let value = PERIOD[word.toLowerCase()];
    if (!value && /^[A-Z]/.test(word) && weekdayNumber(word) >= 0 && new RegExp(`^${WEEKDAY_NAME}$`).test(word)) value = `XXXX-WXX-${weekdayNumber(word) || 7}`;
    else if (!value && new RegExp(`^${MONTH_NAME}$`).test(word)) value = `XXXX-${String(monthNumber(word)).padStart(2, '0')}`;
    else if (!value) value = `XXXX-XX-XXT${partOfDayCode(word) ?? 'XX'}`;
    if (/other/i.test(m[0])) value = value.replace(/^P1/, 'P2').replace(/^PT1/, 'PT2');
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'SET', value, 'set/every'));
  }
  for (const m of ctx.text.matchAll(ADVERB)) {
    const word = m[1] ?? '';
    // "China Daily", "the Party daily Granma": a newspaper, not a rate
    if (/^[A-Z]/.test(word) && !/(?:^|[.!?"]\s+|\n)$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (/^ [A-Z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'SET', PERIOD[word.toLowerCase()] ?? 'PXX', 'set/adverb'));
  }
  for (const m of ctx.text.matchAll(PER)) {
    if (!/\d|cents?|dollars?|times|once|twice/i.test(ctx.text.slice(Math.max(0, m.index - 25), m.index))) continue;
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'SET', PERIOD[(m[1] ?? '').toLowerCase()] ?? 'PXX', 'set/per'));
  }
  return finds;
}
