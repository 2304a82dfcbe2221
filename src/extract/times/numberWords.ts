const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, couple: 2, half: 0.5,
};
const VAGUE = new Set(['few', 'several', 'some', 'many', 'dozens', 'hundreds', 'thousands', 'numerous', 'couple of']);

const WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';

/** A regex source for a count: "three", "twenty-four", "2 1/2", "a couple of", "several", "a few". */
export const NUMBER_PATTERN =
  `(?:\\d+(?:[.,]\\d+)?(?: \\d/\\d)?|${WORD}(?:[- ](?:and )?${WORD}){0,3}|an?(?: (?:couple|few)(?: of)?| dozen| hundred| thousand)?|(?:a )?(?:few|several|many|some|dozens of|hundreds of|couple of))`;

/** The value of a count matched by NUMBER_PATTERN, or undefined when it is vague ("several"). */
export function parseNumber(raw: string): number | undefined {
  const s = raw.toLowerCase().trim();
  const fraction = /^(\d+) (\d)\/(\d)$/.exec(s);
  if (fraction) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  if (/\bcouple\b/.test(s)) return 2;
  const words = s.split(/[\s-]+/).filter((w) => w !== 'and' && w !== 'of');
  if (words.some((w) => VAGUE.has(w)) || VAGUE.has(s)) return s === 'a couple of' || s === 'couple of' ? 2 : undefined;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'hundred') current = Math.max(current, 1) * 100;
    else if (w === 'thousand') {
      total += Math.max(current, 1) * 1000;
      current = 0;
    } else {
      const n = UNITS[w];
      if (n === undefined) return undefined;
      current += n;
    }
  }
  return total + current;
}
