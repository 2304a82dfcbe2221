import type { PersonHit } from '../types';
import type { TravelCue } from './findTravelCues';
import type { TravellerMention } from './findTravellers';

const PRONOUN = /\b(he|she|they|it|his|her|its|their|him|them)\b/gi;
const UNKNOWN = 'Unknown traveller';

type Kind = TravellerMention['kind'];

/** A subject candidate before a cue: a named person or thing, a role noun, or a pronoun. */
interface Candidate {
  end: number;
  name?: string;
  kind: Kind | 'any';
  role?: string;
}

function candidatesIn(text: string, from: number, to: number, people: readonly PersonHit[], travellers: readonly TravellerMention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of people) if (p.start >= from && p.end <= to) out.push({ end: p.end, name: p.name, kind: 'person' });
  for (const t of travellers) {
    if (t.start < from || t.end > to) continue;
    out.push(t.role ? { end: t.end, kind: t.kind, role: t.name } : { end: t.end, name: t.name, kind: t.kind });
  }
  PRONOUN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(PRONOUN)) {
    const w = (m[1] ?? '').toLowerCase();
    out.push({ end: from + m.index + w.length, kind: w === 'it' || w === 'its' ? 'thing' : w === 'they' || w === 'their' || w === 'them' ? 'group' : 'person' });
  }
  return out.sort((a, b) => a.end - b.end);
}

/**
 * Decides who moves in each cue, by salience: the subject named before the cue in its clause
 * (a person, a storm, a ship), else a role noun or pronoun ("the pontiff", "the storm", "she",
 * "it") taken as the last traveller of that kind, else the traveller the text was last about.
 * A cue that continues a list keeps its list's traveller. Sets `traveller` on every cue.
 */
export function assignTravellers(text: string, cues: TravelCue[], people: readonly PersonHit[], travellers: readonly TravellerMention[]): void {
  const last: Partial<Record<Kind | 'any', string>> = {};
  const firstPerson = people[0]?.name;
  const firstThing = travellers.find((t) => !t.role && t.kind === 'thing')?.name;
  const firstRole = travellers.find((t) => t.role)?.name;
  let previous: TravelCue | undefined;
  for (const cue of cues) {
    if (previous && previous.cueStart === cue.cueStart && previous.traveller !== undefined) {
      cue.traveller = previous.traveller;
      continue;
    }
    const before = candidatesIn(text, cue.clauseStart, cue.cueStart, people, travellers);
    let pick = before.at(-1);
    // "On a visit to Kyiv, Mr Lee said": a noun cue's owner may come after it in the sentence.
    if (!pick && cue.cueStart === cue.place.start) pick = undefined;
    const sentenceEnd = text.indexOf('.', cue.place.end);
    if (!pick && !/^(?:[a-z]+\s+)*?(?:flew|travel|arriv|visit|sail|head|land)/i.test(cue.cue)) {
      const after = candidatesIn(text, cue.place.end, sentenceEnd < 0 ? text.length : sentenceEnd, people, travellers).filter((c) => c.name !== undefined && c.kind === 'person');
      pick = after[0];
    }
    let name: string | undefined;
    if (pick?.name !== undefined) name = pick.name;
    else if (pick?.kind === 'person') name = last.person ?? firstPerson ?? last.group ?? pick.role;
    else if (pick?.kind === 'group') name = last.group ?? last.person ?? pick.role ?? last.any;
    else if (pick?.kind === 'thing') name = last.thing ?? firstThing ?? pick.role ?? last.any;
    name ??= last.any ?? firstPerson ?? firstThing ?? firstRole ?? UNKNOWN;
    cue.traveller = name;
    const kind: Kind = pick?.kind === 'any' || pick === undefined ? (name === last.thing ? 'thing' : name === last.group ? 'group' : 'person') : pick.kind;
    if (!cue.weak) {
      last[kind] = name;
      last.any = name;
    }
    previous = cue;
  }
}
