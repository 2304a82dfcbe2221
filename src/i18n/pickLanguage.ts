import { isLang, type Lang } from './languages';

// A BCP 47 tag as pages and browsers write it: a 2–3 letter language, then subtags ("fr-CA", "zh-Hant-TW").
const TAG = /^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*$/;

/**
 * The shipped language that best serves `requested` (a BCP 47 tag, or a list in order of
 * preference such as `navigator.languages`): its primary subtag decides, so "fr-CA" gives `fr`
 * and "de-AT" gives `de`; the first tag we ship wins, and nothing usable gives `fallback`.
 */
export function pickLanguage(requested: string | readonly string[] | null | undefined, fallback: Lang = 'en'): Lang {
  const tags = typeof requested === 'string' ? [requested] : (requested ?? []);
  for (const tag of tags) {
    const primary = TAG.exec(tag.trim())?.[1]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return fallback;
}
