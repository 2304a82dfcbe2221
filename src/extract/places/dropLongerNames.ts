import { indexMentions } from './indexMentions';
import type { Token } from './tokenize';
import { isTitleCase } from './dropPersonNames';
import type { PlaceStep } from './types';
import { FEATURES, INSTITUTIONS, NOT_THE_PLACE } from './nameWords';

// Capitalised words after a place name that keep it a place ("Paris Monday", "Texas County").
const FOLLOWERS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'but', 'and', 'or', 'the',
  'secretary', 'president', 'minister', 'prime', 'vice', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'finance',
  'ambassador', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'embassy', 'consulate', 'navy', 'army', 'air', 'government',
  'ministry', 'department', 'police', 'officials', 'state', 'attorney', 'judge', 'chief', 'general', 'gen', 'leader', 'king',
  'queen', 'prince', 'emir', 'sheriff', 'county', 'parish', 'province', 'region', 'city', 'airport', 'border', 'capital',
]);

// Place nouns that head an institution of whatever local body the article is about ("City Hall", "County Board").
const GENERIC_BODIES = new Set(['city', 'town', 'county', 'village', 'township', 'borough', 'state', 'parish']);


/**
 * Refiner: a name followed by a capitalised word it does not form a place with is part of a
 * longer proper name. An institution of the place ("Dublin City Council", "Paris Public
 * Library") still mentions it; an outlet or team ("Washington Post", "Georgia Tech") and a
 * person ("Jordan Peterson", whose surname recurs on its own) do not. Demonyms are exempt: "Kazakh Foreign Minister" and "Chinese Communist
 * Party" still mention their country (Dateline counts a party, ministry or army named after a
 * country as a mention of that country, as TR-News annotates demonyms).
 */
