import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import { createButton } from './createButton';
import { createTabs } from './createTabs';
import { at } from './i18n/at';

/** The regions of the authoring page. */
export interface AuthorLayout {
  readonly status: HTMLElement;
  readonly undo: HTMLButtonElement;
  readonly redo: HTMLButtonElement;
  readonly restart: HTMLButtonElement;
  readonly notices: HTMLElement;
  readonly input: HTMLElement;
  readonly review: HTMLElement;
  readonly panel: HTMLElement;
  readonly tools: HTMLElement;
  readonly article: HTMLElement;
  readonly preview: HTMLElement;
  readonly events: HTMLElement;
  readonly route: HTMLElement;
  readonly exports: HTMLElement;
  /** Shows the export tab. */
  showExports(): void;
}

/**
 * Builds the page in `root`: a header (title, save status, undo/redo, a link to the viewer),
 * notices, the input step, and the review: the article with its tools on one side, the live
 * preview and the editors (events, route, export) on the other.
 */
export function createAuthorLayout(root: HTMLElement, handlers: { lang?: Lang; undo: () => void; redo: () => void; restart: () => void }): AuthorLayout {
  const lang = handlers.lang ?? 'en';
  root.classList.add('au-app');
  const header = textElement('header', 'au-header');
  const brand = textElement('p', 'dl-brand', 'Dateline');
  const title = textElement('h1', 'au-title', at(lang, 'layout.title'));
  const status = textElement('p', 'au-status');
  status.setAttribute('role', 'status');
  const undo = createButton(at(lang, 'layout.undo'), handlers.undo, 'au-btn au-btn--small');
  undo.title = at(lang, 'layout.undoTitle');
  const redo = createButton(at(lang, 'layout.redo'), handlers.redo, 'au-btn au-btn--small');
  redo.title = at(lang, 'layout.redoTitle');
  const restart = createButton(at(lang, 'layout.restart'), handlers.restart, 'au-btn au-btn--small au-btn--quiet');
  const viewer = textElement('a', 'au-link', at(lang, 'layout.viewer'));
  // The viewer keeps the author's language.
  viewer.href = lang === 'en' ? './index.html' : `./index.html?lang=${lang}`;
  const actions = textElement('div', 'au-actions');
  actions.append(undo, redo, restart, viewer);
  header.append(brand, title, status, actions);
  const notices = textElement('div', 'au-notices');
  const main = textElement('main', 'au-main');
  const input = textElement('div', 'au-input-pane');
  const review = textElement('div', 'au-review');
  review.hidden = true;
  const left = textElement('section', 'au-left');
  left.setAttribute('aria-label', at(lang, 'layout.articleRegion'));
  const panel = textElement('div', 'au-panel-slot');
  const tools = textElement('div', 'au-tools-slot');
  const article = textElement('div', 'au-article-slot');
  left.append(tools, panel, article);
  const right = textElement('section', 'au-right');
  right.setAttribute('aria-label', at(lang, 'layout.editorsRegion'));
  const preview = textElement('div', 'au-preview');
  preview.setAttribute('aria-label', at(lang, 'layout.preview'));
  preview.setAttribute('role', 'region');
  const editors = textElement('div', 'au-editors');
  const tabs = createTabs(editors, 'au', [at(lang, 'tab.events'), at(lang, 'tab.route'), at(lang, 'tab.export')]);
  right.append(preview, editors);
  review.append(left, right);
  main.append(input, review);
  root.append(header, notices, main);
  const [events, route, exports] = tabs.panels as [HTMLElement, HTMLElement, HTMLElement];
  return { status, undo, redo, restart, notices, input, review, panel, tools, article, preview, events, route, exports, showExports: () => tabs.select(2) };
}
