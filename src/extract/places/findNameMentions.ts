import { normalizeName } from '../../gazetteer/normalizeName';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types';
import type { Token } from './tokenize';
import { FEATURES } from './nameWords';
import type { PlaceContext, PlaceMention, PlaceStep } from './types';

// Lower-case words that may sit inside a name ("Gulf of Mexico", "Bosnia and Herzegovina").
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le', 'el', 'al', 'du', 'des', 'da', 'do', 'upon', 'on', 'y', 'en', 'am', 'an', 'der', 'di']);
const MAX_SPAN = 7;
// A lower-case feature noun (nameWords' natural features, and a station, base, pass or airport) may end a name the
// gazetteer holds with it ("Rothera station", "the Panama canal").
const FEATURE_NOUNS: ReadonlySet<string> = new Set([...FEATURES, 'station', 'base', 'pass', 'airport']);

/** What a span of text may mean: the places it names, or those its demonym mentions. */
export function readSpan(gazetteer: Gazetteer, span: string): { entries: GazetteerEntry[]; adjective: boolean } | undefined {
  return readKey(gazetteer, normalizeName(span));
}

/** readSpan() for a span already in normalizeName() form. */
export function readKey(gazetteer: Gazetteer, key: string): { entries: GazetteerEntry[]; adjective: boolean } | undefined {
  const names = gazetteer.lookupKey(key);
  const adjectives = gazetteer.lookupAdjectiveKey(key);
  // "Canadian" is the demonym before it is a small Texas town or the county named after the river.
  const demonymFirst = adjectives.some((e) => e.kind === 'country') && names.every((e) => e.population < 100_000 && (e.kind === 'city' || e.featureCode === 'ADM2'));
  if (names.length > 0 && !demonymFirst) return { entries: names, adjective: false };
  if (adjectives.length > 0) return { entries: adjectives, adjective: true };
  return undefined;
}

/** Builds a mention for tokens [i, j) with what it may mean. */
export function makeMention(ctx: PlaceContext, i: number, j: number, rule: string, entries: GazetteerEntry[], adjective: boolean): PlaceMention {
  const first = ctx.tokens[i] as Token;
  const last = ctx.tokens[j - 1] as Token;
  const text = ctx.article.text.slice(first.start, last.end);
  return { start: first.start, end: last.end, text, rule, firstToken: i, endToken: j, key: normalizeName(text), entries, adjective, supported: false, boosts: new Map() };
}

/**
 * Finder: the longest capitalised run of words that the gazetteer knows as a name or as an
 * adjective, left to right; only words that start some name are tried (no regex per name).
 */
export const findNameMentions: PlaceStep = {
  name: 'name',
  run(ctx) {
    const { tokens, gazetteer, article } = ctx;
    const claimed = new Set<number>();
    for (const m of ctx.mentions) for (let k = m.firstToken; k < m.endToken; k++) claimed.add(k);
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      // Only a capitalised word starts a name; most words are not, so they are passed over first.
      // An abbreviation ("Mo.", "Man.") is not the town of that name.
      if (!t.cap || claimed.has(i) || (t.text.endsWith('.') && t.norm.length <= 4 && !t.text.slice(0, -1).includes('.'))) {
        i++;
        continue;
      }
      const space = t.norm.indexOf(' ');
      const firstWord = space < 0 ? t.norm : t.norm.slice(0, space);
      const nameWords = gazetteer.maxWords(firstWord);
      const adjWords = gazetteer.maxAdjectiveWords(firstWord);
      if (nameWords === 0 && adjWords === 0) {
        i++;
        continue;
      }
      let found: PlaceMention | undefined;
      const limit = Math.min(tokens.length, i + Math.min(MAX_SPAN, Math.max(nameWords, adjWords) + 1));
      let end = i + 1;
      while (end < limit && joins(article.text, tokens[end - 1] as Token, tokens[end] as Token)) end++;
      let key = t.norm;
      const keys = [key];
      for (let k = i + 1; k < end; k++) {
        const w = (tokens[k] as Token).norm;
        // "Co."/"Twp." after a name spell out ("Platte Co." -> "platte county").
        keys.push((key = w === 'co' || w === 'twp' ? normalizeName(`${key} ${w}`) : `${key} ${w}`));
      }
      for (let j = end; j > i && !found; j--) {
        const last = tokens[j - 1] as Token;
        if (!(last.cap || (j - 1 > i && FEATURE_NOUNS.has(last.text))) || claimed.has(j - 1)) continue;
        const reading = readKey(gazetteer, keys[j - i - 1] ?? '');
        if (reading) found = makeMention(ctx, i, j, reading.adjective ? 'demonym' : 'name', reading.entries, reading.adjective);
      }
      if (found) {
        ctx.mentions.push(found);
        i = found.endToken;
      } else i++;
    }
  },
};

function joins(text: string, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence) return false;
  const gap = text.slice(a.end, b.start);
  if (gap === '-' || gap === '‐') return true;
  if (!/^[ \t]?$/.test(gap)) return false;
  return b.cap || CONNECTORS.has(b.text) || FEATURE_NOUNS.has(b.text) || /\d/.test(b.text);
}
