import { addQuarters, addYears, getQuarter, getYear } from 'date-fns';
import { makeFind } from './makeFind';
import { scan } from './scan';
import type { TimeContext, TimeFind } from './types';

const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const QUALIFIER = '(?:(the|this|last|next|its|their|a|this year\'s|last year\'s|next year\'s)\\s+)?(?:(latest|current|year-ago|year-earlier|same|comparable|previous|prior|most recent|recent|corresponding|fiscal|calendar|flat|strong|weak|\\d{4})[\\s-]+){0,3}';
const NAMED = new RegExp(`\\b${QUALIFIER}${ORDINAL}[\\s-](?:fiscal[\\s-])?(quarter|half)s?\\b(?: of (?:fiscal )?(\\d{4})| (?:of )?(?:this|last|next) year\\b)?`, 'gi');
const NAMED_WORDS = ['quarter', 'half'];
const UNNAMED = /\b(?:(the|this|last|next|its|that)\s+)((?:(?:latest|current|year-ago|year-earlier|same|comparable|previous|prior|most recent|recent|fiscal|\d{4})[\s-]+){0,2})(quarter|period)\b(?!s|ly|-)/gi;
const UNNAMED_WORDS = ['quarter', 'period'];
const FINAL_PART = /\bthe (?:last|latter|final) (half|quarter) of (?:fiscal )?(\d{4})\b/gi;
const YEAR_AGO = /\b(?:year-ago|year-earlier|year-before)\b(?! (?:quarter|period))/gi;
const YEAR_AGO_WORDS = ['year-'];
const FISCAL = /\b(?:(the|this|last|next|its|the current|the latest|the previous)\s+)?(?:(current|latest|previous|past|coming|next)\s+)?fiscal(?:[\s-]year)?(?:\s+(\d{4}|'\d\d))?\b/gi;
const FISCAL_WORDS = ['fiscal'];

/** Finds quarters, halves and fiscal years: "the third quarter" (2020-Q3), "fiscal 1998", "the year-ago quarter". */
export function quarters(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  const p = ctx.published;
  for (const m of scan(ctx, NAMED, NAMED_WORDS)) {
    const n = Number((m[3] ?? '').replace(/\D/g, '')) || ['first', 'second', 'third', 'fourth'].indexOf((m[3] ?? '').toLowerCase()) + 1;
    const half = (m[4] ?? '').toLowerCase() === 'half';
    if (half && n > 2) continue;
    const whole = m[0].toLowerCase();
    let year = getYear(p);
    const explicit = m[5] ?? /\b(\d{4})\b/.exec(whole)?.[1];
    if (explicit) year = Number(explicit);
    else if (/year-ago|year-earlier|last year|previous year/.test(whole)) year -= 1;
    else if (/next year/.test(whole)) year += 1;
    else if (!half && n > getQuarter(p) && !/\b(?:next|coming)\b/.test(whole)) year -= 1;
    // TimeBank leaves "its" out, and "a"/"the" before the adjective "third-quarter"
    const det = /^(?:its|their|a|an|the) /i.exec(m[0]);
    const drop = det !== null && (/^(?:its|their) /i.test(det[0]) || /^\S+-(?:fiscal-)?(?:quarter|half)\b/i.test(m[0].slice(det[0].length)));
    const start = m.index + (drop && det ? det[0].length : 0);
    finds.push(makeFind(ctx, start, m.index + m[0].length, 'DATE', `${year}-${half ? 'H' : 'Q'}${n}`, half ? 'half' : 'quarter'));
  }
  for (const m of scan(ctx, UNNAMED, UNNAMED_WORDS)) {
    const words = `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase();
    if ((m[3] ?? '').toLowerCase() === 'period' && !/latest|year-ago|year-earlier|\d{4}/.test(words)) continue;
    let d = addQuarters(p, /current|this/.test(words) ? 0 : /next/.test(words) ? 1 : -1);
    if (/year-ago|year-earlier/.test(words)) d = addYears(d, -1);
    const named = /\d{4}/.exec(words);
    if (named) d = new Date(Number(named[0]), d.getMonth(), 1);
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', `${getYear(d)}-Q${getQuarter(d)}`, 'quarter/relative'));
  }
  // "the last half of 1989" is its second half, "the final quarter of 1989" its fourth quarter
  for (const m of scan(ctx, FINAL_PART, NAMED_WORDS)) {
    const half = (m[1] ?? '').toLowerCase() === 'half';
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', `${m[2] ?? ''}-${half ? 'H2' : 'Q4'}`, half ? 'half' : 'quarter'));
  }
  for (const m of scan(ctx, YEAR_AGO, YEAR_AGO_WORDS)) {
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', String(getYear(p) - 1), 'yearAgo'));
  }
  for (const m of scan(ctx, FISCAL, FISCAL_WORDS)) {
    const rel = `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase();
    if (!m[3] && !/\byear\b/i.test(m[0])) continue;
    let year = getYear(p) + (/last|previous|past/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0);
    if (m[3]) year = m[3].startsWith("'") ? 1900 + Number(m[3].slice(1)) : Number(m[3]);
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', String(year), 'fiscalYear'));
  }
  return finds;
}
