import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import type { TextSpan } from './edit';
import { articleBlocks } from './articleBlocks';
import { drawInSlices, nextTask } from './drawInSlices';
import { at } from './i18n/at';
import { segmentText, storyMarks, type Segment, type TextMark } from './segmentText';

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
  /** Draws the story's article, a long one in slices; resolves when it is drawn (or a later show took over). */
  show(story: Story): Promise<void>;
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
  if (child === undefined && node instanceof HTMLElement && node.dataset['end'] !== undefined) return Number(node.dataset['end']);
  return null;
}

/** One run of the article: plain text, or a focusable highlight. */
function runElement(seg: Segment): HTMLElement {
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
  return run;
}

/** An article longer than this (characters) is marked and cut into blocks in a task after the one that asked for it. */
const LATER_FROM = 100_000;

/** Roughly how tall a block of `chars` characters and `lines` line ends is drawn, until the browser has drawn it once. */
const guessHeight = (chars: number, lines: number): number => Math.ceil(lines + chars / 70) * 30;

/**
 * A block of a long article: the browser lays it out only while it is near the view
 * (`content-visibility: auto`), so a 5 MB article costs what the screenful shown costs.
 */
function blockElement(runs: readonly Segment[]): HTMLElement {
  const block = document.createElement('div');
  block.className = 'au-article__block';
  const first = runs[0];
  const last = runs.at(-1);
  block.dataset['start'] = String(first?.start ?? 0);
  block.dataset['end'] = String(last ? last.start + last.text.length : 0);
  let chars = 0;
  let lines = 0;
  for (const run of runs) {
    chars += run.text.length;
    for (let i = run.text.indexOf('\n'); i !== -1; i = run.text.indexOf('\n', i + 1)) lines++;
    block.append(runElement(run));
  }
  block.style.setProperty('contain-intrinsic-size', `auto ${guessHeight(chars, lines)}px`);
  return block;
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
  // Counts shows, so a drawing that a newer show overtook stops.
  let shows = 0;

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
    async show(story) {
      const shown = ++shows;
      // Marking and cutting a long article into blocks is work of its own: it starts in a later task than the review around it.
      if (story.meta.text.length > LATER_FROM) {
        await nextTask();
        if (shown !== shows) return;
      }
      const all = storyMarks(story);
      marks = new Map(all.map((m) => [`${m.kind}:${m.start}`, m]));
      const placeCount = story.places.reduce((n, p) => n + p.mentions.length, 0);
      places.textContent = at(lang, 'article.places', { count: placeCount });
      times.textContent = at(lang, 'article.times', { count: story.times.length });
      body.dataset['end'] = String(story.meta.text.length);
      const blocks = articleBlocks(segmentText(story.meta.text, all));
      if (blocks.length <= 1) {
        // A fragment, not replaceChildren(...nodes): spreading many runs as arguments overflows the stack.
        const nodes = document.createDocumentFragment();
        for (const run of blocks[0] ?? []) nodes.append(runElement(run));
        body.replaceChildren(nodes);
        return;
      }
      // Each new block replaces the old one in its place, so the page does not jump while a long article is redrawn.
      if (body.firstElementChild?.classList.contains('au-article__block') !== true) body.replaceChildren();
      let index = 0;
      const done = await drawInSlices(
        blocks,
        (runs) => {
          const block = blockElement(runs);
          const old = body.children[index++];
          if (old) old.replaceWith(block);
          else body.append(block);
        },
        () => shown !== shows,
      );
      if (done) while (body.children.length > blocks.length) body.lastElementChild?.remove();
    },
    find: (kind, start) => body.querySelector<HTMLElement>(`mark[data-kind="${kind}"][data-start="${start}"]`),
    destroy() {
      document.removeEventListener('selectionchange', onSelection);
      el.replaceChildren();
    },
  };
}
