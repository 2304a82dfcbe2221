import { decodeEntities } from '../formats/decodeEntities';
import { createReadableText } from './createReadableText';
import { tagEnd } from '../formats/tagEnd';

/** What one pass over a page's markup found: its readable text, how deep it nests, and what it says about its date. */
export interface PageScan {
  /** The readable text of the whole page. */
  body: string;
  /** The readable text of the page's `<article>` when it has exactly one, else null. */
  article: string | null;
  /** The deepest the elements nest (html and body not counted). */
  depth: number;
  /** `content` of the first `<meta>` for each `property=…`, `name=…` and `itemprop=…` (keys like `name=pubdate`). */
  metas: Map<string, string>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `datetime` of the first `<time datetime>` in the first article (in the page when it has no article). */
  time: string | null;
}

// Content that is never text a reader should see (the DOM version's list).
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'canvas', 'select', 'button', 'nav', 'form']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'address']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Their content is text up to their end tag, whatever it looks like ("<b>" inside a script is not an element).
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
// Opening one of these ends an open <p>, as the HTML parser does; without it, a page of unclosed <p>s would "nest" thousands deep.
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt']);
// An unclosed one of these ends when the next of its kind opens right after its content.
const SIBLINGS: Record<string, readonly string[]> = { li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'] };
const IN_HEAD = new Set(['meta', 'link', 'title', 'style', 'script', 'base', 'noscript', 'template']);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,60})/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const rawEnds = new Map<string, RegExp>();

/** The attributes of a tag's text, names lower-cased, values decoded. */
function attributes(tag: string, nameLength: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.slice(nameLength + 1, tag.endsWith('>') ? -1 : undefined).matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/**
 * Reads a page's markup in one pass, never building a DOM (so it runs in a worker, and its time
 * grows with the page's length, not with its depth): tags are recognised, raw-text elements
 * (script, style…) skipped to their end tag, and a stack of open elements (with the parser's
 * usual implied ends: a block ends an open `<p>`, an `<li>` the `<li>` before it) says which text
 * is hidden (scripts, menus, forms) and which is inside the `<article>`. A `/>` ends any element.
 */
export function scanMarkup(html: string): PageScan {
  const body = createReadableText();
  const article = createReadableText();
  const stack: string[] = [];
  const open = new Map<string, number>();
  const metas = new Map<string, string>();
  const jsonLd: string[] = [];
  let articleTime: string | null = null;
  let pageTime: string | null = null;
  let depth = 0;
  let hidden = 0;
  let articles = 0;
  // Where the first <article> sits in the stack while it is open, else -1.
  let articleAt = -1;
  const text = (s: string): void => {
    if (hidden > 0) return;
    body.add(s);
    if (articleAt >= 0) article.add(s);
  };
  const paragraph = (): void => {
    if (hidden > 0) return;
    body.paragraph();
    if (articleAt >= 0) article.paragraph();
  };
  const line = (): void => {
    if (hidden > 0) return;
    body.line();
    if (articleAt >= 0) article.line();
  };
  const pop = (): void => {
    const name = stack.pop() ?? '';
    open.set(name, (open.get(name) ?? 1) - 1);
    if (SKIP.has(name)) hidden--;
    if (articleAt === stack.length) articleAt = -1;
    if (BLOCK.has(name)) paragraph();
  };
  const popTo = (name: string): void => {
    if ((open.get(name) ?? 0) === 0) return;
    while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
    pop();
  };
  const push = (name: string): void => {
    if ((open.get('head') ?? 0) > 0 && !IN_HEAD.has(name)) popTo('head');
    if (CLOSES_P.has(name)) popTo('p');
    const top = stack[stack.length - 1];
    if (top !== undefined && SIBLINGS[top]?.includes(name)) pop();
    if (BLOCK.has(name)) paragraph();
    if (name === 'article' && ++articles === 1) articleAt = stack.length;
    if (SKIP.has(name)) hidden++;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    depth = Math.max(depth, stack.length);
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) text(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(lt, lt + 64));
    if (!m) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') i = tagEnd(html, lt) + 1;
      else {
        text('<');
        i = lt + 1;
      }
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    const end = tagEnd(html, lt);
    i = end + 1;
    if (m[1] === '/') {
      if (name === 'br') line();
      else if (name === 'p' && (open.get('p') ?? 0) === 0) paragraph();
      else popTo(name);
      continue;
    }
    if (name === 'html' || name === 'body') {
      if (name === 'body') popTo('head');
      continue;
    }
    const tag = html.slice(lt, end + 1);
    const wanted = name === 'meta' || name === 'time' || name === 'script';
    const attrs = wanted ? attributes(tag, m[0].length - 1) : new Map<string, string>();
    if (name === 'meta') {
      const content = attrs.get('content');
      for (const key of ['property', 'name', 'itemprop']) {
        const value = attrs.get(key);
        if (value !== undefined && content !== undefined && !metas.has(`${key}=${value}`)) metas.set(`${key}=${value}`, content);
      }
    }
    if (name === 'time' && attrs.has('datetime')) {
      pageTime ??= attrs.get('datetime') ?? null;
      if (articleAt >= 0) articleTime ??= attrs.get('datetime') ?? null;
    }
    if (name === 'br') {
      line();
      continue;
    }
    if (RAW.has(name)) {
      if ((open.get('head') ?? 0) > 0 && !IN_HEAD.has(name)) popTo('head');
      let close = rawEnds.get(name);
      if (!close) rawEnds.set(name, (close = new RegExp(`</${name}[\\s/>]`, 'gi')));
      close.lastIndex = i;
      const found = tag.endsWith('/>') ? null : close.exec(html);
      const content = tag.endsWith('/>') ? '' : html.slice(i, found ? found.index : html.length);
      i = tag.endsWith('/>') ? i : found ? tagEnd(html, found.index) + 1 : html.length;
      if (name === 'script' && (attrs.get('type') ?? '').trim().toLowerCase() === 'application/ld+json') jsonLd.push(content);
      else if (!SKIP.has(name)) text(decodeEntities(content));
      continue;
    }
    if (VOID.has(name)) {
      if (BLOCK.has(name)) {
        if (CLOSES_P.has(name)) popTo('p');
        paragraph();
      }
      continue;
    }
    push(name);
    if (tag.endsWith('/>')) pop();
  }
  const articleText = articles === 1 ? article.toString() : null;
  return { body: body.toString(), article: articleText, depth, metas, jsonLd, time: articles > 0 ? articleTime : pageTime };
}
