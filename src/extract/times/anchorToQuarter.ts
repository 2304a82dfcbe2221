import type { TimeFind } from './types';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const REACH = 600;
const YEAR_BACK = /^(?:(?:about|nearly|almost|roughly) )?(?:(?:a|one) year (?:ago|earlier|before)|(?:the )?(?:(?:comparable|same|corresponding) )?year-(?:ago|earlier|before)(?: (?:quarter|period))?)$/i;
// "compared with a loss of $3 million last year": the comparison is with the same quarter
const COMPARED = /\b(?:compared (?:with|to)|versus|vs\.|from)\b[^.;]*$/i;
const ENDED = /^,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?$/i;
const DEICTIC = /\b(?:this|current|next|last|latest|most recent|previous|prior|coming)\b/i;

/**
 * Refiner: results reporting keeps talking about the quarter it named last. "The quarter",
 * "that period" and "the 1988 quarter" take that quarter (in the year they name), and "a year
 * ago", "a year earlier" and "the year-ago period" take that quarter one year back, instead of
 * being read from the publication date alone. "The quarter ended July 31" is the quarter that
 * holds most of the three months up to that day.
 */
export function anchorToQuarter(text: string, finds: TimeFind[]): TimeFind[] {
  const textBefore = (f: TimeFind): string => text.slice(Math.max(0, f.start - 60), f.start);
  let last: { year: number; q: string; end: number } | undefined;
  return finds.map((f, i) => {
    const ended = f.rule === 'quarter/relative' ? quarterEnded(text, f, finds[i + 1]) : undefined;
    if (ended) {
      last = { year: ended.year, q: String(ended.q), end: f.end };
      return { ...f, value: `${ended.year}-Q${ended.q}`, rule: `${f.rule}+ended` };
    }
    const near = last !== undefined && f.start - last.end <= REACH;
    if (YEAR_BACK.test(f.text) || (f.text.toLowerCase() === 'last year' && COMPARED.test(textBefore(f)))) {
      return near && last ? { ...f, value: `${last.year - 1}-Q${last.q}`, rule: `${f.rule}+quarter` } : f;
    }
    let out = f;
    if (f.rule === 'quarter/relative' && near && last && !DEICTIC.test(f.text)) {
      const year = Number(/\b\d{4}\b/.exec(f.text)?.[0] ?? last.year);
      out = { ...f, value: `${year}-Q${last.q}`, rule: `${f.rule}+quarter` };
    }
    const kept = QUARTER.exec(out.value);
    if (kept) last = { year: Number(kept[1]), q: kept[2] ?? '1', end: f.end };
    return out;
  });
}

/** The calendar quarter of "the quarter ended Sept. 30": the one holding the month before the end month. */
function quarterEnded(text: string, f: TimeFind, next: TimeFind | undefined): { year: number; q: number } | undefined {
  if (!next || !ENDED.test(text.slice(f.end, next.start))) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(next.value);
  if (!m) return undefined;
  const month = Number(m[2]) - 1;
  return month === 0 ? { year: Number(m[1]) - 1, q: 4 } : { year: Number(m[1]), q: Math.ceil(month / 3) };
}
