import { weekValue } from './formatTimex';
import type { TimeFind } from './types';

const WEEK_OF = /\bthe week (?:of|beginning|starting) $/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Refiner: "the week of March 6" is the week holding that day, one find over the whole phrase. */
export function widenWeekOf(text: string, finds: TimeFind[]): TimeFind[] {
  return finds.map((f) => {
    const day = DAY.exec(f.value);
    const lead = WEEK_OF.exec(text.slice(Math.max(0, f.start - 24), f.start));
    if (!day || !lead) return f;
    const start = f.start - lead[0].length;
    const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return { ...f, start, text: text.slice(start, f.end), value: weekValue(date), rule: `${f.rule}+weekOf` };
  });
}
