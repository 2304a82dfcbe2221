import { readPageDate } from './readPageDate';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'CANVAS', 'SELECT', 'BUTTON', 'NAV', 'FORM']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS']);
// Private-use characters mark breaks while the text is gathered (any in the input are dropped first).
const PARAGRAPH = '\uE000';
const LINE = '\uE001';

/**
 * The readable text of an HTML document: parsed with DOMParser into an inert document (nothing
 * in it runs or loads, and it never touches the live page), scripts, styles and embedded
 * documents dropped, block elements turned into paragraph breaks and whitespace collapsed. A
 * page with one `<article>` gives that article (not the site's menus and footers); a page that
 * states its publication date (see readPageDate) gets a `date YYYY-MM-DD` header line.
 */
export function stripMarkup(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html.replace(/[\uE000\uE001]/g, ''), 'text/html');
  const articles = doc.querySelectorAll('article');
  const root = articles.length === 1 && (articles[0]?.textContent ?? '').trim().length >= 200 ? articles[0] : doc.body;
  const text = readableText(root);
  const date = text === '' ? null : readPageDate(doc);
  return date ? `date ${date}\n\n${text}` : text;
}

function readableText(root: Element | null | undefined): string {
  const out: string[] = [];
  const stack: { node: Node; leaving: boolean }[] = [];
  if (root) stack.push({ node: root, leaving: false });
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      out.push(LINE);
      continue;
    }
    const block = BLOCK.has(tag);
    if (leaving) {
      if (block) out.push(PARAGRAPH);
      continue;
    }
    if (block) out.push(PARAGRAPH);
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  return out
    .join('')
    .replace(/[ \t\r\n\f\v\u00a0]+/g, ' ')
    .replace(/ ?\uE001 ?/g, '\n')
    .replace(/[ \n]*\uE000[\uE000 \n]*/g, '\n\n')
    .trim();
}
