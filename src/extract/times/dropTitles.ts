import type { TimeFind } from './types';

const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day|Eve|\d.*|[A-Z][a-z]{2,3}\.)$/;

/**
 * Refiner: drops finds written in Title Case inside a sentence ("This Week", "60 Minutes",
 * "Last Year's Model"): these are names of programmes or works, not times. Holidays and
 * month or weekday names keep their capitals and stay.
 */
export function dropTitles(text: string, finds: TimeFind[]): TimeFind[] {
  return finds.filter((f) => {
    if (f.rule === 'holiday') return true;
    const words = f.text.split(/[\s,-]+/).filter(Boolean);
    if (words.length < 2) return true;
    const titled = words.every((w) => /^[A-Z0-9]/.test(w)) && words.some((w) => !CALENDAR_WORD.test(w));
    if (!titled) return true;
    // a quote after a word opens a title ("ABC's \"This Week\""); after a full stop, a sentence
    const before = text.slice(Math.max(0, f.start - 6), f.start);
    // eslint-disable-next-line regexp/no-super-linear-move -- `before` is the 6 characters before the find, at most.
    return f.start === 0 || /(?:^|[.!?]["'`]*\s+|\n\s*)["'`(]*$/.test(before);
  });
}
