import { textElement } from '../app/textElement';
import { createButton } from './createButton';
import { createTabs } from './createTabs';

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
export function createAuthorLayout(root: HTMLElement, handlers: { undo: () => void; redo: () => void; restart: () => void }): AuthorLayout {
  root.classList.add('au-app');
  const header = textElement('header', 'au-header');
  const brand = textElement('p', 'dl-brand', 'Dateline');
  const title = textElement('h1', 'au-title', 'Write a story');
  const status = textElement('p', 'au-status');
  status.setAttribute('role', 'status');
  const undo = createButton('Undo', handlers.undo, 'au-btn au-btn--small');
  undo.title = 'Undo (Ctrl+Z)';
  const redo = createButton('Redo', handlers.redo, 'au-btn au-btn--small');
  redo.title = 'Redo (Ctrl+Shift+Z)';
  const restart = createButton('Edit the text', handlers.restart, 'au-btn au-btn--small au-btn--quiet');
  const viewer = textElement('a', 'au-link', 'Open the viewer');
  viewer.href = './index.html';
  const actions = textElement('div', 'au-actions');
  actions.append(undo, redo, restart, viewer);
  header.append(brand, title, status, actions);
  const notices = textElement('div', 'au-notices');
  const main = textElement('main', 'au-main');
  const input = textElement('div', 'au-input-pane');
  const review = textElement('div', 'au-review');
  review.hidden = true;
  const left = textElement('section', 'au-left');
  left.setAttribute('aria-label', 'The article, with what was found');
  const panel = textElement('div', 'au-panel-slot');
  const tools = textElement('div', 'au-tools-slot');
  const article = textElement('div', 'au-article-slot');
  left.append(tools, panel, article);
  const right = textElement('section', 'au-right');
  right.setAttribute('aria-label', 'Preview and editors');
  const preview = textElement('div', 'au-preview');
  preview.setAttribute('aria-label', 'Preview');
  preview.setAttribute('role', 'region');
  const editors = textElement('div', 'au-editors');
  const tabs = createTabs(editors, 'au', ['Events', 'Route', 'Export']);
  right.append(preview, editors);
  review.append(left, right);
  main.append(input, review);
  root.append(header, notices, main);
  const [events, route, exports] = tabs.panels as [HTMLElement, HTMLElement, HTMLElement];
  return { status, undo, redo, restart, notices, input, review, panel, tools, article, preview, events, route, exports, showExports: () => tabs.select(2) };
}
