import { isValid, parseISO } from 'date-fns';
import { readDateAt } from './readDate';
import { readFrontMatter } from './readFrontMatter';
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
// A dateline: capitalised place words (maybe ", Country"), maybe a date ("May 6, 2024", "6 May"),
// maybe an agency in brackets, then a bullet, dash or colon.
const DATELINE_DATE = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{4})?';
const DATELINE = new RegExp(
  `^(?<place>[A-Z][A-Z.'’-]*(?:[ -][A-Z][A-Z.'’-]*)*(?:,\\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?)(?:,?\\s*(?<date>${DATELINE_DATE}))?(?:\\s*\\([^)]{1,40}\\))?\\s*(?:•|—|–|--|-|_|:)\\s*`,
);

/** The dateline opening the text at `at`, if any: where its place ends, its date (with a year), and where the body starts. */
function readDateline(text: string, at: number): { place: string; placeEnd: number; date?: string; end: number } | null {
  const dl = DATELINE.exec(text.slice(at, at + 160));
  const place = dl?.groups?.['place'];
  if (!dl || place === undefined || !/[A-Z]{2}/.test(place)) return null;
  const date = dl.groups?.['date'] !== undefined ? readDateAt(dl.groups['date'], 0)?.value : undefined;
  return { place, placeEnd: at + place.length, end: at + dl[0].length, ...(date !== undefined ? { date } : {}) };
}

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
  while (cursor < text.length && /\s/.test(text[cursor] ?? '')) cursor++;
  // A page pasted whole: a headline, a byline, a date line, then the dateline and the body.
  const front = readFrontMatter(text, cursor, (at) => readDateline(text, at) !== null);
  const dl = readDateline(text, front.bodyLine);
  published ??= front.published ?? dl?.date;
  if (published === undefined) {
    throw new ArticleError('No publication date: give one (YYYY-MM-DD), start the text with "date YYYY-MM-DD", or keep the date line of the page it came from ("May 6, 2024").');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !isValid(parseISO(published))) {
    throw new ArticleError(`"${published}" is not a date: use YYYY-MM-DD.`);
  }
  const year = Number(published.slice(0, 4));
  if (year < 1000 || year > 9998) throw new ArticleError(`${published}: publication years from 1000 to 9998 are supported.`);

  let dateline: Article['dateline'];
  let bodyStart = Math.max(cursor, ...front.skip.map((r) => r.end));
  const cut: TextRange[] = [...front.skip];
  if (dl) {
    dateline = { start: front.bodyLine, end: dl.placeEnd, place: dl.place };
    cut.push({ start: front.bodyLine, end: dl.end });
    bodyStart = dl.end;
  }
  const paragraphs = withoutRanges(splitParagraphs(text, cursor), cut, text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  const first = front.headline ?? sentences[0];
  const title = options.title ?? (first ? shorten(text.slice(first.start, first.end)) : '');
  const article: Article = { text, published, title, bodyStart, paragraphs, sentences };
  if (dateline) article.dateline = dateline;
  if (front.headline) article.headline = front.headline;
  return article;
}

/** The paragraphs with the `cut` ranges (bylines, date lines, the dateline) taken out; what is left of each is trimmed. */
function withoutRanges(paragraphs: readonly TextRange[], cut: readonly TextRange[], text: string): TextRange[] {
  if (cut.length === 0) return [...paragraphs];
  const out: TextRange[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (const c of [...cut].sort((a, b) => a.start - b.start)) {
      if (c.end <= start || c.start >= p.end) continue;
      pushTrimmed(out, text, start, Math.min(c.start, p.end));
      start = Math.max(start, c.end);
    }
    pushTrimmed(out, text, start, p.end);
  }
  return out;
}

function pushTrimmed(out: TextRange[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
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
