import type { TextRange } from '../../article/types';
import { firstAtLeast } from '../firstAtLeast';
import type { TravelCue } from './findTravelCues';
import { isPersonRole, isVehicleNoun, type TravellerMention } from './findTravellers';
import { guessGender } from './guessGender';
import { VERB_FORMS } from './motionLexicon';

const PRONOUN = /\b(he|she|they|it|his|her|its|their|him|them)\b/gi;
const UNKNOWN = 'Unknown traveller';
// How much a known man outweighs a person of unknown gender as the "he" of a clause (mentions count one each).
const MAN_BONUS = 1;
// Ships are "she" in English.
const SHIP = /^(?:HMS|USS|RMS|SS|MV|MS|HMAS|HMNZS|HMCS|RV|FV|INS|USNS|MT|MY|SY|NS|CSS|HMT|TS|HMHS|RRS)\s|^the\s+(?:ship|vessel|yacht|liner|schooner|barque|brig|sloop|ketch|clipper|galleon|caravel|carrack|dhow|steamer|steamship|freighter|tanker|boat|ferry|frigate|carrier|cruiser|warship|icebreaker)$/i;

const SPEAKS = /^(?:['’]s)?\s*(?:,[^,.]{0,40},\s*)?(?:said|says|told|tells|added|announced|wrote|noted|explained|stated|insisted|argued|warned|confirmed|declined)\b/;

const OBJECT_BEFORE = /\b(?:[a-z]+ed|left|took|met|saw|told|gave|sent|brought|kept|found|made|let|to|with|for|by|from|at|on|in|of|about|behind|beside)\s+$/;

const ALONG = /\b(?:with|alongside|accompanied\s+by|joined\s+by|together\s+with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u;
const JOINED = /^\s*(?:,\s*)?(?:and|or|but|then)\s+(?:then\s+|later\s+|also\s+)?[a-z]+/;

// What may stand between two people who move together: "and", or "and his companion," with a rank.
// (A comma is taken with the spaces before it, so no run of spaces can be split two ways: these gaps are not capped.)
const PAIRED = /^(?:\s*,)?\s+and\s+(?:(?:his|her|their)\s+[a-z]+\s*,\s*(?:\p{Lu}[\p{Ll}]+\.?\s+)?)?$/u;
// "Lewis and Clark", "Lewis, and Clark": two names that open a sentence together.
const PAIR_GAP = /^(?:\s*,)?\s+and\s+$/;
// "King Tomas and Queen Ana": the second of a pair may carry its own title.
const TITLED_GAP = /^(?:\s*,)?\s+and\s+(\p{Lu}\p{Ll}+)\.?\s+$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)$/;

/** True when the gap between two names is "and" and the second's title ("and Queen ", "and Dr. "). */
function titledGap(gap: string): boolean {
  const title = TITLED_GAP.exec(gap)?.[1];
  return title !== undefined && (isPersonRole(title) || HONORIFIC.test(title));
}
const PARTICIPLE = /^(?:before|after|while|then|later|having|on)\s+\w+ing\b/i;

type Kind = TravellerMention['kind'];

/** A subject candidate before a cue: a named person or thing, a role noun, or a pronoun. */
interface Candidate {
  start: number;
  end: number;
  vessel?: boolean;
  name?: string;
  kind: Kind;
  role?: string;
  pronoun?: string;
}

/** Index of the first mention starting at or after `at` (mentions are sorted by start). */
const firstFrom = (travellers: readonly TravellerMention[], at: number): number => firstAtLeast(travellers, (t) => t.start, at);

// A subject stands near its verb: look back this far at most, so a clause of any length costs the same per cue.
const REACH = 300;

/**
 * The latest thing or group a role noun names ("the race", "the tour", "the convoy") in the
 * sentence of `at` or the one before it, before `at`: what "it" there stands for when the
 * text names no thing.
 */
function describedBefore(travellers: readonly TravellerMention[], at: number, sentences: readonly TextRange[]): string | undefined {
  const here = firstAtLeast(sentences, (r) => r.end, at);
  const from = sentences[Math.max(0, here - 1)]?.start ?? 0;
  for (let i = firstFrom(travellers, at) - 1; i >= 0; i--) {
    const t = travellers[i];
    if (!t || t.start < from) break;
    if (t.role && t.kind !== 'person' && t.end <= at) return t.name;
  }
  return undefined;
}

function candidatesIn(text: string, fromAt: number, to: number, travellers: readonly TravellerMention[]): Candidate[] {
  const out: Candidate[] = [];
  const from = Math.max(fromAt, to - REACH);
  for (let i = firstFrom(travellers, from); i < travellers.length; i++) {
    const t = travellers[i];
    if (!t || t.start >= to) break;
    // Who a traveller takes along is the object of its verb, never who moves.
    if (t.end > to || t.along === true) continue;
    out.push(t.role ? { start: t.start, end: t.end, kind: t.kind, role: t.name, vessel: t.vessel === true } : { start: t.start, end: t.end, name: t.name, kind: t.kind, vessel: t.vessel === true });
  }
  const window = text.slice(from, to);
  for (const m of window.matchAll(PRONOUN)) {
    const w = (m[1] ?? '').toLowerCase();
    // "left her there", "carried them": an object is not who moves.
    if (w === 'him' || w === 'them' || (w === 'her' && OBJECT_BEFORE.test(window.slice(Math.max(0, m.index - 20), m.index)))) continue;
    out.push({ start: from + m.index, end: from + m.index + w.length, kind: w === 'it' || w === 'its' ? 'thing' : w === 'they' || w === 'their' || w === 'them' ? 'group' : 'person', pronoun: w });
  }
  return out.sort((a, b) => a.end - b.end);
}

/** Salience: the last traveller of each kind the text made its subject, and the last of any kind. */
interface Salience {
  person?: string;
  thing?: string;
  group?: string;
  ship?: string;
  any?: string;
  /** Two people named together as a subject ("Lewis and Clark set out"): "they" and "the pair" are both. */
  pair?: [string, string];
}

function note(s: Salience, name: string, kind: Kind, vessel = false): void {
  s[kind] = name;
  if (vessel || SHIP.test(name)) s.ship = name;
  else if (s.ship === name) delete s.ship;
  s.any = name;
}

// "went aboard", "sailed with", "embarked on": a person who joins a vessel named in the same sentence.
const BOARDS = /\b(?:aboard|on\s+board|embark(?:ed|s)?|sail(?:ed|s)?\s+(?:with|in|on)|joined)\b/i;

/**
 * Vessels that carry a person the text follows ("Amundsen arrived aboard the Fram", "the
 * Beagle, where Darwin went aboard"): the vessel's moves are also that person's, from the
 * sentence that puts them aboard.
 */
function carriedBy(text: string, named: readonly TravellerMention[], sentences: readonly TextRange[]): Map<string, { person: string; from: number }> {
  const out = new Map<string, { person: string; from: number }>();
  for (const r of sentences) {
    const inside: TravellerMention[] = [];
    for (let i = firstFrom(named, r.start); i < named.length && (named[i]?.start ?? Infinity) < r.end; i++) {
      const t = named[i];
      if (t && t.end <= r.end) inside.push(t);
    }
    const person = inside.find((t) => t.kind === 'person' && t.vessel !== true);
    if (!person) continue;
    for (const v of inside) {
      if (!v.vessel || out.has(v.name)) continue;
      // "aboard the Fram", "from his ship, the Fram": the person's own vessel.
      const before = /\b(?:aboard|on\s+board|in|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$|\b(?:his|her|their)\s+(?:\w+\s+)?(?:ship|vessel|boat|yacht|schooner|sloop|steamer)\s*,\s*(?:the\s+)?$/i.test(text.slice(Math.max(r.start, v.start - 40), v.start));
      if (before || BOARDS.test(text.slice(r.start, r.end))) out.set(v.name, { person: person.name, from: r.start });
    }
  }
  return out;
}

/**
 * Decides who moves in each cue, by salience: the subject named before the cue in its clause
 * (a person, a storm, a ship), else a role noun or pronoun ("the pontiff", "the storm", "she",
 * "it") taken as the last traveller of that kind, else the traveller the text was last about.
 * Each sentence's opening subject counts for salience even when it moves nowhere. A cue that
 * continues a list keeps its list's traveller. Sets `traveller` on every cue.
 */
export function assignTravellers(text: string, cues: TravelCue[], travellers: readonly TravellerMention[], sentences: readonly TextRange[]): void {
  const s: Salience = {};
  const named = travellers.filter((t) => !t.role && t.along !== true);
  const firstPerson = named.find((t) => t.kind === 'person')?.name;
  const firstThing = named.find((t) => t.kind === 'thing')?.name;
  const firstShip = named.find((t) => t.vessel === true)?.name;
  const firstRole = travellers.find((t) => t.role)?.name;
  const carriers = carriedBy(text, named, sentences);
  const members = memberLists(travellers);
  const onlyMembers = members.size === 1 ? ([...members.values()][0] ?? []) : [];
  const titles = titledPeople(text, named);
  const vesselOf = new Map([...carriers].map(([vessel, c]) => [c.person, vessel]));
  const genders = guessGender(text, travellers, sentences);
  let sentence = 0;
  let seen = 0;
  const counts = new Map<string, { n: number; kind: Kind; vessel: boolean }>();
  let previous: TravelCue | undefined;
  // The named subject opening each sentence, by sentence index: "He" opening the next sentence is that subject.
  const openers: (TravellerMention | undefined)[] = [];
  // The first description of each journey that several describe ("the race", "the peloton"), by family.
  const families = new Map<string, string>();
  // How many moves each traveller has made so far.
  const moves = new Map<string, number>();
  for (const cue of cues) {
    // Sentences up to this cue's clause: their opening subject (a name in the first words) is who the text is about.
    while (sentence < sentences.length && (sentences[sentence]?.start ?? 0) <= cue.sentenceStart) {
      const r = sentences[sentence];
      const first = r ? named[firstFrom(named, r.start)] : undefined;
      // The sentence's subject opens it: a name after a verb ("With the Prince rode his mechanic, X") is not.
      const subject = r && first && first.start < Math.min(r.end, r.start + 40) && !text.slice(r.start, first.start).split(/\s+/).some((w) => VERB_FORMS.has(w.toLowerCase())) ? first : undefined;
      // "He is to remain ... . He has been in Africa since 1866": a sentence opened by a pronoun keeps the last opener.
      openers[sentence] = subject ?? (r && /^[\s"“‘'(]*(?:he|she|it)\b/i.test(text.slice(r.start, r.start + 12)) ? openers[sentence - 1] : undefined);
      // A speaker ("Robert Wood told reporters") is who talks, not who travels.
      if (subject && subject.end <= cue.cueStart && !SPEAKS.test(text.slice(subject.end, subject.end + 60))) {
        note(s, subject.name, subject.kind, subject.vessel === true);
        // "Lewis and Clark set out ...", "The captains, Lewis and Clark, had ...": a pair opens the sentence.
        const second = named[firstFrom(named, subject.end)];
        if (second && second.kind === 'person' && subject.kind === 'person' && second.name !== subject.name && (PAIR_GAP.test(text.slice(subject.end, second.start)) || titledGap(text.slice(subject.end, second.start)))) s.pair = [second.name, subject.name];
      }
      // "Dr. Moen went ahead by sledge with Captain Dahl": the two go on together; "they" is both.
      const setOut = r ? companionsSettingOut(text, r, named) : undefined;
      if (setOut) {
        s.pair = setOut;
        note(s, setOut[0], 'person');
      }
      sentence++;
    }
    while (seen < named.length && (named[seen]?.end ?? Infinity) <= cue.cueStart) {
      const t = named[seen];
      if (t) {
        const c = counts.get(t.name) ?? { n: 0, kind: t.kind, vessel: t.vessel === true };
        c.n++;
        counts.set(t.name, c);
      }
      seen++;
    }
    const follow = (from: TravelCue & { traveller: string }): void => {
      cue.traveller = from.traveller;
      if (from.carried) cue.carried = from.carried;
      if (from.carrier) cue.carrier = true;
    };
    if (previous && previous.cueStart === cue.cueStart && previous.traveller !== undefined) {
      follow({ ...previous, traveller: previous.traveller });
      continue;
    }
    let before = candidatesIn(text, cue.clauseStart, cue.cueStart, travellers);
    // "Nansen and his companion, Johansen, who left the ship months ago, had arrived here": the main clause goes on after the relative; its subject stands before "who".
    if (before.length === 0) before = subjectBeforeRelative(text, cue, travellers);
    let pick: Candidate | undefined = whoseRelative(text, cue, travellers) ?? before.at(-1);
    let other = before.at(-2);
    let partner: string | undefined;
    // "flew back with Francis to Rome": who comes along is not the subject, but travels too.
    if (pick?.name !== undefined && other !== undefined && ALONG.test(text.slice(Math.max(0, pick.start - 24), pick.start))) {
      partner = pick.name;
      pick = other;
      other = before.at(-3);
    }
    // "flew back with Francis to Rome": the companion may stand inside the cue's own words.
    if (partner === undefined) {
      const inside = candidatesIn(text, cue.cueStart, cue.place.start, travellers).find((c) => c.name !== undefined && ALONG.test(text.slice(Math.max(0, c.start - 24), c.start)));
      if (inside?.name !== undefined && inside.name !== pick?.name) partner = inside.name;
    }
    // "Hillary Clinton and Donald Trump are making", "the captains, Lewis and Clark, set out": both move.
    // "Nansen and his companion, Lieutenant Johansen, ...": a companion named in apposition moves too.
    const listed: string[] = [];
    if (partner === undefined && pick?.name !== undefined && other?.name !== undefined && other.name !== pick.name && (PAIRED.test(text.slice(other.end, pick.start)) || titledGap(text.slice(other.end, pick.start)))) {
      partner = other.name;
      // "Ann Lee, Tom Hale and Eva Roth left": the names listed before the pair move too.
      for (let k = before.length - 3, last = other; k >= 0; k--) {
        const c = before[k];
        if (c?.name === undefined || c.kind !== 'person' || !/^,\s+$/.test(text.slice(c.end, last.start))) break;
        listed.push(c.name);
        last = c;
      }
    }
    // "... to meet Duda in Warsaw before flying back to Tokyo", "He left her in Lyon and flew on to Rome":
    // a participle, or a verb joined to the one before with no subject of its own, moves the sentence's traveller.
    const joined = !pick && JOINED.test(text.slice(cue.clauseStart, cue.cueStart + 1));
    if ((PARTICIPLE.test(cue.cue) || joined) && previous?.sentence === cue.sentence && previous.traveller !== undefined) {
      follow({ ...previous, traveller: previous.traveller });
      previous = cue;
      continue;
    }
    // "It was Xi Jinping's first visit to Europe": the name whose journey the cue's noun is, is who travels.
    if (!pick || pick.pronoun !== undefined) {
      const owner = candidatesIn(text, cue.cueStart, cue.place.start, travellers).find((c) => c.name !== undefined && /^['’]s\s/.test(text.slice(c.end, c.end + 3)));
      if (owner) pick = owner;
    }
    // "On a visit to Kyiv, Mr Lee said", "in June, at Porto, Dr. Moen boarded": a fronted place's traveller may come after it in the sentence.
    if (!pick && cue.cueStart >= cue.place.start - 40) {
      // The sentence's own end, not the first full stop ("Dr." is not one).
      const end = sentences[firstAtLeast(sentences, (r) => r.end, cue.place.end)]?.end ?? Infinity;
      pick = candidatesIn(text, cue.place.end, Math.min(end, cue.place.end + REACH), travellers).find((c) => c.name !== undefined);
    }
    // A pronoun means the traveller of its kind the text has said most about, the latest subject breaking ties.
    const topic = (fits: (c: { kind: Kind; vessel: boolean }, name: string) => boolean, latest: string | undefined, recency = 1.5, bonus: (name: string) => number = () => 0): string | undefined => {
      let best: string | undefined;
      let score = 0;
      for (const [name, c] of counts) {
        if (!fits(c, name)) continue;
        const v = c.n + (name === latest ? recency : 0) + bonus(name);
        if (v > score) [best, score] = [name, v];
      }
      return best ?? latest;
    };
    let name: string | undefined;
    const titled = pick?.role !== undefined ? titles.get(pick.role.replace(/^the\s+/, '')) : undefined;
    const opener = pick?.pronoun !== undefined ? previousOpener(text, cue, pick, openers[sentence - 2], genders) : undefined;
    if (pick?.name !== undefined) name = pick.name;
    else if (opener !== undefined) name = opener;
    else if (pick?.pronoun === 'she' || pick?.pronoun === 'her') {
      const latest = s.any === s.ship ? s.ship : s.person !== undefined && genders.get(s.person) !== 'm' ? s.person : s.ship;
      // A woman or a ship the text says is one first; a person of unknown gender only when there is none.
      name = topic((c, n) => (c.kind === 'person' && genders.get(n) === 'f') || c.vessel, latest) ?? topic((c, n) => c.kind === 'person' && genders.get(n) !== 'm', latest) ?? firstShip ?? firstPerson;
    } else if (pick?.pronoun !== undefined && pick.kind === 'person') {
      const latest = s.person !== undefined && genders.get(s.person) !== 'f' ? s.person : undefined;
      const male = pick.pronoun === 'he' || pick.pronoun === 'his' || pick.pronoun === 'him';
      // A man the text says is one is likelier meant by "he", but not over the person the text is about, whose gender it never says.
      name = topic((c, n) => c.kind === 'person' && !c.vessel && (male ? genders.get(n) !== 'f' : true), latest, 1.5, (n) => (male && genders.get(n) === 'm' ? MAN_BONUS : 0)) ?? firstPerson;
    }
    // "it" is never a person: with no named thing, the journey a role noun described just before ("the tour ... It opened in").
    else if (pick?.pronoun === 'it' || pick?.pronoun === 'its') name = topic((c) => c.kind === 'thing', s.thing) ?? firstThing ?? describedBefore(travellers, pick.start, sentences) ?? s.any;
    // "the King" is the one person the text titled King ("King Tomas").
    else if (titled !== undefined) name = titled;
    // "the motorcade left Paris for Lyon": a vehicle carries the traveller who has moved most so far.
    else if (pick?.role !== undefined && isVehicle(pick.role) && mostMoved(moves) !== undefined) name = mostMoved(moves);
    // "The minister landed in Accra", with nobody named yet, is the minister, not someone the text names later; a vehicle before
    // anyone has moved carries the person its sentence names after it ("when the jet landed, the minister stepped out").
    else if (pick?.kind === 'person') name = s.person ?? (pick.role !== undefined && !namedBefore(named, cue.cueStart) ? (isVehicle(pick.role) ? aboard(text, cue, sentences, travellers) : undefined) ?? pick.role : (firstPerson ?? s.group ?? pick.role));
    else if (pick?.kind === 'group' && s.pair && (pick.pronoun !== undefined || s.group === undefined)) name = s.pair[0];
    else if (pick?.kind === 'group') name = s.group ?? s.person ?? s.any ?? pick.role;
    else if (pick?.kind === 'thing') name = (pick.vessel === true ? s.ship : undefined) ?? s.thing ?? firstThing ?? pick.role ?? s.any;
    // No subject at all ("The next stop is Singapore"): the traveller the text is most about.
    if (!pick) name ??= topic(() => true, s.any, 0.5);
    // "Then came the long run home: Tahiti, ...": with no subject, a stop of a person aboard a vessel is the vessel's, and the person's through it.
    if (!pick && name !== undefined) {
      const vessel = vesselOf.get(name);
      if (vessel !== undefined && (carriers.get(vessel)?.from ?? Infinity) <= cue.sentenceStart) name = vessel;
    }
    name ??= s.any ?? firstPerson ?? firstThing ?? firstRole ?? UNKNOWN;
    // "the peloton heads south ... the race ends in Rome": a race and the field riding it make one journey.
    const family = familyOf(name);
    if (family !== undefined) {
      const earlier = families.get(family);
      if (earlier === undefined) families.set(family, name);
      else name = earlier;
    }
    cue.traveller = name;
    const carrier = carriers.get(name);
    const along = new Set<string>();
    if (carrier && carrier.from <= cue.sentenceStart && carrier.person !== name) {
      along.add(carrier.person);
      cue.carrier = true;
    }
    for (const n of listed) if (n !== name) along.add(n);
    // "The delegation - Ann Lee, Bo Ek and Tom Hale - flew to Accra": where the party goes, its members go (any party
    // description or "they" is that party when the text names the members of one only).
    if (pick?.kind === 'group' || members.has(name)) for (const n of members.get(name) ?? onlyMembers) if (n !== name) along.add(n);
    if (partner !== undefined) {
      along.add(partner);
      s.pair = [name, partner];
    } else if (s.pair && name === s.pair[0] && (pick?.kind === 'group' || (pick?.role !== undefined && isVehicle(pick.role)))) along.add(s.pair[1]);
    if (along.size > 0) cue.carried = [...along];
    if (!cue.weak) moves.set(name, (moves.get(name) ?? 0) + 1);
    if (!cue.weak) note(s, name, pick?.name !== undefined ? pick.kind : name === s.thing ? 'thing' : name === s.group ? 'group' : 'person', pick?.vessel === true || name === s.ship);
    previous = cue;
  }
  addJoiners(text, cues, travellers, sentences);
  addTakenAlong(cues, travellers, sentences);
}

/**
 * "The festival opens in Paris, bringing Ann Lee and Bo Ek to six cities": people a
 * traveller takes along share all of that traveller's stops. The traveller is the one of the
 * cue told last before them in their sentence (or first after them, when none comes before).
 */
function addTakenAlong(cues: TravelCue[], travellers: readonly TravellerMention[], sentences: readonly TextRange[]): void {
  const taken = new Map<string, Set<string>>();
  for (const t of travellers) {
    if (t.along !== true) continue;
    const r = sentences[firstAtLeast(sentences, (x) => x.end, t.end)];
    if (!r) continue;
    const next = firstAtLeast(cues, (c) => c.place.start, t.start);
    const before = cues[next - 1];
    const after = cues[next];
    const host = before && before.place.start >= r.start ? before : after && after.place.start < r.end ? after : undefined;
    if (host?.traveller === undefined || host.traveller === t.name) continue;
    const set = taken.get(host.traveller) ?? new Set<string>();
    set.add(t.name);
    taken.set(host.traveller, set);
  }
  if (taken.size === 0) return;
  for (const c of cues) {
    const names = c.traveller !== undefined ? taken.get(c.traveller) : undefined;
    if (!names || c.other || c.negated || c.earlier) continue;
    c.carried = [...new Set([...(c.carried ?? []), ...[...names].filter((n) => n !== c.traveller)])];
  }
}

/** The members of each party the text names with them ("the delegation": its members), from findTravellers. */
function memberLists(travellers: readonly TravellerMention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of travellers) if (t.members) out.set(t.name, [...new Set([...(out.get(t.name) ?? []), ...t.members])]);
  return out;
}

const TITLE_BEFORE = /(\p{Lu}\p{Ll}+)\s+$/u;
/** A vehicle's description ("the jet"). */
const isVehicle = (role: string): boolean => isVehicleNoun(role.replace(/^the\s+/, ''));

/** "When the jet landed in Accra, the minister stepped out": who a vehicle carries, named later in its sentence. */
function aboard(text: string, cue: TravelCue, sentences: readonly TextRange[], travellers: readonly TravellerMention[]): string | undefined {
  const end = sentences[firstAtLeast(sentences, (r) => r.end, cue.place.end)]?.end ?? cue.place.end;
  const c = candidatesIn(text, cue.place.end, Math.min(end, cue.place.end + REACH), travellers).find((x) => x.kind === 'person' && x.pronoun === undefined && (x.role === undefined || !isVehicle(x.role)));
  return c?.name ?? c?.role;
}

/** The traveller with the most moves so far (the first to reach it on a tie), if any. */
function mostMoved(moves: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [name, k] of moves) if (k > n) [best, n] = [name, k];
  return best;
}

/** Whether the text named a person before `at`. */
function namedBefore(named: readonly TravellerMention[], at: number): boolean {
  return named.some((t) => t.kind === 'person' && t.end <= at);
}

/**
 * The offices and ranks the text gives its named people ("King Tomas", "Captain Ann Lee"),
 * each to the one person it names: "the King" is then that person. An office two people hold
 * ("President Ruto" and "President Biden") names neither.
 */
function titledPeople(text: string, named: readonly TravellerMention[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const t of named) {
    if (t.kind !== 'person' || t.vessel === true) continue;
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, t.start - 24), t.start))?.[1]?.toLowerCase();
    if (title === undefined || !isPersonRole(title)) continue;
    const had = found.get(title);
    found.set(title, had === undefined || had === t.name ? t.name : null);
  }
  const out = new Map<string, string>();
  for (const [title, name] of found) if (name !== null) out.set(title, name);
  return out;
}

const WITH_PERSON = /\bwith\s+(?:(?:his|her|their)\s+[a-z]+(?:\s*,)?\s*)?(?:\p{Lu}[\p{Ll}]+\.?\s+)?$/u;

/**
 * "Dr. Moen went ahead by sledge with Captain Dahl": a named person, a verb of going,
 * and "with" a second named person, in one sentence, make the pair the text goes on to call
 * "they" (the first first). The verb must stand between the two and move the first ("met with"
 * does not), and no other traveller may come between.
 */
function companionsSettingOut(text: string, r: TextRange, named: readonly TravellerMention[]): [string, string] | undefined {
  for (let i = firstFrom(named, r.start); i + 1 < named.length; i++) {
    const a = named[i];
    const b = named[i + 1];
    if (!a || !b || b.end > r.end) return undefined;
    if (a.kind !== 'person' || b.kind !== 'person' || a.vessel === true || b.vessel === true || a.name === b.name) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 160 || !WITH_PERSON.test(between)) continue;
    const goes = between.split(/[^a-z]+/).some((w) => {
      const form = VERB_FORMS.get(w);
      return form !== undefined && form.cls !== 'act' && form.form !== 'ing';
    });
    if (goes) return [a.name, b.name];
  }
  return undefined;
}

// Descriptions that name one journey: a race and the field riding it, a relay and the flame it carries.
const FAMILIES: readonly [string, RegExp][] = [
  ['race', /^the\s+(?:race|peloton|field|riders|cyclists|runners|competitors|rally|marathon|regatta|tour|stage)$/i],
  ['relay', /^the\s+(?:relay|flame|torch|baton|torchbearers)$/i],
];

/** The family of a description that shares its journey with others ("the race", "the peloton"), if any. */
function familyOf(name: string): string | undefined {
  return FAMILIES.find(([, re]) => re.test(name))?.[0];
}

const JOINED_BY = /\b(?:was|were|is|are|been|be)\s+joined\s+by\b/i;

/**
 * "There he was joined by the Archbishop, Justin Welby, and the Moderator, Iain Greenshields": the
 * people named after "joined by" travel on with the traveller from where they joined (the stop
 * told last before) through the traveller's later stops. One pass over the sentences and one over
 * the cues, so a text of many joins stays linear.
 */
function addJoiners(text: string, cues: TravelCue[], travellers: readonly TravellerMention[], sentences: readonly TextRange[]): void {
  const joins: { at: number; companions: string[] }[] = [];
  for (const r of sentences) {
    const m = JOINED_BY.exec(text.slice(r.start, Math.min(r.end, r.start + 400)));
    if (!m) continue;
    const at = r.start + m.index + m[0].length;
    const companions = new Set<string>();
    for (let i = firstFrom(travellers, at); i < travellers.length && (travellers[i]?.start ?? Infinity) < r.end; i++) {
      const t = travellers[i];
      if (t && !t.role && t.kind === 'person' && t.vessel !== true) companions.add(t.name);
    }
    if (companions.size > 0) joins.push({ at, companions: [...companions] });
  }
  if (joins.length === 0) return;
  const live = (c: TravelCue): boolean => c.traveller !== undefined && !c.other && !c.negated && !c.earlier;
  const active = new Map<string, Set<string>>();
  let j = 0;
  let last: TravelCue | undefined;
  const join = (c: TravelCue, companions: Iterable<string>): void => {
    const along = new Set(c.carried ?? []);
    for (const name of companions) if (name !== c.traveller) along.add(name);
    if (along.size > 0) c.carried = [...along];
  };
  for (const c of cues) {
    while (j < joins.length && (joins[j]?.at ?? Infinity) <= c.place.start) {
      const { companions } = joins[j] as { companions: string[] };
      // Who was joined: the traveller of the stop told last before, who is where they join.
      if (last?.traveller !== undefined) {
        const set = active.get(last.traveller) ?? new Set<string>();
        for (const name of companions) if (name !== last.traveller) set.add(name);
        active.set(last.traveller, set);
        join(last, companions);
      }
      j++;
    }
    if (!live(c)) continue;
    const along = active.get(c.traveller ?? '');
    if (along) join(c, along);
    last = c;
  }
}

// A pronoun that opens its sentence ("He is to remain ..."), with nothing but a word or two before it.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- previousOpener tests it only on the words before the pick, at most 40 characters into the sentence.
const OPENING = /^[\s"“‘'(]*(?:(?:and|but|then|so|now|there|here|later|soon|meanwhile)\s*,?\s+)?$/i;

/**
 * "Dr. Livingstone refused to come home. He is to remain at ...": a pronoun opening a sentence is
 * the named subject that opened the sentence before, when the two agree (a man or a person of
 * unknown gender when no one named is known to be one, a woman or a ship for "she", a thing for
 * "it"), however often the text
 * named someone else.
 */
function previousOpener(text: string, cue: TravelCue, pick: Candidate, opener: TravellerMention | undefined, genders: ReadonlyMap<string, 'm' | 'f'>): string | undefined {
  // Only the first words of a sentence can open it: looked at no further, so a long sentence costs the same per cue.
  if (!opener || opener.end > cue.sentenceStart || pick.start - cue.sentenceStart > 40 || !OPENING.test(text.slice(cue.sentenceStart, pick.start))) return undefined;
  const gender = genders.get(opener.name);
  // A person of unknown gender fits only when the text has named nobody known to fit better.
  const fits = (g: 'm' | 'f'): boolean => gender === g || (gender === undefined && ![...genders.values()].includes(g));
  const agrees =
    pick.pronoun === 'he' || pick.pronoun === 'his'
      ? opener.kind === 'person' && opener.vessel !== true && fits('m')
      : pick.pronoun === 'she' || pick.pronoun === 'her'
        ? (opener.kind === 'person' && fits('f')) || opener.vessel === true
        : pick.pronoun === 'it' || pick.pronoun === 'its'
          ? opener.kind === 'thing'
          : false;
  return agrees ? opener.name : undefined;
}

// A relative clause set off by commas right before the clause a cue is in ("..., who left months ago, had arrived").
const CLOSED_RELATIVE = /,\s*(?:(?:of|in|from|to|with|by|for|on|at)\s+)?(?:who|which|whom|whose)\b[^,;]*,\s*$/;

/** The subject candidates of a main clause that goes on after a relative clause: those before the relative's "who". */
function subjectBeforeRelative(text: string, cue: TravelCue, travellers: readonly TravellerMention[]): Candidate[] {
  // Only the words a subject can stand in (REACH) are read, so a clause of any length costs the same per cue.
  const from = Math.max(cue.sentenceStart, cue.clauseStart - REACH);
  const m = CLOSED_RELATIVE.exec(text.slice(from, cue.clauseStart));
  if (!m) return [];
  return candidatesIn(text, cue.sentenceStart, from + m.index, travellers).filter((c) => c.pronoun === undefined);
}

// "..., who arrived at", "and who had sailed from": a relative clause's verb, a word or two after "who".
const RELATIVE = /\bwho\s+(?:[a-z]+\s+){0,2}$/;

/**
 * "Dr. Cook, who says he reached the Pole first and who arrived at Copenhagen on Saturday": the
 * subject of a relative clause is the named traveller the "who" follows, not a pronoun inside it.
 */
function whoseRelative(text: string, cue: TravelCue, travellers: readonly TravellerMention[]): Candidate | undefined {
  const from = Math.max(cue.sentenceStart, cue.cueStart - 40);
  const m = RELATIVE.exec(text.slice(from, cue.cueStart));
  if (!m) return undefined;
  const who = from + m.index;
  const named = candidatesIn(text, cue.sentenceStart, who, travellers).filter((c) => c.pronoun === undefined);
  return named.at(-1);
}
