import { parseISO } from 'date-fns';
import { anchorToNarrative } from './anchorToNarrative';
import { anchorToQuarter } from './anchorToQuarter';
import { clockOnDay } from './clockOnDay';
import { dropTitles } from './dropTitles';
import { extendQualifiers } from './extendQualifiers';
import { joinYear } from './joinYear';
import { mergeFinds } from './mergeFinds';
import { textHolds } from './textHolds';
import { timeFinders } from './timeFinders';
import type { TimeContext, TimeFind } from './types';
import { whenFromTimex } from './whenFromTimex';
import { widenWeekOf } from './widenWeekOf';

/**
 * Finds every time expression in `text` and normalises it in TIMEX3 terms against the
 * publication date `published` (YYYY-MM-DD): finders propose, the longest spans win, refiners
 * widen extents, and each DATE or TIME gets the interval it covers.
 */
export function findTimes(text: string, published: string): TimeFind[] {
  const ctx: TimeContext = { text, holds: textHolds(text), published: parseISO(published) };
  const proposed = timeFinders.flatMap((finder) => finder(ctx));
  const merged = mergeFinds(proposed, text.length);
  const refined = clockOnDay(text, anchorToNarrative(anchorToQuarter(text, widenWeekOf(text, extendQualifiers(text, joinYear(text, dropTitles(text, merged))))), text));
  return refined.map((f) => {
    const when = f.type === 'DATE' || f.type === 'TIME' ? whenFromTimex(f.value) : undefined;
    return when ? { ...f, when } : f;
  });
}
