import type { TextRange } from './types';

// Titles and initials that end in a full stop without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'rev', 'pres', 'e.g', 'i.e', 'etc', 'a.m', 'p.m', 'ave', 'blvd',
]);

/** Splits a stretch of text into sentences, as ranges into the original string. */
export function splitSentences(text: string, range: TextRange = { start: 0, end: text.length }): TextRange[] {
  const out: TextRange[] = [];
  let start = skipSpace(text, range.start, range.end);
  const re = /[.!?]+["'”’)\]]*(?=\s+|$)/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < range.end) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(text, m.index)) continue;
    const next = skipSpace(text, end, range.end);
    // A lower-case continuation is not a new sentence ("the U.S. said").
    if (next < range.end && /[a-z]/.test(text[next] ?? '')) continue;
    if (end > start) out.push({ start, end });
    start = next;
    re.lastIndex = next;
  }
  const tailEnd = trimEnd(text, start, range.end);
  if (tailEnd > start) out.push({ start, end: tailEnd });
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("John F. Kennedy").
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1] ?? '');
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}
