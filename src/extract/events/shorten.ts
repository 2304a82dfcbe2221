/** Trims a sentence to about `max` characters at a word boundary, without its quotation marks or final stop. */
export function shorten(sentence: string, max = 80): string {
  const s = sentence.replace(/\s+/g, ' ').replace(/^["“‘']+|["”’']+$/g, '').trim();
  if (s.length <= max) return s.replace(/[.]$/, '');
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:–—-]$/, '')}…`;
}
