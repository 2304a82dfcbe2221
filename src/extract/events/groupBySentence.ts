import type { TextRange } from '../../article/types';
import type { PersonHit, PlaceHit, TimeHit } from '../types';

/** One sentence with the place, time and person mentions that fall inside it. */
export interface SentenceFacts {
  index: number;
  range: TextRange;
  text: string;
  places: PlaceHit[];
  times: TimeHit[];
  people: PersonHit[];
}

/** Buckets mentions by the sentence that contains them, in one pass over sorted lists. */
export function groupBySentence(
  text: string,
  sentences: readonly TextRange[],
  places: readonly PlaceHit[],
  times: readonly TimeHit[],
  people: readonly PersonHit[],
): SentenceFacts[] {
  const facts: SentenceFacts[] = sentences.map((range, index) => ({
    index,
    range,
    text: text.slice(range.start, range.end),
    places: [],
    times: [],
    people: [],
  }));
  bucket(facts, places, (f, h) => f.places.push(h));
  bucket(facts, times, (f, h) => f.times.push(h));
  bucket(facts, people, (f, h) => f.people.push(h));
  return facts;
}

function bucket<T extends TextRange>(facts: SentenceFacts[], hits: readonly T[], add: (f: SentenceFacts, h: T) => void): void {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const hit of sorted) {
    while (i < facts.length && (facts[i]?.range.end ?? 0) <= hit.start) i++;
    const f = facts[i];
    if (f && hit.start >= f.range.start) add(f, hit);
  }
}
