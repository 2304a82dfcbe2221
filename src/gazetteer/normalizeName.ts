const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort', pt: 'port', co: 'county', twp: 'township' };

/**
 * The form names are looked up by: lower case, no diacritics, no punctuation, hyphens as spaces,
 * "St."/"Mt."/"Ft."/"Co."/"Twp." spelled out, a trailing possessive dropped ("China's" -> "china").
 */
export function normalizeName(name: string): string {
  // Fast path for the common case: plain ASCII words.
  if (SIMPLE.test(name)) {
    const lower = name.toLowerCase();
    return HAS_ABBREVIATION.test(lower) ? expand(lower) : lower;
  }
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/'s$/, '')
    .replace(/'s(?=\s)/g, '')
    .replace(/[-‐‑–—/]/g, ' ')
    .replace(/[.,'"()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return HAS_ABBREVIATION.test(plain) ? expand(plain) : plain;
}

const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const AFTER_NAME = new Set(['co', 'twp']);
const HAS_ABBREVIATION = /(?:^| )(?:st|ste|mt|ft|pt|co|twp)(?: |$)/;

function expand(plain: string): string {
  return plain
    .split(' ')
    // "Co." and "Twp." only abbreviate after a name ("Platte Co."); alone, "CO" is Colorado.
    .map((w, i) => (i === 0 && AFTER_NAME.has(w) ? w : (ABBREVIATIONS[w] ?? w)))
    .join(' ');
}
