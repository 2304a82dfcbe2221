import { getDay, nextDay, previousDay, type Day } from 'date-fns';
import type { Tense } from './guessTense';

/** How a weekday is anchored: "last Friday", "next Friday", or bare "Friday" read through the tense. */
export type WeekdayAnchor = 'last' | 'next' | 'this' | 'bare';

/**
 * The date a weekday name points at from the publication date. Bare weekdays in news are the
 * past one ("said on Monday") unless the clause looks ahead ("will meet on Monday"); the
 * publication day's own weekday is that day.
 */
export function resolveWeekday(published: Date, weekday: number, anchor: WeekdayAnchor, tense: Tense): Date {
  const day = weekday as Day;
  if (anchor === 'last') return previousDay(published, day);
  if (anchor === 'next') return nextDay(published, day);
  if (getDay(published) === weekday) return published;
  if (tense === 'future') return nextDay(published, day);
  if (anchor === 'this') {
    const after = nextDay(published, day);
    return after.getTime() - published.getTime() <= 3 * 86_400_000 && tense !== 'past' ? after : previousDay(published, day);
  }
  return previousDay(published, day);
}
