import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

/**
 * The app's own links in the header: the story full screen for a classroom, and the authoring
 * page (in the language asked for with `?lang=`, when `requested` is that tag).
 */
export function createHeaderLinks(header: HTMLElement, lang: Lang, requested: string | null = null): { nav: HTMLElement; present: HTMLAnchorElement } {
  const nav = document.createElement('nav');
  nav.className = 'dl-header__links';
  nav.setAttribute('aria-label', t(lang, 'app.otherModes'));
  const link = (text: string, href: string, title: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.className = 'dl-link dl-header__link';
    a.textContent = text;
    a.href = href;
    a.title = title;
    nav.append(a);
    return a;
  };
  const present = link(t(lang, 'present.open'), 'present.html', t(lang, 'app.presentTitle'));
  link(t(lang, 'app.write'), requested ? `author.html?lang=${encodeURIComponent(requested)}` : 'author.html', t(lang, 'app.writeTitle'));
  header.append(nav);
  return { nav, present };
}
