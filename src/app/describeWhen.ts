import { format } from 'date-fns';
import type { When } from '../story/types';
import { parseStoryDate } from '../timeline/whenRange';

// Story dates are wall-clock times of the article's place; show them as written, never shifted.
function utcDate(s: string): Date {
  const t = new Date(parseStoryDate(s));
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes());
}

function partOfDay(hour: number): string {
  if (hour < 6) return 'the night of';
  if (hour < 12) return 'the morning of';
  if (hour < 17) return 'the afternoon of';
  return 'late on';
}

function day(s: string): string {
  return format(utcDate(s), 'd MMMM yyyy');
}

/** A `when` in words, no more precise than it is: "2 February 2020", "late on 2 February 2020", "before 2 February 2020". */
export function describeWhen(when: When | undefined): string {
  if (!when) return 'Undated';
  if (when.start !== undefined) {
    const d = utcDate(when.start);
    switch (when.precision) {
      case 'year': return format(d, 'yyyy');
      case 'month': return format(d, 'MMMM yyyy');
      case 'week': return `week of ${day(when.start)}`;
      case 'partOfDay': return `${partOfDay(d.getHours())} ${day(when.start)}`;
      case 'hour':
      case 'minute': return `${format(d, 'HH:mm')}, ${day(when.start)}`;
      default: return day(when.start);
    }
  }
  if (when.after !== undefined && when.before !== undefined) return `between ${day(when.after)} and ${day(when.before)}`;
  if (when.after !== undefined) return `after ${day(when.after)}`;
  if (when.before !== undefined) return `before ${day(when.before)}`;
  return 'Undated';
}
