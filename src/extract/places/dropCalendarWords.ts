import type { PlaceStep } from './types';

/** Month and weekday names, normalised. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Refiner: a one-word month or weekday ("in August", "on Monday") is a date, not the town of
 * that name; dropped before ranking so it lends no country or state to the article's other
 * places. A name the caller gave (rule "given") is kept.
 */
export const dropCalendarWords: PlaceStep = {
  name: 'calendar word',
  run(ctx) {
    for (const m of ctx.mentions) {
      if (m.dropped || m.rule === 'given' || m.endToken - m.firstToken !== 1) continue;
      if (CALENDAR_WORDS.has(m.key)) m.dropped = 'month';
    }
  },
};
