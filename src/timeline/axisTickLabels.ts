import { formatUtc } from '../i18n/formatUtc';
import type { MessageKey } from '../i18n/languagePack';
import type { Lang } from '../i18n/languages';

const DAY = 86_400_000;

/** The calendar unit a row of axis ticks steps by. */
export type TickUnit = 'year' | 'month' | 'day' | 'time';

/** The unit of `ticks` (UTC ms, ascending): from the step between them, or for a lone tick from what it falls on. */
export function tickUnit(ticks: readonly number[]): TickUnit {
  const [first, second] = ticks;
  if (first === undefined) return 'day';
  if (second !== undefined) {
    const step = second - first;
    return step >= 365 * DAY ? 'year' : step >= 28 * DAY ? 'month' : step >= DAY ? 'day' : 'time';
  }
  const d = new Date(first);
  if (first % DAY !== 0) return 'time';
  return d.getUTCDate() !== 1 ? 'day' : d.getUTCMonth() !== 0 ? 'month' : 'year';
}

/**
 * Labels for axis ticks in `lang`: years alone at wide zoom; months and days with the year on
 * the first tick and where the year changes ("Nov 1903 · Dec · Jan 1904"); hours, with the day
 * at midnight and the whole date on the first tick.
 */
export function axisTickLabels(ticks: readonly number[], lang: Lang): string[] {
  const unit = tickUnit(ticks);
  return ticks.map((t, i) => {
    const previous = ticks[i - 1];
    const newYear = previous === undefined || new Date(previous).getUTCFullYear() !== new Date(t).getUTCFullYear();
    let key: MessageKey;
    if (unit === 'year') key = 'timeline.yearPattern';
    else if (unit === 'month') key = newYear ? 'timeline.monthYearPattern' : 'timeline.monthPattern';
    else if (unit === 'day' || t % DAY === 0) key = newYear ? 'timeline.dayYearPattern' : 'timeline.dayPattern';
    else key = previous === undefined ? 'timeline.instantPattern' : 'timeline.timePattern';
    return formatUtc(t, key, lang);
  });
}
