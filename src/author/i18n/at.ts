import type { Lang } from '../../i18n/languages';
import { formatMessage, type MessageParams } from '../../i18n/t';
import type { AuthorKey } from './authorMessages';
import { authorMessages } from './loadAuthorLanguage';

/**
 * The authoring page's string `key` in `lang` (English until `lang` is loaded), formatted as
 * the main `t` does: the plural form for `{count}`, then `{name}` parameters as plain text.
 */
export function at(lang: Lang, key: AuthorKey, params: MessageParams = {}): string {
  return formatMessage(lang, authorMessages(lang)[key], params);
}
