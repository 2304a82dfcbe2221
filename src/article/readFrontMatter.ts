import { readDateAt } from './readDate';
import type { TextRange } from './types';

/** What comes before an article's body when it is pasted from a news page. */
export interface FrontMatter {
  /** Page furniture that is not article text: bylines ("By Jane Doe") and date lines ("Updated May 6, 2024 10:32 GMT"). */
  readonly skip: readonly TextRange[];
  /** The publication date a date line gives (a "published" line wins over an "updated" one). */
  readonly published?: string;
  /** The opening line kept as the headline, when the text starts with one. */
  readonly headline?: TextRange;
  /** Where the body's first line starts: the place to look for a dateline. */
  readonly bodyLine: number;
}

const MAX_LINES = 6;
const BYLINE = /^By\s+[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|and|&|de|van|von|der|la|le|da|del|bin|al)|,\s*[A-Z][\p{L}.'’-]*)*\s*(?:[|·•,–—-].{0,80})?$/u;
const DATE_PREFIX = /^(?:(first\s+published|published|posted|last\s+updated|last\s+modified|updated|modified|date)(?:\s+on)?\s*:?\s*)?/i;
// eslint-disable-next-line regexp/no-super-linear-backtracking -- runs only on the rest of a date line, which dateLine is given only when at most 120 characters.
const TIME_REST = /^[\s,|·•–—-]*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:\(?(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})\)?)?)?\s*$/i;

/** A line holding only a date (maybe "Published", "Updated", a time and a zone): its value and whether it is an update time. */
function dateLine(line: string): { value: string; updated: boolean } | null {
  const prefix = DATE_PREFIX.exec(line);
  const at = prefix ? prefix[0].length : 0;
  const date = readDateAt(line, at);
  if (!date || !TIME_REST.test(line.slice(at + date.length))) return null;
  return { value: date.value, updated: /updated|modified/i.test(prefix?.[1] ?? '') };
}

/** A headline: one short opening line with no closing full stop, followed by more text. */
function isHeadline(line: string): boolean {
  return line.length <= 200 && !/[.:;,]["”’)]?$/.test(line) && /\p{Lu}/u.test(line.charAt(0)) && /\s/.test(line);
}

/**
 * Whether the line ending at `end` stands apart from what follows: a blank line, or a byline,
 * date line or dateline next. A line that runs on into the next is hard-wrapped prose, not a headline.
 */
function standsAlone(text: string, end: number, dateline: (at: number) => boolean): boolean {
  let next = end;
  while (next < text.length && /\s/.test(text.charAt(next))) next++;
  if (/\n[ \t]*\r?\n/.test(text.slice(end, next))) return true;
  const eol = text.indexOf('\n', next);
  const line = text.slice(next, eol === -1 ? text.length : eol).trimEnd();
  return dateline(next) || (line.length <= 120 && (dateLine(line) !== null || BYLINE.test(line)));
}

/**
 * Reads the lines a pasted news page puts before the body: an optional headline first, then any
 * bylines and date lines, at most six lines in all. `dateline` says whether a line opens the
 * body with a dateline ("PARIS —"), which ends the front matter whatever it looks like.
 */
export function readFrontMatter(text: string, from: number, dateline: (at: number) => boolean): FrontMatter {
  const skip: TextRange[] = [];
  let published: string | undefined;
  let updated: string | undefined;
  let headline: TextRange | undefined;
  let pos = from;
  for (let seen = 0; seen < MAX_LINES && pos < text.length; seen++) {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 ? text.length : eol;
    if (eol === -1 || dateline(pos)) break;
    const line = text.slice(pos, end).trimEnd();
    const range = { start: pos, end: pos + line.length };
    const date = line.length <= 120 ? dateLine(line) : null;
    if (date) {
      if (date.updated) updated ??= date.value;
      else published ??= date.value;
      skip.push(range);
    } else if (line.length <= 120 && BYLINE.test(line)) {
      skip.push(range);
    } else if (seen === 0 && isHeadline(line) && standsAlone(text, end, dateline)) {
      headline = range;
    } else break;
    pos = end;
  }
  const value = published ?? updated;
  return { skip, bodyLine: pos, ...(value !== undefined ? { published: value } : {}), ...(headline ? { headline } : {}) };
}
