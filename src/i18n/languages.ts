/** The interface languages Dateline ships, English first (the fallback and the source of every key). */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'ru'] as const;

/** One of {@link LANGUAGES}. */
export type Lang = (typeof LANGUAGES)[number];

/** Whether `value` is one of the shipped languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
