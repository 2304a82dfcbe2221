import { storyDateParts } from './dateParts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A story date as fixed English words, "4 February 2020" (the interchange formats' wording, not the interface's). */
export function describeDay(s: string): string {
  const p = storyDateParts(s);
  return p ? `${p.day} ${MONTHS[p.month - 1] ?? ''} ${String(p.year).padStart(4, '0')}` : s;
}

/**
 * The words Dateline's TimelineJS export writes for a bounded `when` and its import reads back:
 * "before 4 February 2020", "after 1 January 2020", "between 1 January 2020 and 4 February 2020".
 * Fixed English, apart from the interface's wording, so files written once always read back.
 */
export function describeBound(bounds: { after?: string | undefined; before?: string | undefined }): string {
  if (bounds.after !== undefined && bounds.before !== undefined) return `between ${describeDay(bounds.after)} and ${describeDay(bounds.before)}`;
  if (bounds.after !== undefined) return `after ${describeDay(bounds.after)}`;
  return `before ${describeDay(bounds.before ?? '')}`;
}