export const dropLongerNames: PlaceStep = {
  name: 'organisation',
  run(ctx) {
    const { tokens, article } = ctx;
    const starts = indexMentions(ctx.mentions, (m) => m.firstToken, tokens.length);
    const capitals = new Map<string, number>();
    for (const t of tokens) if (t.cap && !t.sentenceStart) capitals.set(t.norm, (capitals.get(t.norm) ?? 0) + 1);
    for (const m of ctx.mentions) {
      if (m.dropped) continue;
      const last = tokens[m.endToken - 1] as Token;
      const after = tokens[m.endToken];
      // "Indian Harbor", "French Creek", "INDIAN HARBOR, Labrador": a demonym heading a feature's name is part of that name.
      if (m.adjective) {
        // ("Canadian Coast Guard" goes on: an institution named after the country still mentions it.)
        const beyond = tokens[m.endToken + 1];
        const goesOn = beyond !== undefined && beyond.cap && beyond.sentence === after?.sentence && /^ $/.test(article.text.slice(after.end, beyond.start));
        if (after && after.cap && (!after.upper || last.upper) && after.sentence === last.sentence && FEATURES.has(after.norm) && !goesOn && /^ $/.test(article.text.slice(last.end, after.start))) m.dropped = 'longer-name';
        continue;
      }
      // "Bay of Whales", "Cape of Good Hope": a one-word name heading "X of Y" is part of another name.
      if (m.endToken - m.firstToken === 1 && after?.norm === 'of' && tokens[m.endToken + 1]?.cap && !m.entries.some((e) => e.kind === 'country')) {
        m.dropped = 'longer-name';
        continue;
      }
      // "the Cocos (Keeling) Islands": a bare feature word ending a longer name we do not know is no place of its own.
      const previous = tokens[m.firstToken - 1];
      if (m.endToken - m.firstToken === 1 && FEATURES.has(m.key) && previous && previous.sentence === last.sentence && ((previous.cap && !previous.sentenceStart && previous.norm !== 'the') || /\)\s*$/.test(article.text.slice(previous.end, last.start)))) {
        m.dropped = 'longer-name';
        continue;
      }
      if (!after || !after.cap || after.sentence !== last.sentence) continue;
      if (!/^ $/.test(article.text.slice(last.end, after.start))) continue;
      if ((NOT_THE_PLACE.has(after.norm) || FEATURES.has(after.norm)) && !after.upper) {
        m.dropped = 'longer-name';
        continue;
      }
      // "Van Diemen's Land", "Queen Maud's Land": the name goes on through a possessive to another capitalised word.
      if (m.endToken - m.firstToken === 1 && /^['’]s\s+\p{Lu}/u.test(article.text.slice(after.end, after.end + 4))) {
        m.dropped = 'longer-name';
        continue;
      }
      // "City Hall", "Town Council", "County Commission": the local body's own institution, not a place called "City".
      if (m.endToken - m.firstToken === 1 && GENERIC_BODIES.has(m.key) && INSTITUTIONS.has(after.norm)) {
        m.dropped = 'longer-name';
        continue;
      }
      if (FOLLOWERS.has(after.norm) || INSTITUTIONS.has(after.norm) || after.upper || last.upper) continue;
      const next = starts.get(m.endToken);
      const nextIsMajor = next?.entries.some((e) => e.kind === 'country' || e.featureCode === 'ADM1') ?? false;
      // "Georgia Stevens ... Cory Stevens": a second word that recurs on its own is a surname
      // (when the name stops there: "Gainesville Environmental Services" is an office).
      const third = tokens[m.endToken + 1];
      const twoWordName = !third || !third.cap || third.sentence !== after.sentence;
      if ((capitals.get(after.norm) ?? 0) > 1 && !nextIsMajor && twoWordName) {
        m.dropped = 'person';
        continue;
      }
      if (nextIsMajor || isTitleCase(tokens, last.sentence)) continue;
      // "Mason Grant Plaza", "Logan Reed Stadium": a town's name and another name before a public space's noun name the
      // space after someone (a city of 100,000 or a capital keeps its own: "Tokyo Olympic Stadium").
      if (m.endToken - m.firstToken === 1 && !m.entries.some((e) => e.population >= 100_000 || e.featureCode === 'PPLC' || e.kind === 'country' || e.featureCode === 'ADM1') && namesASpace(tokens, m.endToken, article.text)) {
        m.dropped = 'longer-name';
        continue;
      }
      // A place heading a longer name ("Texas Water Development Board", "Ohio Association of
      // Community Action Agencies") is an institution of it; a place plus one word ("Virginia
      // Woolf", "Jordan Peterson") is a person.
      if (!institutionLike(tokens, m.endToken, article.text)) m.dropped = 'longer-name';
    }
  },
};

// Nouns of a public space or a venue named after someone ("Mason Grant Plaza").
const SPACES = new Set(['plaza', 'square', 'gardens', 'embankment', 'stadium', 'arena', 'park', 'bridge', 'center', 'centre']);

/** True when the capitalised run from `from` is one or two more names and then a public space's noun. */
function namesASpace(tokens: readonly Token[], from: number, text: string): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const t = tokens[k] as Token;
    if (!t.cap || t.sentence !== (tokens[from] as Token).sentence || !/^ $/.test(text.slice((tokens[k - 1] as Token).end, t.start))) return false;
    if (SPACES.has(t.norm)) return k > from;
    if (INSTITUTIONS.has(t.norm) || FEATURES.has(t.norm)) return false;
  }
  return false;
}

function institutionLike(tokens: readonly Token[], from: number, text: string): boolean {
  let k = from;
  while (k < tokens.length && (tokens[k] as Token).cap && (tokens[k] as Token).sentence === (tokens[from] as Token).sentence && /^ $/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))) k++;
  if (k - from >= 2) return true;
  const joiner = tokens[k];
  const after = tokens[k + 1];
  return joiner !== undefined && after !== undefined && ['of', 'for', 'on', 'and'].includes(joiner.text) && after.cap;
}
