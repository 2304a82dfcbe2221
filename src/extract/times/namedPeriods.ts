import { guessTense } from './guessTense';
import { makeFind } from './makeFind';
import { scan } from './scan';
import { shiftUnit } from './shiftUnit';
import type { TimeContext, TimeFind } from './types';

const THE_PERIOD = /\b(?:the (?:full |whole |entire )?(week|weekend)|the (full|whole|entire) (year|month))\b(?!-| of\b| (?:before|after|earlier|later|ago)\b)/gi;
const FOR_THE_YEAR = /\b(?:(?<=(?:for|during|throughout|over) )the (year|month|week)\b(?!-| (?:ago|earlier|before|after|later|two|of)\b)|the (year)(?= (?:ended|ending)\b))/gi;
const FOR_THE_YEAR_WORDS = ['the year', 'the month', 'the week'];
const YEAR_END = /\b(?:(?:around |by |at )?(?:the )?year[- ]end|year's end|the end of (?:the|this) year|the (?:end|beginning|start|middle) of (?:the|this) (month))\b/gi;
const CURRENT = /\bcurrent\b(?! (?:account|events|affairs|flow|flows|sea|and|ly|s)\b)(?!-)/gi;

/** Finds periods named by the article's own now: "the weekend", "the full year", "year-end", "the end of the month", "current". */
export function namedPeriods(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(THE_PERIOD)) {
    const unit = (m[1] ?? m[3] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    let value: string;
    if (unit === 'weekend') value = shiftUnit(ctx.published, 'weekend', guessTense(ctx.text, m.index, end) === 'future' ? 0 : -1);
    // "the week" names some week the text is about, not necessarily the current one
    else if (unit === 'week') value = `${shiftUnit(ctx.published, 'year', 0)}-WXX`;
    else value = shiftUnit(ctx.published, unit === 'month' ? 'month' : 'year', 0);
    finds.push(makeFind(ctx, m.index, end, 'DATE', value, `period/${unit}`));
  }
  for (const m of scan(ctx, FOR_THE_YEAR, FOR_THE_YEAR_WORDS)) {
    const unit = (m[1] ?? m[2] ?? 'year').toLowerCase();
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DURATION', `P1${unit === 'year' ? 'Y' : unit === 'month' ? 'M' : 'W'}`, 'period/forThe'));
  }
  for (const m of ctx.text.matchAll(YEAR_END)) {
    const start = m.index + (/^(?:around|by|at) /i.test(m[0]) && !/^around/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0);
    const unit = m[1] ? 'month' : 'year';
    finds.push(makeFind(ctx, start, m.index + m[0].length, 'DATE', shiftUnit(ctx.published, unit, 0), `period/${unit}End`));
  }
  for (const m of ctx.text.matchAll(CURRENT)) {
    if (ctx.text[m.index - 1] === '-') continue;
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF', 'reference/current'));
  }
  return finds;
}
