import type { Lang } from '../../i18n/languages';
import { loadLanguage } from '../../i18n/loadLanguage';
import type { AuthorMessages } from './authorMessages';
import { authorEn } from './en';

// Only the authoring page imports this: the embed and the viewer never fetch these chunks.
const loaders: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<AuthorMessages>>> = {
  fr: () => import('./fr').then((m) => m.authorFr),
  de: () => import('./de').then((m) => m.authorDe),
  es: () => import('./es').then((m) => m.authorEs),
  ru: () => import('./ru').then((m) => m.authorRu),
};

const loaded = new Map<Lang, AuthorMessages>([['en', authorEn]]);

/**
 * Loads `lang` for the authoring page (once): its authoring catalogue, and the main catalogue
 * with its date-fns locale, which the preview player and the dates in words use.
 */
export async function loadAuthorLanguage(lang: Lang): Promise<void> {
  if (lang === 'en') return;
  const [messages] = await Promise.all([loaded.get(lang) ?? loaders[lang](), loadLanguage(lang)]);
  loaded.set(lang, messages);
}

/** The authoring catalogue of `lang` if it has been loaded, else English (so a string is never missing). */
export function authorMessages(lang: Lang): AuthorMessages {
  return loaded.get(lang) ?? authorEn;
}
