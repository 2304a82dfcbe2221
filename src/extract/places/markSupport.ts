import { indexMentions } from './indexMentions';
import type { Token } from './tokenize';
import type { PlaceContext, PlaceMention, PlaceStep } from './types';
import { regionForAbbreviation } from './regionAbbreviations';

// Words before a name that say it is a place.
const LOCATIVE = new Set([
  'in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'toward', 'towards', 'into', 'via', 'through',
  'throughout', 'around', 'between', 'visited', 'visiting', 'visit', 'entered', 'within', 'reached', 'leave', 'left',
  'flew', 'fled', 'invaded', 'invade', 'bombed', 'downtown',
  // Verbs of a journey or a storm's track whose object is where it went ("passed Laurel", "neared Meridian").
  'passed', 'neared', 'approached', 'toured', 'skirted', 'rounded', 'lashed', 'battered', 'departed', 'suburban', 'northern', 'southern', 'eastern', 'western',
  'central', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
]);
// Nouns that make a following "of X" a place ("the city of Reading").
// ("by way of Galway": the way of a journey.)
const OF_NOUNS = new Set(['way', 'city', 'town', 'village', 'state', 'province', 'county', 'capital', 'region', 'suburb', 'outskirts', 'island', 'republic', 'kingdom', 'port', 'north', 'south', 'east', 'west', 'streets', 'people', 'residents', 'mayor', 'governor']);
// Lower-case words after a name that say it is a place ("Xinjiang province").
const PLACE_NOUNS = new Set(['province', 'state', 'city', 'county', 'region', 'district', 'area', 'border', 'capital', 'town', 'village', 'island', 'residents', 'resident', 'native', 'natives', 'officials', 'authorities', 'government', 'embassy', 'territory', 'oblast', 'prefecture', 'municipality', 'township', 'parish', 'coast', 'countryside', 'airport', 'region']);
// Words after "X and Y" that make both names streets ("Rivers and Stokes avenues").
const STREET_NOUNS = new Set(['street', 'streets', 'avenue', 'avenues', 'road', 'roads', 'boulevard', 'boulevards', 'drive', 'drives', 'lane', 'lanes', 'place', 'way', 'highway', 'highways', 'parkway', 'st', 'ave', 'rd', 'blvd', 'sts', 'aves']);

/**
 * Refiner: marks mentions that their surroundings show to be places: a locative word before
 * ("in Reading"), a place noun after ("Xinjiang province"), "X, Y" where Y is a region or
 * country, a list of other places ("Niger, Chad and Mali"), or the dateline.
 */
export const markSupport: PlaceStep = {
  name: 'support',
  run(ctx) {
    const { tokens, article, mentions } = ctx;
    const text = article.text;
    const byFirstToken = indexMentions(mentions, (m) => m.firstToken, tokens.length);
    const byEndToken = indexMentions(mentions, (m) => m.endToken, tokens.length);
    // A name that is part of a person's name elsewhere ("Hiram Bingham ... after Bingham, and Peru") is no list item.
    const personKeys = new Set(mentions.filter((m) => m.dropped === 'person' || m.dropped === 'title').map((m) => m.key));
    for (const m of mentions) {
      const before = tokens[m.firstToken - 1];
      const after = tokens[m.endToken];
      if (article.dateline && m.start >= article.dateline.start && m.end <= article.dateline.end) m.supported = m.anchored = true;
      const beforeOf = tokens[m.firstToken - 2];
      const locative = before && (LOCATIVE.has(before.norm) || (before.norm === 'of' && beforeOf !== undefined && OF_NOUNS.has(beforeOf.norm)));
      // A sentence's first word is capitalised whatever it is ("From Kalgan, the route ran").
      if (before && locative && before.sentence === tokens[m.firstToken]?.sentence && (!before.cap || before.sentenceStart) && gapIs(text, before, m.start, /^\s+$/)) m.supported = true;
      if (after && !after.cap && PLACE_NOUNS.has(after.norm) && !ctx.gazetteer.isWeakName(m.key) && gapIs(text, tokens[m.endToken - 1] as Token, after.start, /^\s+$/)) m.supported = true;
      const next = byFirstToken.get(m.endToken);
      const lastToken = tokens[m.endToken - 1] as Token;
      if (after && /^,\s*$/.test(text.slice(lastToken.end, after.start))) {
        const abbrev = regionForAbbreviation(after.text);
        if (next && next.entries.some((e) => e.kind === 'region' || e.kind === 'country')) {
          m.supported = m.anchored = true;
          next.supported = next.anchored = true;
        } else if (abbrev && after.cap) m.supported = m.anchored = true;
      }
      // "and"/"or" is a token of its own: the name before a list's last item ends one token earlier.
      const joiner = tokens[m.firstToken - 1];
      const joined = joiner !== undefined && !joiner.cap && (joiner.norm === 'and' || joiner.norm === 'or');
      const prev = byEndToken.get(m.firstToken) ?? (joined ? byEndToken.get(m.firstToken - 1) : undefined);
      const prevLast = tokens[prev?.endToken === m.firstToken ? m.firstToken - 1 : m.firstToken - 2];
      const byWord = prev !== undefined && prev.endToken !== m.firstToken;
      if (prev && prevLast && /^(,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|\s*\/\s*)$/.test(text.slice(prevLast.end, m.start)) && !(byWord && endsNoPlace(tokens, m, text))) {
        if (!prev.adjective && !m.adjective && !personKeys.has(prev.key) && !personKeys.has(m.key)) {
          // A list with a country in it is a list of places ("Turkey and Greece", "Chad and Niger").
          const country = isCountry(prev, ctx) || isCountry(m, ctx);
          const listed = prev.supported || m.supported || country;
          // "in X and Y" shares the preposition's support, not the stronger anchor of "X, Y, Z".
          const anchored = byWord ? prev.anchored || m.anchored || country : listed;
          m.supported ||= listed;
          prev.supported ||= listed;
          m.anchored ||= anchored;
          prev.anchored ||= anchored;
        }
      }
    }
  },
};

/** "and Y" is no list item when a capitalised word ("and Terry Collins") or a street word ("Orange and White streets") follows Y. */
function endsNoPlace(tokens: readonly Token[], m: PlaceMention, text: string): boolean {
  const after = tokens[m.endToken];
  const last = tokens[m.endToken - 1];
  if (!after || !last || !gapIs(text, last, after.start, /^\s+$/)) return false;
  return after.cap || STREET_NOUNS.has(after.norm);
}

function isCountry(m: PlaceMention, ctx: PlaceContext): boolean {
  return !ctx.gazetteer.isWeakName(m.key) && m.entries.some((e) => e.kind === 'country');
}

function gapIs(text: string, a: Token, start: number, re: RegExp): boolean {
  return re.test(text.slice(a.end, start));
}
