import type { MessageKey } from './languagePack';
import type { Lang } from './languages';
import { languagePack } from './loadLanguage';

/** Parameters of a message: `{name}` in the text becomes the value (`{count}` written the language's way: "50,000", "50 000"). */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLURAL = /^(zero|one|two|few|many|other):/;

/** Picks the plural form of `text` ("one:…|other:…") for `count` by the language's rules, else returns `text`. */
function pluralForm(lang: Lang, text: string, count: unknown): string {
  if (!PLURAL.test(text)) return text;
  const forms = new Map(
    text.split('|').map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon), part.slice(colon + 1)] as const;
    }),
  );
  const category = typeof count === 'number' ? new Intl.PluralRules(lang).select(count) : 'other';
  return forms.get(category) ?? forms.get('other') ?? '';
}

/**
 * The interface string `key` in `lang` (English when `lang` is not loaded yet), with `{name}`
 * replaced by `params.name` as plain text. The result is for `textContent` and attributes:
 * parameters are never parsed as markup, and an unknown `{name}` is left as written.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(lang, languagePack(lang).messages[key], params);
}

/**
 * Formats a catalogue `message` of `lang` as {@link t} does: its plural form for `params.count`,
 * then `{name}` replaced as plain text. For catalogues kept apart from the main one (the authoring page's).
 */
export function formatMessage(lang: Lang, message: string, params: MessageParams = {}): string {
  const text = pluralForm(lang, message, params['count']);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A count is a quantity, written the language's way ("50,000", "50 000"); other numbers
    // (years, positions) are written as they are.
    return typeof value === 'number' && name === 'count' ? value.toLocaleString(lang) : String(value);
  });
}
