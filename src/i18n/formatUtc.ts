import { format } from 'date-fns';
import type { MessageKey } from './languagePack';
import type { Lang } from './languages';
import { languagePack } from './loadLanguage';

/**
 * A Date whose local fields are its UTC fields, read and set. date-fns builds its working dates with the
 * constructor of the date it is given, so formatting one of these reads the UTC wall clock
 * exactly, with no hour lost or doubled where the reader's own zone changes to summer time.
 */
class UtcWallClock extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  // date-fns arithmetic (subDays, startOfDay…) sets fields too: keep those in UTC as well.
  override setFullYear(...a: Parameters<Date['setUTCFullYear']>): number { return this.setUTCFullYear(...a); }
  override setMonth(...a: Parameters<Date['setUTCMonth']>): number { return this.setUTCMonth(...a); }
  override setDate(...a: Parameters<Date['setUTCDate']>): number { return this.setUTCDate(...a); }
  override setHours(...a: Parameters<Date['setUTCHours']>): number { return this.setUTCHours(...a); }
  override setMinutes(...a: Parameters<Date['setUTCMinutes']>): number { return this.setUTCMinutes(...a); }
  override setSeconds(...a: Parameters<Date['setUTCSeconds']>): number { return this.setUTCSeconds(...a); }
  override setMilliseconds(...a: Parameters<Date['setUTCMilliseconds']>): number { return this.setUTCMilliseconds(...a); }
}

/** The UTC time `ms` as a Date whose local fields (`getHours()`…) are the UTC ones, for date-fns `format` and the like. */
export function utcWallClock(ms: number): Date {
  return new UtcWallClock(ms);
}

/**
 * Formats the UTC time `ms` (story times are wall-clock times kept as UTC) with the date-fns
 * pattern that the catalogue of `lang` holds under `key`, in that language's words
 * (English until `lang` has loaded).
 */
export function formatUtc(ms: number, key: MessageKey, lang: Lang): string {
  const pack = languagePack(lang);
  return format(utcWallClock(ms), pack.messages[key], { locale: pack.dateLocale });
}
