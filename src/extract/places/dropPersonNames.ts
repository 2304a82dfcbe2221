import type { Token } from './tokenize';
import type { PlaceStep } from './types';
import { FEATURES, INSTITUTIONS, NOT_THE_PLACE } from './nameWords';

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
    dropFirstNames(ctx);
  },
};

// Words that make "X Word" a name of something other than a person ("Washington Post", "Moscow Metro", "Geneva Convention").
const NOT_SURNAME: ReadonlySet<string> = new Set([
  ...NOT_THE_PLACE,
  ...INSTITUTIONS,
  ...FEATURES,
  ...'mail boulevard lane drive airport hotel academy institute theatre theater state province beach police club rovers wanderers athletic marathon declaration convention agreement accord treaty summit conference group bank company corporation railway airlines airways motors cathedral mosque temple palace castle tower gate plaza borough parish springs heights hills pass peak protocol pact process talks opera ballet orchestra symphony festival fair expo cup open games olympics grand prix derby ministry party democrat democrats republican republicans'.split(' '),
]);

/**
 * "the 70-year-old Florence Hart", "Paris Jones, 34,", "Austin Reed, of Leeds,", "Austin Reed said": a
 * one-word name right before a capitalised word that is no word of an institution, with nothing
 * capitalised around them, is a first name (and the second word a surname) where the text says it
 * is someone: an age, where they live, a verb of speech.
 */
function dropFirstNames(ctx: Parameters<PlaceStep['run']>[0]): void {
  const { tokens, article } = ctx;
  const byFirst = new Map(ctx.mentions.filter((x) => !x.dropped).map((x) => [x.firstToken, x]));
  for (const m of ctx.mentions) {
    if (m.dropped || m.adjective || m.endToken - m.firstToken !== 1) continue;
    const first = tokens[m.firstToken] as Token;
    const before = tokens[m.firstToken - 1];
    const surname = tokens[m.endToken];
    const after = tokens[m.endToken + 1];
    if (!surname || surname.sentence !== first.sentence || !/^\s$/.test(article.text.slice(first.end, surname.start))) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(surname.text) || NOT_SURNAME.has(surname.norm)) continue;
    // Part of a longer capitalised run ("New York Stock Exchange", "the Paris Peace Forum") or a headline: not a person's two names.
    if (after && after.sentence === first.sentence && after.cap && /^\s+$/.test(article.text.slice(surname.end, after.start))) continue;
    if (before && before.sentence === first.sentence && before.cap && !before.sentenceStart && /^\s+$/.test(article.text.slice(before.end, first.start))) continue;
    // "the Macon Clarion said", "the Interior Ministry": after "the", a name of an institution.
    if (before?.norm === 'the' || isTitleCase(tokens, first.sentence)) continue;
    // Only where the text says it is someone: an age before or after, where they live, or a verb of speech.
    const ahead = article.text.slice(Math.max(0, first.start - 16), first.start);
    const behind = article.text.slice(surname.end, surname.end + 16);
    if (!AGE_BEFORE.test(ahead) && !PERSON_AFTER.test(behind)) continue;
    m.dropped = 'person';
    const second = byFirst.get(m.endToken);
    if (second && second.endToken === m.endToken + 1) second.dropped = 'person';
  }
}

const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/;
const PERSON_AFTER = /^(?:,\s*\d{1,3},|,\s+(?:of|from)\s+\p{Lu}|\s+(?:said|says|told|added)\b)/u;

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
