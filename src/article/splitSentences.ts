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
  let from = start;
  for (let stop = nextStop(text, from, range.end); stop; stop = nextStop(text, from, range.end)) {
    from = stop.end;
    if (text[stop.at] === '.' && isAbbreviation(text, stop.at)) continue;
    const next = skipSpace(text, stop.end, range.end);
    // A lower-case continuation is not a new sentence ("the U.S. said").
    if (next < range.end && /[a-z]/.test(text[next] ?? '')) continue;
    if (stop.end > start) out.push({ start, end: stop.end });
    start = next;
    from = next;
  }
  const tailEnd = trimEnd(text, start, range.end);
  if (tailEnd > start) out.push({ start, end: tailEnd });
  return out;
}

const STOP = new Set(['.', '!', '?']);
const CLOSE = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * The first possible sentence end from `from` that starts before `before`: a run of full stops,
 * question or exclamation marks, any closing quotes or brackets, then a space or the text's end.
 * A run that fails is passed over whole, so a text of dots is read once, not once per dot.
 */
function nextStop(text: string, from: number, before: number): { at: number; end: number } | undefined {
  for (let at = from; at < before; at++) {
    if (!STOP.has(text[at] ?? '')) continue;
    let end = at + 1;
    while (STOP.has(text[end] ?? '')) end++;
    while (CLOSE.has(text[end] ?? '')) end++;
    if (end === text.length || /\s/.test(text[end] ?? '')) return { at, end };
    at = end - 1;
  }
  return undefined;
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
