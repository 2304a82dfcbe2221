import { differenceInCalendarDays, getYear } from 'date-fns';
import type { Tense } from './guessTense';

/** How a month name is anchored: "last April", "next April", "this April", or bare. */
export type MonthAnchor = 'last' | 'next' | 'this' | 'bare';

const SLACK_DAYS = 90;
// a date just gone is likelier a misread tense than one a year away
const MISREAD_DAYS = 31;

/**
 * The year a month (1-12, optionally a day in it) without a year belongs to. "last" is the most
 * recent one before the publication month, "next" the first after, "this" the publication
 * year. Bare months take the nearest such date to publication, among those the tense allows
 * (past, or no cue, since news reports what happened: not more than a season ahead; future:
 * not over more than a month before publication).
 */
export function resolveMonthYear(published: Date, month: number, anchor: MonthAnchor, tense: Tense, day = 0): number {
  const year = getYear(published);
  const here = published.getMonth() + 1;
  if (anchor === 'last') return month >= here ? year - 1 : year;
  if (anchor === 'next') return month <= here ? year + 1 : year;
  if (anchor === 'this') return year;
  let best = year;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const diff = differenceInCalendarDays(new Date(y, month - 1, day || 15), published);
    if (tense !== 'future' && diff > SLACK_DAYS) continue;
    if (tense === 'future' && differenceInCalendarDays(day ? new Date(y, month - 1, day) : new Date(y, month, 0), published) < -MISREAD_DAYS) continue;
    if (Math.abs(diff) < bestDistance) {
      best = y;
      bestDistance = Math.abs(diff);
    }
  }
  return best;
}
