import type { PersonHit } from '../types';
import { NOT_A_PERSON } from '../people/findPeople';
import { VERB_FORMS } from './motionLexicon';

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
}

const STORM = /\b((?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Cyclone|Tropical\s+Depression|Severe\s+Tropical\s+Storm|Post-Tropical\s+Cyclone|Storm|Supertyphoon))\s+(\p{Lu}[\p{Ll}'-]+)/gu;
const SHIP_PREFIX = /\b(HMS|USS|RMS|SS|MV|MS|HMAS|HMNZS|HMCS|RV|FV|INS|USNS|MT|MY|SY|NS|CSS|HMT|TS|HMHS|USNS|RRS)\s+((?:\p{Lu}[\p{L}'-]*)(?:\s+(?:\p{Lu}[\p{L}'-]*|of|de|der)){0,3})/gu;
const SHIP_NOUN = /\b(?:the\s+)?(?:ship|vessel|yacht|liner|schooner|barque|bark|brig|steamer|steamship|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|raft|balloon|airship|plane|aircraft|capsule|car|train)\s+(?:named\s+|called\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;
// "the Ever Given, a giant container ship": a name in apposition to a ship noun.
const SHIP_APPOSITION = /\b(?:the\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:ship|vessel|yacht|liner|schooner|barque|brig|steamer|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|ferry)\b/gu;
const ABOARD = /\b(?:aboard|on\s+board)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;

const PERSON_ROLES = 'pontiff|pope|king|queen|prince|princess|president|premier|prime minister|minister|secretary|chancellor|leader|explorer|aviator|aviatrix|pilot|captain|skipper|commander|admiral|general|monarch|duke|duchess|emperor|empress|envoy|diplomat|senator|candidate|governor|mayor|astronaut|navigator|sailor|rower|cyclist|rider|runner|driver|climber|mountaineer|singer|star|rapper|musician|actor|actress|archbishop|patriarch|dalai lama|sultan|sheikh|emir|crown prince|first lady|chief|host|visitor|guest|traveller|traveler|pilgrim|naturalist|scientist|missionary|journalist|author|writer|adventurer';
const GROUP_ROLES = 'couple|pair|duo|trio|delegation|party|team|band|crew|expedition|group|entourage|mission|royals|royal couple|travellers|travelers|pilgrims|riders|cyclists|peloton|climbers|sailors|explorers|family|orchestra|choir|squad|contingent|troops|caravan|migrants|refugees|evacuees|convoy|fleet|flotilla|armada|herd|flock|pod|tour';
const THING_ROLES = 'storm|hurricane|typhoon|cyclone|system|depression|ship|vessel|boat|yacht|liner|schooner|barque|steamer|freighter|tanker|ferry|frigate|destroyer|carrier|submarine|cutter|raft|balloon|airship|plane|aircraft|jet|flight|capsule|spacecraft|train|bus|truck|lorry|car|helicopter|flame|torch|baton|relay|race|marathon|regatta|procession|parade|motorcade|relic|exhibition|whale|shark|turtle|bird|eagle|stork|crane|goose|albatross|wolf|bear|elephant|iceberg';
const ROLE = new RegExp(`\\b(?:the|our|their|his|her)\\s+(?:(?:\\p{Lu}[\\p{Ll}]+|[a-z]+-?[a-z]*)\\s+){0,2}?(${PERSON_ROLES}|${GROUP_ROLES}|${THING_ROLES})\\b`, 'gu');
const PERSON_ROLE = new RegExp(`^(?:${PERSON_ROLES})$`);
const GROUP_ROLE = new RegExp(`^(?:${GROUP_ROLES})$`);
const SHIP_WORD = /\b(?:ship|vessel|yacht|liner|schooner|barque|bark|brig|steamer|steamship|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|ferry|raft|destroyer|submarine)\b/i;
const VEHICLE = /^(?:plane|aircraft|jet|train|bus|truck|lorry|car|motorcade|helicopter)$/;

// "Charles Darwin went ashore": two or three capitalised words right before a verb name a person.
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)?|\\p{Lu}\\p{Ll}*\\p{Lu}\\p{Ll}+";
const NAME_PAIR = new RegExp(`(?<![\\p{L}\\p{N}])((?:${NAME_WORD})(?:\\s+(?:de|da|van|von|del|la|le|al|bin|ibn))?(?:\\s+(?:${NAME_WORD})){1,2})(?=,?\\s+(?:had|has|was|is|would|will|and|then|later|also|first|finally|himself|herself)?\\s*([a-z]+))`, 'gu');
const NOT_NAME = /\b(?:The|A|An|In|On|At|By|From|To|For|Of|With|After|Before|When|While|During|Since|Then|But|And|North|South|East|West|New|Old|Great|Royal|National|United|Air|Force|Navy|Army|Ocean|Sea|River|Island|Islands|Bay|Cape|Mount|Gulf|Strait|Lake|Republic|Kingdom|Empire|Company|Society|Street|Road|Station|Airport|Hotel|Palace|House|Church|Cathedral|Museum|University|College|Hospital|Park|Square|Day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Hurricane|Typhoon|Cyclone|Storm|Tropical|Tour|Rally|Race|Games|Olympic|Cup|Prize|Grand|Express|Princess|Prince|King|Queen|Pope|President|Minister|Secretary|Captain|General|Lord|Lady|Sir)\b/;

/** People named without a title ("Charles Darwin went ashore"), and their bare surnames after. */
function addNamedPeople(text: string, out: TravellerMention[], isPlaceName: (name: string) => boolean): void {
  const names = new Set(out.filter((o) => o.kind === 'person' && !o.role).map((o) => o.name));
  for (const m of text.matchAll(NAME_PAIR)) {
    const name = m[1] ?? '';
    const next = m[2] ?? '';
    if (NOT_NAME.test(name) || NOT_A_PERSON.test(name) || isPlaceName(name) || name.split(/\s+/).some((w) => isPlaceName(w))) continue;
    if (!VERB_FORMS.has(next) && !/^(?:[a-z]+ed|said|says|told|went|took|came|left|made|set|saw|found|wrote|became|began|led|met|spent|ran|rode|flew|drove|sent|brought|gave|kept|held|won|lost|died|returned|reached)$/.test(next)) continue;
    if (out.some((o) => o.start < m.index + name.length && m.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + name.length, name, kind: 'person', role: false });
    names.add(name);
  }
  // Bare surnames of the people found: "Darwin" after "Charles Darwin".
  const bySurname = new Map<string, string | null>();
  for (const n of names) {
    const last = n.split(/\s+/).at(-1) ?? '';
    if (last.length < 3 || isPlaceName(last)) continue;
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== n ? null : n);
  }
  for (const [surname, full] of bySurname) {
    if (full === null || full === undefined) continue;
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) if (!out.some((o) => o.start <= m.index && m.index < o.end)) out.push({ start: m.index, end: m.index + surname.length, name: full, kind: 'person', role: false });
  }
}

