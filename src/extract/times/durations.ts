import { makeFind } from './makeFind';
import { scan } from './scan';
import { NUMBER_PATTERN, parseNumber } from './numberWords';
import { durationValue, UNIT_PATTERN, unitOf } from './timeUnits';
import type { TimeContext, TimeFind } from './types';

const LEAD = '(?:(?:the|its|their|his|her|each of the|all of the)\\s+)?(?:(?:past|last|next|first|final|coming|previous|following|latest|remaining|same|initial|recent|further|additional|other|entire|full)\\s+)?';
const COUNTED = new RegExp(
  `\\b${LEAD}(${NUMBER_PATTERN})(?:\\s+(?:more|full|straight|consecutive|trading|business|calendar|working|long|additional))?[\\s-]+(${UNIT_PATTERN})(?:[\\s-](?:old|long))?\\b(?!-(?:old|long)\\b)`,
  'gi',
);
// "a day-long strike", "a yearlong inquiry", "a decades-long feud": one unit, or some of them
const UNIT_LONG = /\b(day|week|month|year|decade|centur(?:y|ie)|hour|minute)(s?)-?long\b/gi;
const UNIT_LONG_WORDS = ['long'];
// "for years", "within weeks", "recent months", "the weeks ahead", "over the years"
const VAGUE = /\b(?:(in|for|over|within|during|throughout) )?(the )?(?:(recent|coming|past|next|last|previous|following) )?(years|months|weeks|days|hours|minutes|decades|centuries|quarters)( ahead)?\b/gi;

/** Finds lengths of time: "three years", "the past two months", "two-year", "recent weeks", "days". */
export function durations(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(COUNTED)) {
    const unit = unitOf(m[2] ?? '');
    if (!unit) continue;
    const rawCount = (m[1] ?? '').toLowerCase();
    // "a second term", "one minute's silence" is fine, but "second" alone is an ordinal
    if (unit.grain === 'second' && /^(?:a|an)$/.test(rawCount)) continue;
    // "a decades-long feud" counts no decades
    if (/^(?:a|an)$/.test(rawCount) && /s$/i.test(m[2] ?? '')) continue;
    // "a 6-year-old" is an age; "the 1988 quarter" names a year
    if (/old$/i.test(m[0]) || /^\s*old\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    if (/^(?:1[5-9]|20)\d\d$/.test(rawCount)) continue;
    if (/-quarters$/i.test(m[0])) continue; // "three-quarters" is a fraction
    let start = m.index;
    // possessives stay out, and so does "the" before an adjective ("the 10-day trip")
    const adjective = /^(?:the|a|an) \S+-[a-z]+$/i.test(m[0]);
    if (/^(?:its|their|his|her) /i.test(m[0]) || adjective) start += m[0].indexOf(' ') + 1;
    finds.push(makeFind(ctx, start, m.index + m[0].length, 'DURATION', durationValue(parseNumber(rawCount), unit), 'duration'));
  }
  for (const m of scan(ctx, UNIT_LONG, UNIT_LONG_WORDS)) {
    const unit = unitOf(`${m[1] ?? ''}${m[2] ?? ''}`);
    if (unit) finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DURATION', durationValue(m[2] ? undefined : 1, unit), 'durationLong'));
  }
  for (const m of ctx.text.matchAll(VAGUE)) {
    const [, prep, the, qualifier, word, ahead] = m;
    const overThe = Boolean(the) && /^(?:over|during|throughout)$/i.test(prep ?? '');
    if (!qualifier && !ahead && !overThe && !(prep && !the)) continue;
    const unit = unitOf(word ?? '');
    if (!unit) continue;
    const start = m.index + (prep ? prep.length + 1 : 0);
    finds.push(makeFind(ctx, start, m.index + m[0].length, 'DURATION', durationValue(undefined, unit), 'durationVague'));
  }
  return finds;
}
