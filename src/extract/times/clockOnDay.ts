import type { TimeFind } from './types';

// What may stand between a clock time and the day it is on: a zone ("local time", "GMT", "(0900 GMT)") and "on".
const TO_DAY = /^(?:\s+(?:local\s+time|[A-Z]{2,4}|\([^()]{0,24}\)))?,?\s+on\s+$/;

/**
 * Refiner: "at 11 am local time on March 4": a clock time the finders read on the
 * publication day, followed by its zone and "on" a day, is on that day. One pass over the finds.
 */
export function clockOnDay(text: string, finds: TimeFind[]): TimeFind[] {
  return finds.map((f, i) => {
    const next = finds[i + 1];
    const clock = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})$/.exec(f.value)?.[1];
    if (f.type !== 'TIME' || clock === undefined || !next || next.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(next.value) || next.start - f.end > 40) return f;
    if (!TO_DAY.test(text.slice(f.end, next.start))) return f;
    return { ...f, value: `${next.value}${clock}` };
  });
}
