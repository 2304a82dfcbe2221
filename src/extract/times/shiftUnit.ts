import { addDays, addMonths, addQuarters, addWeeks, addYears, getYear } from 'date-fns';
import { dayValue, monthValue, quarterValue, weekValue, yearValue } from './formatTimex';

/** The calendar units a relative expression can count in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The TIMEX3 value of the unit `offset` steps from the publication date: (-1, week) = last week. */
export function shiftUnit(published: Date, unit: CalendarUnit, offset: number): string {
  switch (unit) {
    case 'day':
      return dayValue(addDays(published, offset));
    case 'week':
      return weekValue(addWeeks(published, offset));
    case 'weekend':
      return `${weekValue(addWeeks(published, offset))}-WE`;
    case 'month':
      return monthValue(addMonths(published, offset));
    case 'quarter':
      return quarterValue(addQuarters(published, offset));
    case 'year':
      return yearValue(addYears(published, offset));
    case 'decade':
      return String(Math.floor(getYear(published) / 10) + offset);
    case 'century':
      return String(Math.floor(getYear(published) / 100) + offset).padStart(2, '0');
  }
}
