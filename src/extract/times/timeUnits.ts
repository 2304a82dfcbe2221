/** A calendar or clock unit as TIMEX3 writes it in a duration. */
export interface TimeUnit {
  /** Letter in a TIMEX3 duration: Y, M, W, D, H, M (minutes), S, Q, DE (decade) ... */
  code: string;
  /** Whether the letter goes after the T (hours, minutes, seconds). */
  clock: boolean;
  /** Multiplier applied to the count, for units TIMEX3 writes in another unit (decade = 10 Y). */
  factor: number;
  /** The granularity name used for points: year, month, week, day, hour. */
  grain: 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century';
}

const UNITS: Record<string, TimeUnit> = {
  year: { code: 'Y', clock: false, factor: 1, grain: 'year' },
  month: { code: 'M', clock: false, factor: 1, grain: 'month' },
  week: { code: 'W', clock: false, factor: 1, grain: 'week' },
  day: { code: 'D', clock: false, factor: 1, grain: 'day' },
  hour: { code: 'H', clock: true, factor: 1, grain: 'hour' },
  minute: { code: 'M', clock: true, factor: 1, grain: 'minute' },
  second: { code: 'S', clock: true, factor: 1, grain: 'second' },
  quarter: { code: 'Q', clock: false, factor: 1, grain: 'quarter' },
  decade: { code: 'Y', clock: false, factor: 10, grain: 'decade' },
  century: { code: 'Y', clock: false, factor: 100, grain: 'century' },
};

/** A regex source for a unit word, singular or plural ("years", "quarter"). */
export const UNIT_PATTERN = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|decades?|centur(?:y|ies))';

/** The unit a word names ("weeks" -> week), or undefined. */
export function unitOf(word: string): TimeUnit | undefined {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return UNITS[w];
}

/** A TIMEX3 duration: durationValue(3, year) = P3Y, durationValue(undefined, hour) = PTXH. */
export function durationValue(count: number | undefined, unit: TimeUnit): string {
  let n: string;
  if (count === undefined) n = 'X';
  else {
    const total = count * unit.factor;
    if (!Number.isInteger(total) && total === Math.floor(total) + 0.5) {
      if (unit.code === 'Y' && !unit.clock) return `P${Math.floor(total) || ''}${Math.floor(total) ? 'Y' : ''}6M`;
      if (unit.code === 'H') return `PT${Math.floor(total) || ''}${Math.floor(total) ? 'H' : ''}30M`;
      if (unit.code === 'M' && unit.clock) return `PT${Math.floor(total) || ''}${Math.floor(total) ? 'M' : ''}30S`;
    }
    n = String(total);
  }
  return unit.clock ? `PT${n}${unit.code}` : `P${n}${unit.code}`;
}
