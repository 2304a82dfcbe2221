import { format, subDays } from 'date-fns';
import { utcWallClock } from './formatUtc';
import type { MessageKey } from './languagePack';
import type { Lang } from './languages';
import { languagePack } from './loadLanguage';
import { t } from './t';
import type { When } from '../story/types';
import { parseStoryDate } from '../story/whenRange';

// Story dates are wall-clock times of the article's place; show them as written, never shifted.
function utcDate(s: string): Date {
  return utcWallClock(parseStoryDate(s));
}

function partOfDay(hour: number): MessageKey {
  if (hour < 6) return 'when.night';
  if (hour < 12) return 'when.morning';
  if (hour < 17) return 'when.afternoon';
  return 'when.evening';
}

function season(month: number): MessageKey {
  if (month === 11 || month < 2) return 'when.winter';
  if (month < 5) return 'when.spring';
  if (month < 8) return 'when.summer';
  return 'when.autumn';
}

/**
 * An interval of whole days longer than one ("2020-02-02" to the exclusive "2020-02-05"): its
 * first and last day in words, or `null` when it is one day or not counted in days.
 */
function daySpan(when: When, day: (d: Date) => string): { from: string; to: string } | null {
  if (when.start === undefined || when.end === undefined) return null;
  if ((when.precision ?? (when.start.length === 10 ? 'day' : undefined)) !== 'day') return null;
  const start = parseStoryDate(when.start);
  const end = parseStoryDate(when.end);
  if (end <= start) return null;
  // `end` is exclusive: the last day is the one its last millisecond falls on.
  const from = day(utcWallClock(start));
  const to = day(utcWallClock(end - 1));
  return from === to ? null : { from, to };
}

/**
 * A `when` in words in `lang` (default English; the language must be loaded, else English),
 * no more precise than it is: "2 February 2020", "late on 2 February 2020", "before 2 February
 * 2020", "from 2 February 2020 to 4 February 2020"; in French "le soir du 2 février 2020", in German
 * "am Abend des 2. Februar 2020".
 */
export function describeWhen(when: When | undefined, lang: Lang = 'en'): string {
  const pack = languagePack(lang);
  const fmt = (d: Date, key: MessageKey): string => format(d, pack.messages[key], { locale: pack.dateLocale });
  const fmtDay = (d: Date): string => fmt(d, d.getDate() === 1 ? 'when.firstDayPattern' : 'when.dayPattern');
  const day = (s: string): string => fmtDay(utcDate(s));
  if (!when) return t(lang, 'when.undated');
  if (when.start !== undefined) {
    const d = utcDate(when.start);
    const year = fmt(d, 'when.yearPattern');
    const span = daySpan(when, fmtDay);
    if (span) return t(lang, 'when.range', span);
    switch (when.precision) {
      case 'century': {
        const from = Math.floor(d.getFullYear() / 100) * 100;
        return t(lang, 'when.century', { from, to: from + 99 });
      }
      case 'decade': return t(lang, 'when.decade', { year: Math.floor(d.getFullYear() / 10) * 10 });
      case 'year': return year;
      case 'season': return t(lang, season(d.getMonth()), { year: d.getFullYear() });
      case 'quarter': return t(lang, 'when.quarter', { quarter: Math.floor(d.getMonth() / 3) + 1, year: d.getFullYear() });
      case 'month': return fmt(d, 'when.monthPattern');
      case 'week': return t(lang, 'when.week', { date: day(when.start) });
      case 'partOfDay': return t(lang, partOfDay(d.getHours()), { date: day(when.start) });
      case 'hour':
      case 'minute': return t(lang, 'when.time', { time: fmt(d, 'when.timePattern'), date: day(when.start) });
      default: return day(when.start);
    }
  }
  if (when.after !== undefined && when.before !== undefined) return t(lang, 'when.between', { from: day(when.after), to: day(when.before) });
  if (when.after !== undefined) return t(lang, 'when.after', { date: day(when.after) });
  if (when.before !== undefined) {
    // "By publication" bounds are exclusive midnights: the last possible day is the one before.
    if (when.label === 'by publication' && /^\d{4}-\d{2}-\d{2}$/.test(when.before)) {
      return t(lang, 'when.by', { date: fmtDay(subDays(utcDate(when.before), 1)) });
    }
    return t(lang, 'when.before', { date: day(when.before) });
  }
  return t(lang, 'when.undated');
}
