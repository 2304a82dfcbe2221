const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A regex source for a full month name, capitalised ("March", "May"). */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A regex source for a month name or its dotted abbreviation ("Sept.", "Aug."). */
export const MONTH_OR_ABBR = `(?:${MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;

/** A regex source for a capitalised weekday name. */
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** 1-based month number of a month name or abbreviation ("Sept." -> 9). */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Day of week of a weekday name, 0 = Sunday as date-fns counts. */
export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase());
}

/** The TIMEX3 part-of-day code for a word: morning MO, afternoon AF, evening EV, night NI. */
export function partOfDayCode(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.includes('morning')) return 'MO';
  if (w.includes('afternoon')) return 'AF';
  if (w.includes('evening')) return 'EV';
  if (w.includes('night')) return 'NI';
  return undefined;
}
