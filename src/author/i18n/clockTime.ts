import { format } from 'date-fns';
import type { Lang } from '../../i18n/languages';
import { languagePack } from '../../i18n/loadLanguage';

/** The time of day of an instant (an ISO string), on the author's own clock, written the way `lang` writes it ("3:04:05 PM", "15:04:05"). */
export function clockTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, 'pp', { locale: languagePack(lang).dateLocale });
}
