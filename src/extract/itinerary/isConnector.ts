// The words that may join two places of one list or leg ("visited Belarus, Ukraine and Moldova", "from
// Lisbon to Madrid", "then Zurich, Milan and Rome"), besides spaces and punctuation, numbers ("16",
// "18th") and capitalised words, which also cover dates ("in Tokyo from Feb. 16 to 18, in Jakarta") and
// possessives ("Russia's").
const WORDS = [
  'and', 'or', 'as well as', 'then', 'and then', 'before', 'followed by', 'to', 'via', 'by way of', 'through', 'on to', 'onto',
  'and on to', 'finally', 'later', 'next', 'also', 'down', 'up', 'back', 'out', 'over', 'across', 'north', 'south', 'east',
  'west', 'inland', 'home', 'onward', 'the', 'capital', 'city', 'town', 'port', 'island', 'of', 'in', 'at', 'on', 'from', 'with',
  'by', 'two', 'three', 'four', 'five', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'nights',
];
const WORDS_BY_FIRST = new Map<string, string[]>();
for (const w of WORDS) WORDS_BY_FIRST.set(w.charAt(0), [...(WORDS_BY_FIRST.get(w.charAt(0)) ?? []), w]);
const ORDINALS = ['st', 'nd', 'rd', 'th'];
const MARK = /[\s,.()–—-]/;
const DIGITS = /\d+/y;
const UPPER = /\p{Lu}/uy;
const LOWER = /\p{Ll}/uy;
const APOSTROPHE = /['’]/;

/**
 * True when `gap` is nothing but connecting words, spaces, punctuation, numbers and capitalised
 * words, in any order: what may stand between two places that continue one cue. The gap is read
 * by marking which of its offsets such a run can reach from its start, each offset once, so words
 * that split two ways ("onto", "on" + "to") or a long number cost no more than their length (a
 * pattern of these alternatives backtracked exponentially on a gap of digits).
 */
export function isConnector(gap: string): boolean {
  const reach = new Uint8Array(gap.length + 1);
  reach[0] = 1;
  for (let i = 0; i < gap.length; i++) {
    if (reach[i] === 0) continue;
    const c = gap.charAt(i);
    if (MARK.test(c)) reach[i + 1] = 1;
    for (const w of WORDS_BY_FIRST.get(c) ?? []) if (gap.startsWith(w, i)) reach[i + w.length] = 1;
    if (c >= '0' && c <= '9') {
      // A number is read whole: only another number could start inside it, and would end where it ends.
      DIGITS.lastIndex = i;
      DIGITS.test(gap);
      const end = DIGITS.lastIndex;
      reach[end] = 1;
      if (ORDINALS.some((o) => gap.startsWith(o, end))) reach[end + 2] = 1;
    }
    UPPER.lastIndex = i;
    if (UPPER.test(gap)) {
      // A capitalised word may end after any of its small letters, and may take an "'s" after the last.
      let end = UPPER.lastIndex;
      const first = end;
      LOWER.lastIndex = end;
      while (LOWER.test(gap)) {
        end = LOWER.lastIndex;
        reach[end] = 1;
      }
      if (end > first && APOSTROPHE.test(gap.charAt(end)) && gap.charAt(end + 1) === 's') reach[end + 2] = 1;
    }
  }
  return reach[gap.length] === 1;
}
