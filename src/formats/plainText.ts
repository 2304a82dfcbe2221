import { isHttpUrl } from '../story/checkLinks';
import { decodeEntities } from './decodeEntities';
import { tagEnd } from './tagEnd';

// Tags whose content is never text a reader should see.
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'title', 'head', 'select', 'canvas', 'audio', 'video']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'dd', 'dt', 'figure', 'figcaption']);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,40})/;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Removes control characters and Unicode direction overrides, turns non-breaking spaces into
 * spaces, collapses runs of spaces and of blank lines, and trims.
 */
export function tidyText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text from a field that may hold HTML (TimelineJS and StoryMapJS text, GeoJSON
 * descriptions): tags dropped (script, style and similar with their content), block tags become
 * line breaks, entities decoded, an http(s) link's address kept in brackets after its words.
 * The result is text, never markup; it runs in one pass, the same in Node and in the browser.
 */
export function plainText(html: string): string {
  let out = '';
  let i = 0;
  let href: string | null = null;
  let linkStart = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(lt, lt + 45));
    if (!m) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = tagEnd(html, lt) + 1;
      else {
        out += '<';
        i = lt + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end + 1);
    i = end + 1;
    if (!closing && SKIP.has(name) && !tag.endsWith('/>')) {
      const close = new RegExp(`</${name}\\b`, 'ig');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found ? tagEnd(html, found.index) + 1 : html.length;
      out += ' ';
      continue;
    }
    if (name === 'a' && !closing) {
      const h = HREF.exec(tag);
      const url = decodeEntities(h?.[1] ?? h?.[2] ?? h?.[3] ?? '').trim();
      href = isHttpUrl(url) ? url : null;
      linkStart = out.length;
    } else if (name === 'a' && closing) {
      const words = decodeEntities(out.slice(linkStart)).trim();
      if (href !== null && words !== href) out += ` (${href})`;
      href = null;
    }
    if (BLOCK.has(name)) out += name === 'br' || name === 'li' ? '\n' : '\n\n';
  }
  return tidyText(decodeEntities(out));
}

/** {@link plainText} of an untrusted value, at most `max` characters (an ellipsis marks a cut); non-strings give ''. */
export function plainField(value: unknown, max: number): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = plainText(String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
