import { makeFind } from './makeFind';
import type { TimeContext, TimeFind } from './types';

const PRESENT = /\b(?:right now|now|currently|these days|nowadays|at present|presently|at the moment|at this time|for the time being|the present)\b/gi;
const PAST = /\b(?:(?:more |until |only |most )?recently|formerly|(?:in )?the (?:distant |recent )?past|in years past|once upon a time)\b/gi;
const FUTURE = /\b(?:(?:the|in the) (?:near |distant |foreseeable |immediate )?future|(?<!\bas )soon(?! (?:as|after|afterwards?|thereafter)\b)|(?:the|in the) (?:near|short|long|medium) (?:term|run)|someday|some day|a later date|later on)\b/gi;

/** Finds references to the present, past and future: "now" (PRESENT_REF), "recently" (PAST_REF), "the future". */
export function references(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  const add = (re: RegExp, value: string): void => {
    for (const m of ctx.text.matchAll(re)) {
      let start = m.index;
      if (ctx.text[m.index - 1] === '-') continue;
      const word = m[0].toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (word === 'earlier' && /^\s*(?:than|,? ?(?:this|that|in|on)\b)/i.test(after)) continue;
      if (word === 'now' && /^\s*that\b/i.test(after) && /[.!?]\s*$|^$/.test(ctx.text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (word.endsWith('future') && /^\s*(?:tense|perfect)\b/i.test(after)) continue;
      if (/^(?:in|until) /.test(word)) start += word.indexOf(' ') + 1;
      finds.push(makeFind(ctx, start, m.index + m[0].length, 'DATE', value, `reference/${value}`));
    }
  };
  add(PRESENT, 'PRESENT_REF');
  add(PAST, 'PAST_REF');
  add(FUTURE, 'FUTURE_REF');
  return finds;
}
