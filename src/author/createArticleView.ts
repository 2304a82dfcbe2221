import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import type { TextSpan } from './edit';
import { at } from './i18n/at';
import { segmentText, storyMarks, type TextMark } from './segmentText';

/** Options for {@link createArticleView}. */
export interface ArticleViewOptions {
  /** A highlight was clicked (or chosen with Enter). */
  onMark: (mark: TextMark, element: HTMLElement) => void;
  /** The selection in the article changed: the selected span, or null. */
  onSelect: (span: TextSpan | null) => void;
  /** Interface language (default English); the article keeps its own, English. */
  lang?: Lang;
}

/** The article with every place and time highlighted in place. */
export interface ArticleView {
  show(story: Story): void;
  /** The highlight element of a mark, to anchor a panel to. */
  find(kind: TextMark['kind'], start: number): HTMLElement | null;
  destroy(): void;
}

/** The offset in the article of a DOM position inside the view, or null when it is outside. */
function offsetOf(body: HTMLElement, node: Node, offset: number): number | null {
  if (!body.contains(node)) return null;
  if (node.nodeType === 3) {
    const run = node.parentElement;
    const start = Number(run?.dataset['start']);
    return Number.isFinite(start) ? start + offset : null;
  }
  const child = node.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset['start'] !== undefined) return Number(child.dataset['start']);
  if (child === undefined && node instanceof HTMLElement && node === body) return Number(body.dataset['length']);
  return null;
}

/**
 * Creates the review's article view in `el`: a legend, then the text as runs of text nodes
 * (never markup), each place mention and time expression a focusable <mark> coloured by kind.
 */
export function createArticleView(el: HTMLElement, options: ArticleViewOptions): ArticleView {
  const lang = options.lang ?? 'en';
  const legend = textElement('p', 'au-legend');
  const places = textElement('span', 'au-legend__item au-hl au-hl--place');
  const times = textElement('span', 'au-legend__item au-hl au-hl--time');
  const hint = textElement('span', 'au-legend__hint', at(lang, 'article.hint'));
  legend.append(places, ' ', times, ' ', hint);
  const body = textElement('div', 'au-article');
  body.lang = 'en';
  el.append(legend, body);
  let marks = new Map<string, TextMark>();

  const activate = (target: EventTarget | null): void => {
    const node = target instanceof HTMLElement ? target.closest<HTMLElement>('mark.au-hl') : null;
    const mark = node ? marks.get(`${node.dataset['kind']}:${node.dataset['start']}`) : undefined;
    if (node && mark) options.onMark(mark, node);
  };
  const onClick = (e: MouseEvent): void => {
    if (window.getSelection()?.isCollapsed === false) return;
    activate(e.target);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(e.target);
    }
  };
  const onSelection = (): void => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return options.onSelect(null);
    const range = sel.getRangeAt(0);
    const start = offsetOf(body, range.startContainer, range.startOffset);
    const end = offsetOf(body, range.endContainer, range.endOffset);
    options.onSelect(start !== null && end !== null && end > start ? { start, end } : null);
  };
  body.addEventListener('click', onClick);
  body.addEventListener('keydown', onKey);
  document.addEventListener('selectionchange', onSelection);

  return {
    show(story) {
      const all = storyMarks(story);
      marks = new Map(all.map((m) => [`${m.kind}:${m.start}`, m]));
      // A fragment, not replaceChildren(...nodes): spreading 200,000 runs as arguments overflows the stack.
      const nodes = document.createDocumentFragment();
      for (const seg of segmentText(story.meta.text, all)) {
        const run = document.createElement(seg.mark ? 'mark' : 'span');
        run.dataset['start'] = String(seg.start);
        run.textContent = seg.text;
        if (seg.mark) {
          run.className = `au-hl au-hl--${seg.mark.kind}`;
          run.dataset['kind'] = seg.mark.kind;
          run.dataset['id'] = seg.mark.id;
          run.tabIndex = 0;
          run.setAttribute('role', 'button');
        }
        nodes.append(run);
      }
      body.dataset['length'] = String(story.meta.text.length);
      body.replaceChildren(nodes);
      const placeCount = story.places.reduce((n, p) => n + p.mentions.length, 0);
      places.textContent = at(lang, 'article.places', { count: placeCount });
      times.textContent = at(lang, 'article.times', { count: story.times.length });
    },
    find: (kind, start) => body.querySelector<HTMLElement>(`mark[data-kind="${kind}"][data-start="${start}"]`),
    destroy() {
      document.removeEventListener('selectionchange', onSelection);
      el.replaceChildren();
    },
  };
}
