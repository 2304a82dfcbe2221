import { formatUtc } from '../../i18n/formatUtc';
import type { Lang } from '../../i18n/languages';

/** A YYYY-MM-DD day in `lang`'s words ("3 February 2020", "3 février 2020"), or the string as given when it is not a day. */
export function dayInWords(iso: string, lang: Lang): string {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) return iso;
  return formatUtc(ms, new Date(ms).getUTCDate() === 1 ? 'when.firstDayPattern' : 'when.dayPattern', lang);
}
