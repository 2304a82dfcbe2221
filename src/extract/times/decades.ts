import { getYear } from 'date-fns';
import { makeFind } from './makeFind';
import { scan } from './scan';
import { parseNumber } from './numberWords';
import type { TimeContext, TimeFind } from './types';

const DIGITS = /\b(?:the )?(?:(?:early|mid|late)[\s-]+)?(?:(1\d|20)(\d)0'?s|'(\d)0s)\b/gi;
const DIGITS_WORDS = ['0s', "0's"];
const WORDS = /\b(?:the )?(?:(?:early|mid|late)[\s-]+)?(?:nineteen[\s-])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const WORDS_WORDS = ['ties'];
const ORDINAL_CENTURY = /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b/gi;
const WORD_CENTURY = /\b(?:the )?(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)|(this|last|next|the last|the previous|the next) )century\b/gi;
const CENTURY_WORDS = ['century'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];

/** Finds decades and centuries: "the 1990s" -> 199, "the '80s" -> 198, "the 20th century" -> 19. */
export function decades(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  const push = (m: RegExpMatchArray & { index: number }, value: string, rule: string): void => {
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', value, rule));
  };
  for (const m of scan(ctx, DIGITS, DIGITS_WORDS)) push(m, m[3] ? `19${m[3]}` : `${m[1]}${m[2]}`, 'decade');
  for (const m of scan(ctx, WORDS, WORDS_WORDS)) {
    const tens = parseNumber((m[1] ?? '').replace(/ies$/, 'y')) ?? 0;
    push(m, `19${tens / 10}`, 'decadeWord');
  }
  for (const m of scan(ctx, ORDINAL_CENTURY, CENTURY_WORDS)) push(m, String(Number(m[1]) - 1).padStart(2, '0'), 'century');
  for (const m of scan(ctx, WORD_CENTURY, CENTURY_WORDS)) {
    const current = Math.floor(getYear(ctx.published) / 100);
    const rel = (m[2] ?? '').toLowerCase();
    const n = m[1] ? ORDINALS.indexOf(m[1].toLowerCase()) : rel === 'this' ? current : rel.endsWith('next') ? current + 1 : current - 1;
    push(m, String(n).padStart(2, '0'), 'centuryWord');
  }
  return finds;
}
