import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

/** The regions of the app page that the views are created in. */
export interface Layout {
  readonly header: HTMLElement;
  readonly title: HTMLElement;
  readonly byline: HTMLElement;
  readonly picker: HTMLElement;
  readonly banner: HTMLElement;
  readonly map: HTMLElement;
  readonly controls: HTMLElement;
  readonly timeline: HTMLElement;
  readonly narration: HTMLElement;
  readonly list: HTMLElement;
  /** Where a collection's filter by article goes (empty for a single story). */
  readonly groups: HTMLElement;
}

function part<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  parent.append(el);
  return el;
}

/**
 * Builds the page in `root`: a header (title, source, picker), an error banner, the map, the
 * timeline with its controls, and a side panel with the narration and the event list. On a
 * phone (CSS) the map comes first, the timeline below it, then the narration and the list.
 */
export function createLayout(root: HTMLElement, lang: Lang = 'en'): Layout {
  root.classList.add('dl-app');
  const header = part(root, 'header', 'dl-header');
  const brand = part(header, 'p', 'dl-brand');
  brand.textContent = 'Dateline';
  const heading = part(header, 'div', 'dl-heading');
  const title = part(heading, 'h1', 'dl-title');
  const byline = part(heading, 'p', 'dl-byline');
  const picker = part(header, 'div', 'dl-header__picker');
  const banner = part(root, 'div', 'dl-banner');
  const main = part(root, 'main', 'dl-main');
  const map = part(main, 'div', 'dl-map');
  map.setAttribute('role', 'region');
  map.setAttribute('aria-label', t(lang, 'region.map'));
  const bottom = part(main, 'section', 'dl-bottom');
  bottom.setAttribute('aria-label', t(lang, 'region.timeline'));
  const controls = part(bottom, 'div', 'dl-bottom__controls');
  const timeline = part(bottom, 'div', 'dl-bottom__timeline');
  const side = part(main, 'aside', 'dl-side');
  const groups = part(side, 'div', 'dl-side__groups');
  const narration = part(side, 'div', 'dl-side__narration');
  const list = part(side, 'div', 'dl-side__list');
  return { header, title, byline, picker, banner, map, controls, timeline, narration, list, groups };
}
