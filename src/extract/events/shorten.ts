/** Trims a sentence to about `max` characters at a word boundary, without its quotation marks or final stop. */
export function shorten(sentence: string, max = 80): string {
  const s = unquote(sentence.replace(/\s+/g, ' ')).trim();
  if (s.length <= max) return s.replace(/[.]$/, '');
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:–—-]$/, '')}…`;
}

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** The text without the quotation marks it opens or ends with (a loop, not a pattern: a run of marks costs its length once). */
function unquote(s: string): string {
  let start = 0;
  while (start < s.length && OPENING_QUOTES.has(s[start] ?? '')) start++;
  let end = s.length;
  while (end > start && CLOSING_QUOTES.has(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}