function push(out: TravellerMention[], start: number, end: number, name: string, kind: TravellerMention['kind'], role: boolean): void {
  out.push({ start, end, name, kind, role });
}

/**
 * Finds the travellers a text names that are not people (storms, ships, aircraft) and the role
 * nouns that describe any traveller ("the pontiff", "the delegation", "the storm"). People come
 * from findPeople; salience (assignTravellers) joins the descriptions to names.
 */
export function findTravellers(text: string, people: readonly PersonHit[] = [], isPlaceName: (name: string) => boolean = () => false): TravellerMention[] {
  const out: TravellerMention[] = people.map((p) => ({ start: p.start, end: p.end, name: p.name, kind: 'person' as const, role: false }));
  addNamedPeople(text, out, isPlaceName);
  const storms = new Map<string, string>();
  for (const m of text.matchAll(STORM)) {
    const full = `${(m[1] ?? '').replace(/\s+/g, ' ')} ${m[2] ?? ''}`;
    const short = m[2] ?? '';
    const known = storms.get(short);
    // The first full name is the storm's name; "Tropical Storm Ida" then "Hurricane Ida" is one storm.
    if (!known) storms.set(short, full);
    push(out, m.index, m.index + m[0].length, known ?? full, 'thing', false);
  }
  const ships = new Map<string, string>();
  for (const re of [SHIP_PREFIX, SHIP_NOUN, SHIP_APPOSITION, ABOARD]) {
    for (const m of text.matchAll(re)) {
      const name = re === SHIP_PREFIX ? `${m[1] ?? ''} ${m[2] ?? ''}` : (m[1] ?? '');
      if (name === '' || /^(?:The|A|An|He|She|It|They)$/.test(name)) continue;
      const short = re === SHIP_PREFIX ? (m[2] ?? '') : name;
      if (!ships.has(short)) ships.set(short, name);
      const start = re === SHIP_APPOSITION ? m.index + m[0].indexOf(name) : m.index + m[0].length - (m[re === SHIP_PREFIX ? 0 : 1] ?? '').length;
      out.push({ start, end: start + (re === SHIP_PREFIX ? m[0].length : name.length), name: ships.get(short) ?? name, kind: 'thing', role: false, vessel: re !== SHIP_NOUN || SHIP_WORD.test(m[0]) });
    }
  }
  // Later bare mentions of a storm's or ship's short name: "Katrina", "Endurance".
  for (const [short, full] of [...storms, ...ships]) {
    if (short.length < 3) continue;
    const vessel = ships.has(short);
    const re = new RegExp(`(?<![\\p{L}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) if (!out.some((o) => o.start <= m.index && m.index < o.end)) out.push({ start: m.index, end: m.index + short.length, name: full, kind: 'thing', role: false, vessel });
  }
  for (const m of text.matchAll(ROLE)) {
    const noun = (m[1] ?? '').toLowerCase();
    // A vehicle carries its people: "the private jet" is whoever the text is about.
    const kind = PERSON_ROLE.test(noun) || VEHICLE.test(noun) ? 'person' : GROUP_ROLE.test(noun) ? 'group' : 'thing';
    out.push({ start: m.index, end: m.index + m[0].length, name: `the ${noun}`, kind, role: true, vessel: SHIP_WORD.test(noun) });
  }
  return out.sort((a, b) => a.start - b.start);
}
