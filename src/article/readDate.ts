/**
 * Full calendar dates as news pages print them near the top of an article, with the year:
 * "May 6, 2024", "Sept. 3, 2020", "Monday, 6 May 2024", "6th May 2024", "2024-05-06". A date
 * without a year ("PARIS, May 6 (Reuters)") is not enough to anchor "yesterday", so none is read.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** The date patterns, each with how to read year, month and day from its groups. */
const PATTERNS: readonly { re: RegExp; read(m: RegExpExecArray): [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/y, read: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`(?:${WEEKDAY})?${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'iy'), read: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`(?:${WEEKDAY})?${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'iy'), read: (m) => [m[3]!, m[2]!, m[1]!] },
];

/** A date read at one position of a text: its ISO value and how many characters it took. */
export interface ReadDate {
  readonly value: string;
  readonly length: number;
}

/** Reads a full date starting exactly at `at`, or null; impossible dates (31 April) are refused. */
export function readDateAt(text: string, at: number): ReadDate | null {
  for (const { re, read } of PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = read(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase().replace(/\.$/, '')];
    const value = isoDate(Number(y), month, Number(d));
    if (value) return { value, length: m[0].length };
  }
  return null;
}

/** The first full date anywhere in `text`, with where it starts; null when there is none. */
export function findDate(text: string): (ReadDate & { start: number }) | null {
  const starts = /\b(?=\d{4}-|\d{1,2}(?:st|nd|rd|th)?\s|[A-Z])/gi;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(text)) !== null) {
    const hit = readDateAt(text, m.index);
    if (hit) return { ...hit, start: m.index };
    starts.lastIndex = m.index + 1;
  }
  return null;
}

function isoDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || year < 1000 || year > 9998) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
