import type { Lang } from '../../i18n/languages';
import { pickLanguage } from '../../i18n/pickLanguage';

/**
 * The authoring page's interface language, chosen as the app and present mode choose theirs:
 * `?lang=` in `search` first, else the author's browser languages (`preferred`), else English.
 */
export function authorPageLanguage(search: string, preferred: readonly string[]): Lang {
  const requested = new URLSearchParams(search).get('lang') ?? '';
  return pickLanguage([requested, ...preferred]);
}
