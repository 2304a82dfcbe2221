import { isValid, parseISO } from 'date-fns';
import { splitSentences } from './splitSentences';
import type { Article, TextRange } from './types';

/** Options for parsing plain text that carries no `date` header. */
export interface ParseOptions {
  /** Publication date (YYYY-MM-DD); required when the text has no `date` header. */
  date?: string;
  title?: string;
}

/** The reason an article could not be parsed, phrased for the person who gave it. */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

/** Largest article accepted, in characters (about 5 MB of English). */
export const MAX_ARTICLE_CHARS = 6_000_000;

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;
// A dateline: capitalised place words (maybe ", Country"), then a bullet, dash or colon.
const DATELINE = /^([A-Z][A-Z.'’-]*(?:[ -][A-Z][A-Z.'’-]*)*(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?)(?:\s*\([^)]{1,40}\))?\s*(?:•|—|–|--|-|:)\s*/;

/** Parses article text: an optional `date YYYY-MM-DD` header, an optional dateline, paragraphs and sentences with offsets. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  if (text.trim() === '') throw new ArticleError('The article is empty: paste or choose some text.');
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError(`The article is too long (${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}).`);
  }
  let cursor = 0;
  let published = options.date;
  const header = HEADER.exec(text);
  if (header) {
    published ??= header[1];
    cursor = header[0].length;
  }
  if (published === undefined) {
    throw new ArticleError('No publication date: give one (YYYY-MM-DD) or start the text with "date YYYY-MM-DD".');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !isValid(parseISO(published))) {
    throw new ArticleError(`"${published}" is not a date: use YYYY-MM-DD.`);
  }
  const year = Number(published.slice(0, 4));
  if (year < 1000 || year > 9998) throw new ArticleError(`${published}: publication years from 1000 to 9998 are supported.`);
  while (cursor < text.length && /\s/.test(text[cursor] ?? '')) cursor++;

  let dateline: Article['dateline'];
  const dl = DATELINE.exec(text.slice(cursor, cursor + 120));
  if (dl && dl[1] !== undefined && /[A-Z]{2}/.test(dl[1])) {
    const placeEnd = cursor + dl[1].length;
    dateline = { start: cursor, end: placeEnd, place: dl[1] };
    cursor += dl[0].length;
  }
  const bodyStart = cursor;
  const paragraphs = splitParagraphs(text, bodyStart);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  const first = sentences[0];
  const title = options.title ?? (first ? shorten(text.slice(first.start, first.end)) : '');
  const article: Article = { text, published, title, bodyStart, paragraphs, sentences };
  if (dateline) article.dateline = dateline;
  return article;
}

function splitParagraphs(text: string, from: number): TextRange[] {
  const out: TextRange[] = [];
  const re = /\n\s*\n|\r\n\s*\r\n/g;
  re.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  while ((m = re.exec(text)) !== null) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

function shorten(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= 90) return s;
  const cut = s.lastIndexOf(' ', 87);
  return `${s.slice(0, cut > 40 ? cut : 87)}…`;
}
