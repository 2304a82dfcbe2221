import type { TimeFind } from './types';

const JOINABLE = /^(?:month|season|half|quarter|monthDay)$/;
const GAP = /^,? (?:of |in )?$/;

/**
 * Refiner: a month, season or quarter followed by a year the other finders read apart
 * ("January nineteen ninety-seven", "the winter of nineteen ninety-four") becomes one find in
 * that year, as chrono's merge refiners do.
 */
export function joinYear(text: string, finds: TimeFind[]): TimeFind[] {
  const out: TimeFind[] = [];
  for (let i = 0; i < finds.length; i++) {
    const a = finds[i];
    const b = finds[i + 1];
    if (a && b && JOINABLE.test(a.rule) && (b.rule === 'year' || b.rule === 'spokenYear') && /^\d{4}$/.test(b.value) && GAP.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), value: b.value + a.value.slice(4), rule: `${a.rule}+year` });
      i++;
      continue;
    }
    if (a) out.push(a);
  }
  return out;
}
