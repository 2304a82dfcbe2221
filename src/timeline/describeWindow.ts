import { formatUtc } from '../i18n/formatUtc';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

const DAY = 86_400_000;

/**
 * A time window in words for the controls, in `lang`: "Map shows 2 Feb 2020 – 4 Feb 2020"
 * (with hours when it does not fall on midnight).
 */
export function describeWindow(w: { readonly from: number; readonly to: number }, lang: Lang = 'en'): string {
  const key = w.from % DAY === 0 && w.to % DAY === 0 ? 'timeline.dayYearPattern' : 'timeline.instantPattern';
  return t(lang, 'timeline.window', { from: formatUtc(w.from, key, lang), to: formatUtc(w.to, key, lang) });
}
