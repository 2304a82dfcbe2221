import type { PlaceFind } from '../../../src/extract/places/types';
import { parseArticle } from '../../../src/article/parseArticle';
import { findPlaces } from '../../../src/extract/places/findPlaces';
import { resolveSpans } from '../../../src/extract/places/resolveSpans';
import type { Gazetteer } from '../../../src/gazetteer/types';

/** What a hard case expects of one surface string: a point, a country code, or no place at all. */
export type Expectation = [number, number] | [number, number, number] | string | null;

/** One hard case: an article snippet, the words to look at, and what they must resolve to. */
export type PlaceCase = [text: string, surface: string, expected: Expectation];

/** Runs findPlaces on a snippet dated 2020-06-01 and returns the find covering the first occurrence of `surface`. */
export function findIn(gazetteer: Gazetteer, text: string, surface: string, date = '2020-06-01'): PlaceFind | undefined {
  const at = text.indexOf(surface);
  if (at < 0) throw new Error(`"${surface}" is not in "${text}"`);
  const finds = findPlaces(parseArticle(text, { date }), gazetteer);
  return finds.find((f) => f.start < at + surface.length && at < f.end);
}

/** Resolves the given place names of a snippet dated 2020-06-01 as the gold spans are resolved ("gazetteer alone"). */
export function resolveGiven(gazetteer: Gazetteer, text: string, ...names: string[]): ReturnType<typeof resolveSpans> {
  return resolveSpans(
    parseArticle(text, { date: '2020-06-01' }),
    gazetteer,
    names.map((n) => {
      const start = text.indexOf(n);
      if (start < 0) throw new Error(`"${n}" is not in "${text}"`);
      return { start, end: start + n.length };
    }),
  );
}
