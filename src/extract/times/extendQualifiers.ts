import type { TimeFind } from './types';

// TimeBank keeps "nearly forty years" and "more than four hours" whole, but leaves "over",
// "within", "about" and "just" outside the extent.
const QUALIFIER = /\b(?:nearly|almost|more than|less than|fewer than|no more than|no less than|up to|roughly|approximately)\s+$/i;

/** Refiner: widens a duration over a leading qualifier TimeBank keeps in the extent ("nearly two years"). */
export function extendQualifiers(text: string, finds: TimeFind[]): TimeFind[] {
  return finds.map((f) => {
    if (f.type !== 'DURATION') return f;
    const m = QUALIFIER.exec(text.slice(Math.max(0, f.start - 16), f.start));
    if (!m) return f;
    const start = f.start - m[0].length;
    return { ...f, start, text: text.slice(start, f.end), rule: `${f.rule}+qualifier` };
  });
}
