import { en } from './en';
import type { LanguagePack } from './languagePack';
import type { Lang } from './languages';

// English ships with every page; the others are small chunks fetched from the page's own host on first use.
const loaders: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<LanguagePack>>> = {
  fr: () => import('./fr').then((m) => m.fr),
  de: () => import('./de').then((m) => m.de),
  es: () => import('./es').then((m) => m.es),
  ru: () => import('./ru').then((m) => m.ru),
};

const loaded = new Map<Lang, LanguagePack>([['en', en]]);

/** Loads `lang`'s catalogue and date locale (once); afterwards {@link languagePack} and `t` use it. */
export async function loadLanguage(lang: Lang): Promise<LanguagePack> {
  const have = loaded.get(lang);
  if (have) return have;
  const pack = await loaders[lang as Exclude<Lang, 'en'>]();
  loaded.set(lang, pack);
  return pack;
}

/** The pack for `lang` if it has been loaded, else English (so a string is never missing). */
export function languagePack(lang: Lang): LanguagePack {
  return loaded.get(lang) ?? en;
}

/** Whether `lang` is ready for synchronous use. */
export function isLanguageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}
