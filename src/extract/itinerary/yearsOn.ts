import type { When } from '../../story/types';

const shift = (s: string, by: number): string => s.replace(/^(\d{4})/, (y) => String(Number(y) + by).padStart(4, '0'));

/** The same days `by` years on (or back, for a negative `by`): start, end and timex moved alike, the rest kept. */
export function yearsOn(w: When, by: number): When {
  return { ...w, ...(w.start !== undefined ? { start: shift(w.start, by) } : {}), ...(w.end !== undefined ? { end: shift(w.end, by) } : {}), ...(w.timex !== undefined ? { timex: shift(w.timex, by) } : {}) };
}
