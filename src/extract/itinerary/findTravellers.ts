import type { PersonHit } from '../types';
import { NOT_A_PERSON } from '../people/findPeople';
import { firstAtLeast } from '../firstAtLeast';
import { JOURNEY_NOUNS, VERB_FORMS } from './motionLexicon';

/** A traveller named or described in the text: a person, a storm, a ship, a group or a race. */
export interface TravellerMention {
  start: number;
  end: number;
  /** The name all its mentions share ("Hurricane Katrina" for "Katrina"). */
  name: string;
  /** person (he, she, the pontiff) or thing (it, the storm, the ship); groups answer to "they". */
  kind: 'person' | 'thing' | 'group';
  /** True for a description ("the pontiff", "the storm") that names no one until salience does. */
  role: boolean;
  /** A ship or boat: English calls it "she". */
  vessel?: boolean;
  /** A party's description with its members named right after it ("The delegation - Ann Lee, Bo Ek and Tom Hale -"). */
  members?: string[];
  /** Named as who the traveller of its sentence takes along ("bringing Ann Lee and Bo Ek to six cities"). */
  along?: boolean;
}

const STORM = /\b((?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Cyclone|Tropical\s+Depression|Severe\s+Tropical\s+Storm|Post-Tropical\s+Cyclone|Storm|Supertyphoon))\s+(\p{Lu}[\p{Ll}'-]+)/gu;
// "the typhoon Nora", "super cyclone Ida": a storm word in lower case, then its name.
const STORM_LOWER = /\b(?:super\s+)?(hurricane|typhoon|cyclone|storm|supertyphoon)\s+(\p{Lu}[\p{Ll}'-]+)/gu;
const SHIP_PREFIX = /\b(HMS|USS|RMS|SS|MV|MS|HMAS|HMNZS|HMCS|RV|FV|INS|USNS|MT|MY|SY|NS|CSS|HMT|TS|HMHS|USNS|RRS)\s+((?:\p{Lu}[\p{L}'-]*)(?:\s+(?:\p{Lu}[\p{L}'-]*|of|de|der)){0,3})/gu;
const SHIP_NOUN = /\b(?:the\s+)?(?:ship|vessel|yacht|liner|schooner|barque|bark|brig|steamer|steamship|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|raft|balloon|airship|plane|aircraft|capsule|car|train)\s+(?:named\s+|called\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;
// "the Ever Given, a giant container ship": a name in apposition to a ship noun.
const SHIP_APPOSITION = /\b(?:the\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:ship|vessel|yacht|liner|schooner|barque|brig|steamer|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|ferry)\b/gu;
// "his ship, the Fram": a ship noun and then its name.
const SHIP_THEN_NAME = /\b(?:ship|vessel|yacht|liner|schooner|barque|brig|steamer|steamship|sloop|ketch|frigate|boat)\s*,\s+(?:the\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;
// "The Fram sailed from", "the Beagle anchored off": "the" and a name before a verb only vessels do.
const SHIP_VERB = /\b[Tt]he\s+(\p{Lu}[\p{Ll}'-]+)\s+(?:(?:had|has|was|then|first|finally|later|again)\s+)?(?:sailed|steamed|docked|anchored|berthed|moored|dropped\s+anchor|weighed\s+anchor|put\s+to\s+sea|put\s+into|ran\s+aground|coaled|was\s+launched|was\s+towed)\b/gu;
// "The British sailed", "the Dutch anchored": a people, not a ship.
const PEOPLE_WORD = /(?:ans|ese|ish|ch|ards|ies)$/;
// "The Silver Gulls opened", "the Black Swans flew": a capitalised plural after "the", before a verb, names a band or a team.
const GROUP_NAME = /\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{Ll}'’-]*[^s\W]s)(?=\s+(?:(?:had|have|were|are|will|would|then|later|also|first|finally|again)\s+)?([a-z]+))/gu;
const ABOARD = /\b(?:aboard|on\s+board)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;

const PERSON_ROLES = 'pontiff|pope|king|queen|prince|princess|president|premier|prime minister|minister|secretary|chancellor|leader|explorer|aviator|aviatrix|pilot|captain|skipper|commander|admiral|general|monarch|duke|duchess|emperor|empress|envoy|diplomat|senator|candidate|governor|mayor|astronaut|navigator|sailor|rower|cyclist|rider|runner|driver|climber|mountaineer|singer|star|rapper|musician|actor|actress|archbishop|patriarch|dalai lama|sultan|sheikh|emir|crown prince|first lady|chief|host|visitor|guest|traveller|traveler|pilgrim|naturalist|scientist|missionary|journalist|author|writer|adventurer';
// Plurals of the travellers that move together are groups too ("the two parties met again", "the ships took on supplies").
const GROUP_ROLES = 'couple|pair|duo|trio|delegation|party|team|band|crew|expedition|group|entourage|mission|royals|royal couple|travellers|travelers|pilgrims|riders|cyclists|peloton|climbers|sailors|explorers|family|orchestra|choir|squad|contingent|troops|caravan|migrants|refugees|evacuees|convoy|fleet|flotilla|armada|herd|flock|pod|tour|parties|groups|teams|crews|delegations|expeditions|convoys|fleets|ships|boats|vessels';
const THING_ROLES = 'storm|hurricane|typhoon|cyclone|system|depression|ship|vessel|boat|yacht|liner|schooner|barque|brig|sloop|ketch|clipper|galleon|caravel|carrack|dhow|canoe|catamaran|trimaran|cruiser|warship|battleship|icebreaker|tug|barge|steamship|freighter|tanker|ferry|frigate|destroyer|carrier|submarine|cutter|raft|balloon|airship|plane|aircraft|jet|flight|capsule|spacecraft|train|bus|truck|lorry|car|helicopter|flame|torch|baton|relay|race|stage|marathon|regatta|procession|parade|motorcade|relic|exhibition|whale|shark|turtle|bird|eagle|stork|crane|goose|albatross|wolf|bear|elephant|iceberg';
const PERSON_ROLE = new RegExp(`^(?:${PERSON_ROLES})$`);
const GROUP_ROLE = new RegExp(`^(?:${GROUP_ROLES})$`);
const SHIP_WORD = /\b(?:ship|vessel|yacht|liner|schooner|barque|bark|brig|steamer|steamship|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|ferry|raft|destroyer|submarine|clipper|galleon|caravel|carrack|dhow|canoe|catamaran|trimaran|cruiser|warship|battleship|icebreaker|tug|barge)\b/i;
const VEHICLE = /^(?:plane|aircraft|jet|train|bus|truck|lorry|car|motorcade|helicopter)$/;

// "Charles Darwin went ashore": two or three capitalised words right before a verb name a person.
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu;
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+)$/u;
const PARTICLE = new Set(['de', 'da', 'van', 'von', 'del', 'la', 'le', 'al', 'bin', 'ibn']);
const AFTER_NAME = /^,?\s+(?:(?:had|has|was|is|would|will|and|then|later|also|first|finally|himself|herself)\s+)?([a-z]+)/;
const PAST = /^(?:[a-z]+ed|said|says|told|went|took|came|left|made|set|saw|found|wrote|became|began|led|met|spent|ran|rode|flew|drove|sent|brought|gave|kept|held|won|lost|died|returned|reached)$/;
const NOT_NAME = /\b(?:Mr|Mrs|Ms|Dr|Mx|Prof|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St|The|A|An|In|On|At|By|From|To|For|Of|With|After|Before|When|While|During|Since|Then|But|And|Why|How|What|Where|Who|Which|If|As|So|Yet|Although|Though|Because|Once|Now|Here|There|North|South|East|West|New|Old|Great|Royal|National|United|Air|Force|Navy|Army|Ocean|Sea|River|Island|Islands|Bay|Cape|Mount|Mountain|Mountains|Hill|Hills|Valley|Point|Harbor|Harbour|Creek|Falls|Springs|Beach|Pass|Peak|Glacier|Canyon|Gulf|Strait|Lake|Republic|Kingdom|Empire|Company|Society|Street|Road|Station|Airport|Hotel|Palace|House|Church|Cathedral|Museum|University|College|Hospital|Park|Square|Day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Hurricane|Typhoon|Cyclone|Storm|Tropical|Tour|Rally|Race|Games|Olympic|Cup|Prize|Grand|Express|Princess|Prince|King|Queen|Pope|President|Minister|Secretary|Captain|General|Lord|Lady|Sir)\b/;

// "the expedition's captains, ", "the Moderator of the General Assembly, ": a role just before a name set off by commas.
// Three plain tests, each linear: a comma, an "of ..." tail dropped, a role word at the end.
const ROLE_AT_END = new RegExp(`\\b(?:${PERSON_ROLES}|moderator|bishop|cardinal|rabbi|imam|chairman|chairwoman|spokesman|spokeswoman|boyfriend|girlfriend|husband|wife|son|daughter|father|mother|brother|sister|companion|partner|mechanic|engineer|guide|interpreter|photographer|assistant|deputy)s?$`, 'i');
// eslint-disable-next-line regexp/no-super-linear-move -- roleBefore is given the 80 characters before a name, at most.
const OF_TAIL = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

/** True when `before` ends with a role and a comma ("his mechanic, ", "the Archbishop of Canterbury, "). */
function roleBefore(before: string): boolean {
  const comma = /,\s*$/.exec(before);
  if (!comma) return false;
  const head = before.slice(0, comma.index);
  return ROLE_AT_END.test(head.replace(OF_TAIL, ''));
}

const DATE_OR_PREPOSITION = /^(?:On|In|At|By|From|To|For|With|During|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October|November|December)$/; // (April, May, June and August are first names too.)
const APPOSITIVE_THEN = /^,\s+(?:the|a|an|his|her|their|its)\s+[^,.;]{1,60},\s+([a-z]+)/;
const AUX = /^(?:had|has|have|was|were|is|are|will|would|could|can|did|does)$/;
const POSSESSIVE_JOURNEY = /^['’]s\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|tour|journey|voyage|flight|plane|jet|motorcade|arrival|stop|stay|route|expedition|crossing|pilgrimage|homecoming|return|departure)\b/;
const OPENER = /^(?:Why|How|What|Where|When|While|Who|Which|If|As|So|Yet|Although|Though|Because|Once|Now|Here|There|But|And|Then|After|Before|Since|Until|Unlike|Like|Later|Earlier|Meanwhile|Afterwards|Finally|Today|Yesterday|Tomorrow|Next|Also|Still|Instead|Soon|Eventually|Last|This|That)$/;
// eslint-disable-next-line regexp/no-super-linear-move -- runs on the 40 characters before a name, at most.
const OF_HEAD = /(\p{Lu}[\p{L}'’-]*)\s+of\s+(the\s+)?$/u;

/** A capitalised word of the text with its offsets. */
interface Cap {
  w: string;
  start: number;
  end: number;
}

function capitalisedWords(text: string): Cap[] {
  const out: Cap[] = [];
  CAPITALISED.lastIndex = 0;
  // Only where a word starts: "McDonald" is one word, not "Donald" inside it.
  for (const m of text.matchAll(CAPITALISED)) {
    // "Trump's day": the possessive is not part of the name.
    // (The trailing marks are matched from the first of their run only: a word may be a long run of them.)
    const w = m[0].replace(/['’]s$/, '').replace(/(?<!['’-])['’-]+$/, '');
    out.push({ w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** Offsets already taken by a mention, so a later pass does not take them twice (linear, not a scan of every mention). */
class Taken {
  private readonly starts = new Set<number>();
  add(m: { start: number; end: number }, caps: readonly Cap[]): void {
    for (let i = firstAtLeast(caps, (c) => c.start, m.start); i < caps.length && (caps[i]?.start ?? Infinity) < m.end; i++) this.starts.add(caps[i]?.start ?? -1);
  }
  has(start: number): boolean {
    return this.starts.has(start);
  }
}

/** People named without a title: before a verb ("Charles Darwin went ashore"), after a role and a comma ("the Moderator, Iain Greenshields,"), or joined by "and" to one of those ("Hillary Clinton and Donald Trump are"). */
function addNamedPeople(text: string, caps: readonly Cap[], out: TravellerMention[], taken: Taken, isPlaceName: (name: string) => boolean): void {
  const found: { start: number; end: number; name: string; sure: boolean; andNext: boolean; listNext: boolean }[] = [];
  for (let i = 0; i < caps.length; i++) {
    const first = caps[i];
    // "Why Nicole made the trip", "When Ann Lee landed": a sentence's opening word is not part of the name after it.
    // "On Monday Tom Hale flew": a preposition or a day before a name is passed over, not taken for the start of one.
    if (!first || taken.has(first.start) || !NAME_WORD.test(first.w) || OPENER.test(first.w) || DATE_OR_PREPOSITION.test(first.w)) continue;
    // Up to three name words, joined by single spaces, a name particle ("Lula da Silva") or a middle initial ("Henry M. Stanley").
    let j = i;
    let end = first.end;
    while (j + 1 < caps.length && j - i < 3) {
      const next = caps[j + 1];
      if (!next) break;
      const gap = text.slice(end, next.start);
      const initial = next.w.length === 1 && text[next.end] === '.' && gap === ' ' && NAME_WORD.test(caps[j + 2]?.w ?? '') && text.slice(next.end + 1, caps[j + 2]?.start ?? 0) === ' ';
      if (initial) {
        j += 2;
        end = caps[j]?.end ?? end;
        continue;
      }
      if (!NAME_WORD.test(next.w)) break;
      if (gap !== ' ' && !(gap.startsWith(' ') && gap.endsWith(' ') && PARTICLE.has(gap.trim()))) break;
      j++;
      end = next.end;
    }
    if (j === i) continue;
    // A word of it already names someone ("Mr Pompeo" where findPeople found Pompeo): not a new name.
    if (caps.slice(i, j + 1).some((c) => taken.has(c.start))) {
      i = j;
      continue;
    }
    const name = text.slice(first.start, end);
    const rest = text.slice(end, end + 40);
    const after = AFTER_NAME.exec(rest)?.[1] ?? '';
    i = j;
    if (NOT_NAME.test(name) || NOT_A_PERSON.test(name) || isPlaceName(name) || name.split(/\s+/).some((w) => isPlaceName(w))) continue;
    // "the Cape of Good Hope, put in at": the end of a longer name ("Cape of", "Bank of") is no person.
    const head = OF_HEAD.exec(text.slice(Math.max(0, first.start - 40), first.start));
    if (head && (NOT_NAME.test(head[1] ?? '') || isPlaceName(`${head[1] ?? ''} of ${head[2] ?? ''}${name}`))) continue;
    const beforeVerb = (VERB_FORMS.has(after) || PAST.test(after)) && !/^\s+and\s+\p{Lu}/u.test(rest);
    // "Xi Jinping's first visit to", "Ann Lee's plane": a name whose journey the text tells is a traveller.
    const journeyOf = POSSESSIVE_JOURNEY.test(text.slice(end, end + 60));
    // "Mitch Seavey, the 2004 champion, had a tighter finish": a name, an appositive between commas, then its verb.
    const apposedVerb = APPOSITIVE_THEN.exec(text.slice(end, end + 100))?.[1] ?? '';
    const beforeAppositiveVerb = VERB_FORMS.has(apposedVerb) || PAST.test(apposedVerb) || AUX.test(apposedVerb);
    const apposed = roleBefore(text.slice(Math.max(0, first.start - 80), first.start)) && /^\s*(?:,|and\b|\))/.test(rest);
    found.push({ start: first.start, end, name, sure: beforeVerb || apposed || journeyOf || beforeAppositiveVerb, andNext: /^\s+and\s+\p{Lu}/u.test(rest), listNext: /^,\s+\p{Lu}/u.test(rest) });
  }
  // "A and B went": B before the verb makes A a person too; so does a role before A ("the captains, A and B").
  // "A, B and C went": a list of names that ends in such a pair is people, every one.
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    const next = found[k + 1];
    if (f && !f.sure && f.andNext && next?.sure && /^\s+and\s+$/.test(text.slice(f.end, next.start))) f.sure = true;
    if (f && !f.sure && f.listNext && next?.sure && (next.andNext || next.listNext) && /^,\s+$/.test(text.slice(f.end, next.start))) f.sure = true;
  }
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const prev = found[k - 1];
    if (f && !f.sure && prev?.sure && prev.andNext && /^\s+and\s+$/.test(text.slice(prev.end, f.start)) && /^\s*(?:,|\)|[a-z]+)/.test(text.slice(f.end, f.end + 12))) f.sure = true;
  }
  for (const f of found) if (f.sure) out.push({ start: f.start, end: f.end, name: f.name, kind: 'person', role: false });
}

/**
 * Later bare mentions of a name by its last word ("Darwin", "Katrina", "Endurance") where only one
 * full name ends so, by the first word of a two-word person's name ("Xi" of "Xi Jinping") where only
 * one name starts so, and of a one-word ship's name.
 */
function addShortMentions(caps: readonly Cap[], out: TravellerMention[], taken: Taken, isPlaceName: (name: string) => boolean): void {
  const byShort = new Map<string, TravellerMention | null>();
  const add = (short: string, o: TravellerMention): void => {
    const known = byShort.get(short);
    byShort.set(short, known === undefined || known?.name === o.name ? o : null);
  };
  for (const o of out) {
    if (o.role) continue;
    const words = o.name.split(/\s+/);
    const short = words.at(-1) ?? '';
    // A one-word ship's name ("the Petrel") is its own short form: its later mentions count too.
    if (short.length >= 3 && !(short === o.name && o.vessel !== true) && !(o.kind === 'person' && isPlaceName(short))) add(short, o);
    // "Xi Jinping ... Xi flies on": a person may go by the first word of the name (a family name written first).
    const lead = words[0] ?? '';
    if (o.kind === 'person' && words.length === 2 && lead.length >= 2 && NAME_WORD.test(lead) && !NOT_NAME.test(lead) && !isPlaceName(lead)) add(lead, o);
  }
  for (const c of caps) {
    const m = byShort.get(c.w);
    if (!m || taken.has(c.start)) continue;
    out.push({ start: c.start, end: c.end, name: m.name, kind: m.kind, role: false, ...(m.vessel ? { vessel: true } : {}) });
  }
}

const DETERMINER = /\b(?:the|our|their|his|her)\s+/gi;
const ROLE_WORD = /[\p{L}-]+/uy;
const ROLES = new Set([...PERSON_ROLES.split('|'), ...GROUP_ROLES.split('|'), ...THING_ROLES.split('|')]);

/** True for a noun that names a person by office or rank ("king", "president", "captain"). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLE.test(word.toLowerCase());
}

/** True for a vehicle's noun ("jet", "motorcade"): it carries people and names none. */
export function isVehicleNoun(word: string): boolean {
  return VEHICLE.test(word.toLowerCase());
}

/** True for a noun that names a traveller of some kind ("train", "ship", "convoy", "pontiff"). */
export function isTravellerNoun(word: string): boolean {
  return ROLES.has(word.toLowerCase());
}

/** "the pontiff", "their convoy", "the royal couple", "the private jet": a determiner, up to two words, a role noun. */
function addRoles(text: string, out: TravellerMention[]): void {
  DETERMINER.lastIndex = 0;
  for (const d of text.matchAll(DETERMINER)) {
    let at = d.index + d[0].length;
    const words: string[] = [];
    for (let k = 0; k < 3; k++) {
      ROLE_WORD.lastIndex = at;
      const w = ROLE_WORD.exec(text)?.[0];
      if (!w || w.length > 30) break;
      words.push(w.toLowerCase());
      const two = words.length >= 2 ? `${words.at(-2) ?? ''} ${w.toLowerCase()}` : '';
      const noun = ROLES.has(two) ? two : ROLES.has(w.toLowerCase()) ? w.toLowerCase() : undefined;
      // "their tour in Lisbon", "his expedition to": after a possessive, a journey's noun is the journey, not who travels.
      if (noun !== undefined && words.length === 1 && /^(?:their|his|her|our)\s/i.test(d[0]) && JOURNEY_NOUNS.has(noun)) break;
      if (noun !== undefined) {
        // A vehicle carries its people: "the private jet" is whoever the text is about.
        const kind = PERSON_ROLE.test(noun) || VEHICLE.test(noun) ? 'person' : GROUP_ROLE.test(noun) ? 'group' : 'thing';
        out.push({ start: d.index, end: at + w.length, name: `the ${noun}`, kind, role: true, vessel: SHIP_WORD.test(noun) });
        break;
      }
      at += w.length;
      if (text[at] !== ' ') break;
      at++;
    }
  }
}

/**
 * Finds the travellers a text names that are not people (storms, ships, aircraft) and the role
 * nouns that describe any traveller ("the pontiff", "the delegation", "the storm"). People come
 * from findPeople; salience (assignTravellers) joins the descriptions to names.
 */
export function findTravellers(text: string, people: readonly PersonHit[] = [], isPlaceName: (name: string) => boolean = () => false): TravellerMention[] {
  const caps = capitalisedWords(text);
  const out: TravellerMention[] = people.map((p) => ({ start: p.start, end: p.end, name: p.name, kind: 'person' as const, role: false }));
  const storms = new Map<string, string>();
  // The first full name is the storm's name; "Tropical Storm Ida" then "Hurricane Ida" is one storm.
  const storm = (m: RegExpMatchArray, full: string): void => {
    const short = m[2] ?? '';
    if (!storms.has(short)) storms.set(short, full);
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: storms.get(short) ?? full, kind: 'thing', role: false });
  };
  for (const m of text.matchAll(STORM)) storm(m, `${(m[1] ?? '').replace(/\s+/g, ' ')} ${m[2] ?? ''}`);
  for (const m of text.matchAll(STORM_LOWER)) {
    const noun = m[1] ?? '';
    // "the storm Monday", "the hurricane Florida saw": a calendar word or a place after the storm word is no name.
    if (!NOT_NAME.test(m[2] ?? '') && !isPlaceName(m[2] ?? '')) storm(m, `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${m[2] ?? ''}`);
  }
  const ships = new Map<string, string>();
  // Most articles name no vessel: the two costlier patterns run only where a ship word occurs.
  const shipWords = SHIP_WORD.test(text) || /\b(?:balloon|airship|plane|aircraft|capsule|car|train)\b/i.test(text);
  for (const re of shipWords ? [SHIP_PREFIX, SHIP_NOUN, SHIP_APPOSITION, SHIP_THEN_NAME, ABOARD, SHIP_VERB] : [SHIP_PREFIX, ABOARD, SHIP_VERB]) {
    for (const m of text.matchAll(re)) {
      const name = re === SHIP_PREFIX ? `${m[1] ?? ''} ${m[2] ?? ''}` : (m[1] ?? '');
      if (name === '' || /^(?:The|A|An|He|She|It|They)$/.test(name)) continue;
      if (re === SHIP_VERB && (isPlaceName(name) || PEOPLE_WORD.test(name) || NOT_NAME.test(name))) continue;
      const short = re === SHIP_PREFIX ? (m[2] ?? '') : name;
      if (!ships.has(short)) ships.set(short, name);
      const start = re === SHIP_APPOSITION || re === SHIP_THEN_NAME ? m.index + m[0].lastIndexOf(name) : m.index + m[0].length - (m[re === SHIP_PREFIX ? 0 : 1] ?? '').length;
      out.push({ start, end: start + (re === SHIP_PREFIX ? m[0].length : name.length), name: ships.get(short) ?? name, kind: 'thing', role: false, vessel: re !== SHIP_NOUN || SHIP_WORD.test(m[0]) });
    }
  }
  // "The Gulls" after "The Silver Gulls" is that band: a group is known by its last word too.
  const groups = new Map<string, string>();
  const things = new Set(out.map((o) => o.name));
  // The last word of every person's name, once (a 5 MB text names thousands): "the Hales" beside "Tom Hale".
  const surnames = new Set(people.filter((p) => p.name.includes(' ')).map((p) => p.name.slice(p.name.lastIndexOf(' ') + 1)));
  for (const m of text.matchAll(GROUP_NAME)) {
    const name = m[1] ?? '';
    const verb = m[2] ?? '';
    // "The Serapis steamed": a ship's name that ends in s is the ship; "the Hales" are a family the text names one of.
    if (things.has(name) || surnames.has(name.slice(0, -1))) continue;
    // "The Netherlands", "the Alps", "The Americans", "the Games": a place, a people or an event is no band.
    if (isPlaceName(name) || isPlaceName(`The ${name}`) || isPlaceName(`the ${name}`) || isPlaceName(name.replace(/s$/, '')) || PEOPLE_WORD.test(name) || NOT_NAME.test(name)) continue;
    if (!(VERB_FORMS.has(verb) || PAST.test(verb))) continue;
    const start = m.index + m[0].length - name.length;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (!groups.has(last)) groups.set(last, `The ${name}`);
    out.push({ start, end: start + name.length, name: groups.get(last) ?? `The ${name}`, kind: 'group', role: false });
  }
  const taken = new Taken();
  for (const o of out) taken.add(o, caps);
  const before = out.length;
  addNamedPeople(text, caps, out, taken, isPlaceName);
  for (const o of out.slice(before)) taken.add(o, caps);
  addShortMentions(caps, out, taken, isPlaceName);
  addRoles(text, out);
  addMembers(text, out, isPlaceName);
  addTakenAlong(text, out, isPlaceName);
  return out.sort((a, b) => a.start - b.start);
}

// A verb of taking someone somewhere, and what follows its list of people: where they were taken.
const TAKES = /\b(?:taking|took|takes|take|bringing|brought|brings|carrying|carried|carries|flying|flew)\s+/g;
const TAKEN_TO = /^\s+(?:to|across|around|through|into|on\s+to|back\s+to)\b/;

/**
 * "the festival opens in Paris, bringing Ann Lee, Bo Ek and Tom Hale to six cities": people named
 * (full names) as what a verb of taking carries somewhere travel with the traveller of their
 * sentence. Each becomes a person mention marked `along`; assignTravellers gives them that
 * traveller's stops.
 */
function addTakenAlong(text: string, out: TravellerMention[], isPlaceName: (name: string) => boolean): void {
  const starts = new Set(out.map((o) => o.start));
  TAKES.lastIndex = 0;
  for (const t of text.matchAll(TAKES)) {
    const found = nameList(text, t.index + t[0].length, isPlaceName).map((f) => ({ ...f, along: true }));
    const last = found.at(-1);
    if (!last || !TAKEN_TO.test(text.slice(last.end, last.end + 16))) continue;
    keepNew(found, starts, out);
  }
}

// What opens a list of a party's members right after its description: a dash, a colon, a bracket or a comma.
const MEMBERS_OPEN = /\s*(?:[-\u2013\u2014:(]|,)\s*/y;
// One member: two to four capitalised words ("Ann Lee", "Jo Ann de Silva Hale"), then what joins the next.
const MEMBER = /(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})(\s*,\s*(?:and\s+)?|\s+and\s+)?/uy;

/**
 * "The delegation - Ann Lee, Bo Ek and Tom Hale - flew out at noon", "the crew: Ann Lee, Bo Ek and
 * Tom Hale": a party's description followed by two or more full names in a list
 * names its members. Each member becomes a person mention and the description keeps the list,
 * so where the party goes, its members go (assignTravellers). Reads a few words after each
 * party description only.
 */
function addMembers(text: string, out: TravellerMention[], isPlaceName: (name: string) => boolean): void {
  const added: TravellerMention[] = [];
  const starts = new Set(out.map((o) => o.start));
  for (const g of out) {
    if (!g.role || g.kind !== 'group') continue;
    MEMBERS_OPEN.lastIndex = g.end;
    if (!MEMBERS_OPEN.test(text)) continue;
    const found = nameList(text, MEMBERS_OPEN.lastIndex, isPlaceName);
    if (found.length < 2) continue;
    g.members = found.map((f) => f.name);
    keepNew(found, starts, added);
  }
  out.push(...added);
}

/** The full names listed from `at` ("Ann Lee, Bo Ek and Tom Hale"), at most twenty, as person mentions; none where a place or a word that is no name stands. */
function nameList(text: string, from: number, isPlaceName: (name: string) => boolean): TravellerMention[] {
  const found: TravellerMention[] = [];
  let at = from;
  for (let k = 0; k < 20; k++) {
    MEMBER.lastIndex = at;
    const m = MEMBER.exec(text);
    const name = m?.[1];
    if (!m || name === undefined || isPlaceName(name) || NOT_NAME.test(name.split(/\s+/)[0] ?? '')) break;
    found.push({ start: at, end: at + name.length, name, kind: 'person', role: false });
    if (m[2] === undefined) break;
    at += m[0].length;
  }
  return found;
}

/** Adds to `into` the mentions no other mention starts where they start. */
function keepNew(found: readonly TravellerMention[], starts: Set<number>, into: TravellerMention[]): void {
  for (const f of found) {
    if (starts.has(f.start)) continue;
    starts.add(f.start);
    into.push(f);
  }
}
