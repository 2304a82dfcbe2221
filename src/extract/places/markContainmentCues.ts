import { indexMentions, type MentionIndex } from './indexMentions';
import { liesWithin } from './liesWithin';
import { noteReason } from './noteReason';
import type { Token } from './tokenize';
import type { PlaceContext, PlaceMention, PlaceStep } from './types';

const BOOST = 5;
/** Lower-case words an appositive may hold before its "of" or "in" ("the capital of", "a small market town in"). */
const APPOSITIVE_WORDS = 6;
const ARTICLES = new Set(['the', 'a', 'an']);
// Head nouns of an appositive that describes a place.
const PLACE_NOUNS = new Set([
  'capital', 'city', 'town', 'village', 'port', 'suburb', 'district', 'province', 'state', 'region', 'island', 'county',
  'country', 'seat', 'resort', 'hamlet', 'settlement', 'municipality', 'borough', 'community', 'harbour', 'harbor', 'parish',
]);

// Nouns for the edge of a country or region that a place lies on ("on the Greenland coast"); a border is not one: a place on it may lie across it.
const EDGES = new Set(['coast', 'coastline', 'shore', 'seaboard']);

/**
 * Refiner: containment told in words other than "X, Y", each favouring the readings of X that
 * lie in the state, province or country Y names: "X in Y" ("London in England"), an appositive
 * ("Perth, the capital of Western Australia", "Bath, a spa town in Somerset", "Etah, on the
 * Greenland coast"), a possessive
 * ("Pakistan's Punjab") and a demonym ("Indian Punjab", "the Australian Perth"). Each is
 * recorded as the mention's own `within` reason, so a mention that says it lies elsewhere than
 * the rest of its name can be ranked on its own.
 */
export const markContainmentCues: PlaceStep = {
  name: 'containment cues',
  run(ctx) {
    const live = ctx.mentions.filter((m) => !m.dropped);
    const byFirst = indexMentions(live, (m) => m.firstToken, ctx.tokens.length);
    const byEnd = indexMentions(live, (m) => m.endToken, ctx.tokens.length);
    const text = ctx.article.text;
    for (const x of live) {
      if (x.adjective) continue;
      const inY = afterIn(ctx, x, byFirst) ?? appositive(ctx, x, byFirst);
      if (inY && pair(x, inY)) x.supported = true;
      // On a country's edge the text names, a name none of whose readings lies in that country is a place the table lacks.
      const edge = onTheEdge(ctx, x, byFirst);
      if (edge && !pair(x, edge)) {
        const countries = edge.entries.filter((e) => e.kind === 'country');
        if (countries.length > 0 && edge.entries[0]?.kind === 'country' && !x.entries.some((e) => countries.some((c) => liesWithin(e, c)))) x.dropped = 'elsewhere';
      }
      const y = byEnd.get(x.firstToken);
      if (!y || y === x) continue;
      const gap = text.slice(y.end, x.start);
      // "Pakistan's Punjab" (the tokenizer leaves the 's outside both names); "Indian Punjab".
      if ((!y.adjective && /^['’]s\s+$/.test(gap)) || (y.adjective && /^\s+$/.test(gap))) pair(x, y);
    }
  },
};

/** The Y of "X in Y", the next word after X being a lower-case "in". */
function afterIn(ctx: PlaceContext, x: PlaceMention, byFirst: MentionIndex): PlaceMention | undefined {
  const word = ctx.tokens[x.endToken];
  if (!word || word.norm !== 'in' || word.cap || !sameSentence(ctx.tokens, x.endToken - 1, x.endToken + 1)) return undefined;
  return byFirst.get(x.endToken + 1);
}

/** The Y of "X, the capital of Y" or "X, a town in the Y": an article, a few lower-case words, then "of" or "in". */
function appositive(ctx: PlaceContext, x: PlaceMention, byFirst: MentionIndex): PlaceMention | undefined {
  const { tokens } = ctx;
  const last = tokens[x.endToken - 1] as Token;
  const first = tokens[x.endToken];
  if (!first || !ARTICLES.has(first.norm) || !/^,\s+$/.test(ctx.article.text.slice(last.end, first.start))) return undefined;
  let placeNoun = false;
  for (let i = x.endToken + 1; i <= x.endToken + APPOSITIVE_WORDS; i++) {
    const t = tokens[i];
    if (!t || t.cap || t.sentence !== last.sentence) return undefined;
    placeNoun ||= PLACE_NOUNS.has(t.norm);
    if (t.norm !== 'of' && t.norm !== 'in') continue;
    // "Darla Spencer, a member of the West Virginia Council" is a person: the appositive must say "town", "capital"...
    if (!placeNoun) return undefined;
    const next = tokens[i + 1];
    return byFirst.get(next?.norm === 'the' && !next.cap ? i + 2 : i + 1);
  }
  return undefined;
}

/** "Etah, on the Greenland coast", "Vigo, on the Spanish border": the country or region along whose edge the place lies. */
function onTheEdge(ctx: PlaceContext, x: PlaceMention, byFirst: MentionIndex): PlaceMention | undefined {
  const { tokens } = ctx;
  const last = tokens[x.endToken - 1] as Token;
  const first = tokens[x.endToken];
  if (!first || (first.norm !== 'on' && first.norm !== 'off') || tokens[x.endToken + 1]?.norm !== 'the' || !/^,\s+$/.test(ctx.article.text.slice(last.end, first.start))) return undefined;
  const y = byFirst.get(x.endToken + 2);
  const edge = y ? tokens[y.endToken] : undefined;
  return y && edge && EDGES.has(edge.norm) && edge.sentence === last.sentence ? y : undefined;
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  const s = tokens[a]?.sentence;
  return s !== undefined && s === tokens[b]?.sentence;
}

/**
 * Boosts the readings of `x` that lie in a reading of `y` (a country, or a state or province);
 * true if any does. Only a name with readings elsewhere too has a choice to make: "American
 * Red Cross" makes no place of "Red Cross".
 */
function pair(x: PlaceMention, y: PlaceMention): boolean {
  const outers = y.entries.filter((e) => e.kind === 'country' || e.featureCode === 'ADM1');
  if (x.entries.every((inner) => outers.some((outer) => liesWithin(inner, outer)))) return false;
  let found = false;
  for (const outer of outers) {
    for (const inner of x.entries) {
      if (!liesWithin(inner, outer)) continue;
      found = true;
      x.boosts.set(inner.id, Math.max(x.boosts.get(inner.id) ?? 0, BOOST));
      noteReason(x, inner.id, { code: 'within', weight: BOOST, places: [y.text] });
    }
  }
  return found;
}
