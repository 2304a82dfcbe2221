import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

/** The keys of the loading view's words in the catalogues (`loading.*` in src/i18n). */
export type LoadingKey = 'opening' | 'readOf' | 'read' | 'checking' | 'cancel' | 'cancelled' | 'cancelledHint';

/** The loading view's text `key` in `lang` (from the catalogues), with `{name}` placeholders filled from `values`. */
export function loadingText(lang: Lang, key: LoadingKey, values: Record<string, string> = {}): string {
  return t(lang, `loading.${key}`, values);
}
