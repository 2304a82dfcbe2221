import type { TextRange } from '../../article/types';
import { firstAtLeast } from '../firstAtLeast';
import type { TravellerMention } from './findTravellers';

/** What the text says a person is, for resolving "he" and "she". */
export type Gender = 'm' | 'f';

const MALE_TITLE = /\b(?:Mr|Sir|King|Prince|Lord|Pope|Father|Brother|Duke|Earl|Count|Emperor|Sultan|Emir|Sheikh|Baron|Marquess|Archduke|Tsar|Czar|Kaiser|Shah)\.?\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}$/u;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Madam|Madame|Queen|Princess|Lady|Dame|Duchess|Countess|Empress|Sister|Baroness|Marchioness|Archduchess|Tsarina)\.?\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}$/u;
// Pronouns that can only mean a man or a woman ("her" may be a ship's, or an object's: left out).
const PRONOUN = /\b(he|his|him|himself|she|herself|hers)\b/gi;
const MALE = new Set(['he', 'his', 'him', 'himself']);

/**
 * The gender the text gives each named person: a title before a mention ("Mr", "Queen"), else
 * the pronouns that follow the person's mentions in their sentences, where they are the only
 * person named there; a name with no evidence, or evidence both ways, gets none. Ships are "she"
 * in English and are never given one.
 */
export function guessGender(text: string, travellers: readonly TravellerMention[], sentences: readonly TextRange[]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (name: string, g: Gender, n: number): void => {
    const v = votes.get(name) ?? { m: 0, f: 0 };
    v[g] += n;
    votes.set(name, v);
  };
  const people = travellers.filter((t) => !t.role && t.kind === 'person' && t.vessel !== true);
  for (const t of people) {
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    if (MALE_TITLE.test(before)) vote(t.name, 'm', 3);
    else if (FEMALE_TITLE.test(before)) vote(t.name, 'f', 3);
  }
  for (const r of sentences) {
    const inside: TravellerMention[] = [];
    for (let i = firstAtLeast(people, (t) => t.start, r.start); i < people.length && (people[i]?.start ?? Infinity) < r.end; i++) {
      const t = people[i];
      if (t) inside.push(t);
    }
    const first = inside[0];
    if (!first || inside.some((t) => t.name !== first.name)) continue;
    PRONOUN.lastIndex = 0;
    for (const m of text.slice(first.end, r.end).matchAll(PRONOUN)) vote(first.name, MALE.has((m[1] ?? '').toLowerCase()) ? 'm' : 'f', 1);
  }
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) {
    if (v.m > 0 && v.f === 0) out.set(name, 'm');
    else if (v.f > 0 && v.m === 0) out.set(name, 'f');
    else if (v.m >= 2 * v.f + 2) out.set(name, 'm');
    else if (v.f >= 2 * v.m + 2) out.set(name, 'f');
  }
  return out;
}
