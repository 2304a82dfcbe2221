import { addYears } from 'date-fns';
import { dayValue, yearValue } from './formatTimex';
import { shiftUnit } from './shiftUnit';
import { makeFind } from './makeFind';
import { scan } from './scan';
import { NUMBER_PATTERN, parseNumber } from './numberWords';
import { UNIT_PATTERN, unitOf } from './timeUnits';
import type { TimeContext, TimeFind } from './types';

const AGO = new RegExp(
  `\\b(?:(?:nearly|almost|some|roughly|approximately|more than|less than)\\s+)?(${NUMBER_PATTERN})\\s+(?:or so\\s+)?(${UNIT_PATTERN})\\s+(?:or so\\s+)?(ago|earlier|from now|hence)\\b`,
  'gi',
);
const AGO_WORDS = ['ago', 'earlier', 'from now', 'hence'];

/**
 * Finds counts back or forward from publication: "two weeks ago", "a year earlier", "five years
 * from now". "Three days later" counts from a narrated event, so it is left to the durations.
 */
export function ago(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of scan(ctx, AGO, AGO_WORDS)) {
    const unit = unitOf(m[2] ?? '');
    const word = (m[3] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    if (!unit) continue;
    const sign = word === 'ago' || word === 'earlier' ? -1 : 1;
    const count = parseNumber(m[1] ?? '');
    const value = count === undefined ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : pointValue(ctx.published, unit.grain, sign * count * unit.factor);
    finds.push(makeFind(ctx, m.index, end, 'DATE', value, `ago/${word}`));
  }
  return finds;
}

/**
 * The point `n` units from publication. Calendar units count whole units by the one rule the
 * relative expressions share ("two quarters ago" is a quarter, as "last quarter" is); years,
 * decades and centuries count years (`n` is already in years); an hour or a minute back is the
 * publication day itself, whose hour the article does not give.
 */
function pointValue(published: Date, grain: string, n: number): string {
  const whole = Math.round(n);
  switch (grain) {
    case 'decade':
    case 'year':
      return yearValue(addYears(published, whole));
    case 'century':
      return yearValue(addYears(published, whole)).slice(0, 2);
    case 'quarter':
    case 'month':
    case 'week':
    case 'day':
      return shiftUnit(published, grain, whole);
    default:
      return dayValue(published);
  }
}
