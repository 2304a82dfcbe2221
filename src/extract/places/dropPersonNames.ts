import type { Token } from './tokenize';
import type { PlaceStep } from './types';

// Titles before a name that make it a person ("Mr Pompeo", "President Jordan").
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'sen', 'senator', 'rep',
  'representative', 'gov', 'governor', 'mayor', 'judge', 'justice', 'pastor', 'rev', 'reverend', 'father', 'coach', 'officer',
  'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'cpl',
  'pvt', 'prince', 'princess', 'king', 'queen', 'pope', 'sheikh', 'minister', 'secretary', 'chancellor', 'ambassador',
  'detective', 'deputy', 'chief', 'commissioner', 'councilman', 'councilwoman', 'trooper', 'attorney', 'saint', 'st',
]);
// Capitalised words before a name that do not make it part of a longer proper name.
const PREFIXES = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater',
  'downtown', 'metro', 'inner', 'outer', 'new', 'old', 'the', 'in', 'at', 'from', 'to', 'and', 'but', 'for', 'with', 'of',
  'by', 'on', 'near', 'outside', 'across', 'a', 'an', 'as', 'while', 'when', 'after', 'before', 'like', 'both', 'if',
  'since', 'until', 'despite', 'unlike', 'neighbouring', 'neighboring', 'nearby', 'rural', 'suburban', 'coastal',
  'mainland', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast',
  'southwest', 'all', 'where', 'between', 'among', 'into', 'including', 'via', 'per', 'than', 'only', 'even', 'also',
  'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next', 'this', 'that', 'these', 'those', 'there', 'here',
  'meanwhile', 'now', 'then', 'earlier', 'later', 'so', 'thus', 'however', 'instead', 'why', 'how', 'what', 'who', 'it',
  'he', 'she', 'we', 'they', 'i', 'you', 'our', 'his', 'her', 'their', 'its', 'my', 'your', 'some', 'many', 'most',
  'several', 'few', 'every', 'each', 'no', 'not', 'neither', 'nor', 'either', 'visiting', 'although', 'though',
  'because', 'unless', 'whether', 'once', 'during', 'under', 'over', 'about', 'against', 'along', 'beyond', 'toward',
  'towards', 'upon', 'within', 'without', 'according', 'officials', 'police', 'residents', 'troops', 'forces', 'leaders',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'is', 'was', 'are', 'were', 'will',
  'would', 'can', 'could', 'should', 'did', 'does', 'do', 'has', 'have', 'had', 'says', 'said', 'first', 'rural',
]);

/**
 * Refiner: a name right after a title ("Mr Pompeo", "President Jordan") or after a
 * capitalised word that is not a place, a direction or a sentence opener ("Michael Jordan",
 * "Denzel Washington") is part of a person's name, not a place.
 */
export const dropPersonNames: PlaceStep = {
  name: 'person',
  run(ctx) {
    const { tokens, article } = ctx;
    // A country or state right before ("Kabul Afghanistan") is no first name; a town may be ("Howard Brown").
    const placeEnds = new Set(ctx.mentions.filter((m) => m.entries.some((e) => e.kind === 'country' || e.featureCode === 'ADM1')).map((m) => m.endToken));
    for (const m of ctx.mentions) {
      const before = tokens[m.firstToken - 1];
      const first = tokens[m.firstToken] as Token;
      if (!before || before.sentence !== first.sentence) continue;
      const gap = article.text.slice(before.end, first.start);
      if (/^\.\s+$/.test(gap)) {
        // An abbreviated title ("Mr. Stanley", "Dr. Livingstone") or a middle initial after a first
        // name ("Henry M. Stanley"; not "U.S. Virgin Islands", whose letter follows another letter).
        if ((TITLES.has(before.norm) && before.cap) || isMiddleInitial(tokens, m.firstToken - 1, article.text)) m.dropped = 'title';
        continue;
      }
      if (!/^\s+$/.test(gap)) continue;
      if (TITLES.has(before.norm) && before.cap) {
        m.dropped = 'title';
        continue;
      }
      if (m.adjective || !before.cap || before.upper || PREFIXES.has(before.norm) || placeEnds.has(m.firstToken)) continue;
      // A capital at the start of a sentence proves nothing ("Another Gainesville business"), unless the name is weak.
      if (before.sentenceStart && !ctx.gazetteer.isWeakName(m.key)) continue;
      if (/\d/.test(before.text) || isTitleCase(tokens, first.sentence)) continue;
      m.dropped = 'person';
    }
  },
};

/** True when token i is one capital letter and a capitalised word of two or more letters comes right before it. */
function isMiddleInitial(tokens: readonly Token[], i: number, text: string): boolean {
  const letter = tokens[i];
  const name = tokens[i - 1];
  if (!letter || !name || !/^[A-Z]$/.test(letter.text) || !name.cap || name.text.length < 2 || name.upper) return false;
  return name.sentence === letter.sentence && /^\s+$/.test(text.slice(name.end, letter.start));
}

/** True when most words of the sentence are capitalised (a headline), where capitals say little. */
export function isTitleCase(tokens: readonly Token[], sentence: number): boolean {
  if (sentence < 0) return false;
  let bySentence = TITLE_CASE.get(tokens);
  if (!bySentence) {
    // Counted once per article in one pass, not once per mention (a million capitalised names is still linear).
    const counts = new Map<number, { words: number; caps: number }>();
    for (const t of tokens) {
      if (t.text.length < 4) continue;
      const c = counts.get(t.sentence) ?? { words: 0, caps: 0 };
      c.words++;
      if (t.cap) c.caps++;
      counts.set(t.sentence, c);
    }
    bySentence = new Map([...counts].map(([k, c]) => [k, c.words >= 6 && c.caps / c.words > 0.7]));
    TITLE_CASE.set(tokens, bySentence);
  }
  return bySentence.get(sentence) ?? false;
}

const TITLE_CASE = new WeakMap<readonly Token[], Map<number, boolean>>();
