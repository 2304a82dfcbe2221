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
}

const STORM = /\b((?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Cyclone|Tropical\s+Depression|Severe\s+Tropical\s+Storm|Post-Tropical\s+Cyclone|Storm|Supertyphoon))\s+(\p{Lu}[\p{Ll}'-]+)/gu;
const SHIP_PREFIX = /\b(HMS|USS|RMS|SS|MV|MS|HMAS|HMNZS|HMCS|RV|FV|INS|USNS|MT|MY|SY|NS|CSS|HMT|TS|HMHS|USNS|RRS)\s+((?:\p{Lu}[\p{L}'-]*)(?:\s+(?:\p{Lu}[\p{L}'-]*|of|de|der)){0,3})/gu;
const SHIP_NOUN = /\b(?:the\s+)?(?:ship|vessel|yacht|liner|schooner|barque|bark|brig|steamer|steamship|freighter|tanker|boat|ketch|sloop|frigate|carrier|cutter|trawler|raft|balloon|airship|plane|aircraft|capsule|car|train)\s+(?:named\s+|called\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;
const ABOARD = /\b(?:aboard|on\s+board)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;

const PERSON_ROLES = 'pontiff|pope|king|queen|prince|princess|president|premier|prime minister|minister|secretary|chancellor|leader|explorer|aviator|aviatrix|pilot|captain|skipper|commander|admiral|general|monarch|duke|duchess|emperor|empress|envoy|diplomat|senator|candidate|governor|mayor|astronaut|navigator|sailor|rower|cyclist|rider|runner|driver|climber|mountaineer|singer|star|rapper|musician|actor|actress|archbishop|patriarch|dalai lama|sultan|sheikh|emir|crown prince|first lady|chief|host|visitor|guest|traveller|traveler|pilgrim|naturalist|scientist|missionary|journalist|author|writer|adventurer';
const GROUP_ROLES = 'couple|pair|duo|trio|delegation|party|team|band|crew|expedition|group|entourage|mission|royals|royal couple|travellers|travelers|pilgrims|riders|cyclists|peloton|climbers|sailors|explorers|family|orchestra|choir|squad|contingent|troops|caravan|migrants|refugees|evacuees|convoy|fleet|flotilla|armada|herd|flock|pod|tour';
const THING_ROLES = 'storm|hurricane|typhoon|cyclone|system|depression|ship|vessel|boat|yacht|liner|schooner|barque|steamer|freighter|tanker|ferry|frigate|destroyer|carrier|submarine|cutter|raft|balloon|airship|plane|aircraft|jet|flight|capsule|spacecraft|train|bus|truck|lorry|car|helicopter|flame|torch|baton|relay|race|marathon|regatta|procession|parade|motorcade|relic|exhibition|whale|shark|turtle|bird|eagle|stork|crane|goose|albatross|wolf|bear|elephant|iceberg';
const ROLE = new RegExp(`\\b(?:the|our|their|his|her)\\s+(?:(?:\\p{Lu}[\\p{Ll}]+|[a-z]+-?[a-z]*)\\s+){0,2}?(${PERSON_ROLES}|${GROUP_ROLES}|${THING_ROLES})\\b`, 'gu');
const PERSON_ROLE = new RegExp(`^(?:${PERSON_ROLES})$`);
const GROUP_ROLE = new RegExp(`^(?:${GROUP_ROLES})$`);
const VEHICLE = /^(?:plane|aircraft|jet|train|bus|truck|lorry|car|motorcade|helicopter)$/;

function push(out: TravellerMention[], start: number, end: number, name: string, kind: TravellerMention['kind'], role: boolean): void {
  out.push({ start, end, name, kind, role });
}

/**
 * Finds the travellers a text names that are not people (storms, ships, aircraft) and the role
 * nouns that describe any traveller ("the pontiff", "the delegation", "the storm"). People come
 * from findPeople; salience (assignTravellers) joins the descriptions to names.
 */
export function findTravellers(text: string): TravellerMention[] {
  const out: TravellerMention[] = [];
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
  for (const re of [SHIP_PREFIX, SHIP_NOUN, ABOARD]) {
    for (const m of text.matchAll(re)) {
      const name = re === SHIP_PREFIX ? `${m[1] ?? ''} ${m[2] ?? ''}` : (m[1] ?? '');
      if (name === '' || /^(?:The|A|An|He|She|It|They)$/.test(name)) continue;
      const short = re === SHIP_PREFIX ? (m[2] ?? '') : name;
      if (!ships.has(short)) ships.set(short, name);
      const start = m.index + m[0].length - (m[re === SHIP_PREFIX ? 0 : 1] ?? '').length;
      push(out, start, m.index + m[0].length, ships.get(short) ?? name, 'thing', false);
    }
  }
  // Later bare mentions of a storm's or ship's short name: "Katrina", "Endurance".
  for (const [short, full] of [...storms, ...ships]) {
    if (short.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) if (!out.some((o) => o.start <= m.index && m.index < o.end)) push(out, m.index, m.index + short.length, full, 'thing', false);
  }
  for (const m of text.matchAll(ROLE)) {
    const noun = (m[1] ?? '').toLowerCase();
    // A vehicle carries its people: "the private jet" is whoever the text is about.
    const kind = PERSON_ROLE.test(noun) || VEHICLE.test(noun) ? 'person' : GROUP_ROLE.test(noun) ? 'group' : 'thing';
    push(out, m.index, m.index + m[0].length, `the ${noun}`, kind, true);
  }
  return out.sort((a, b) => a.start - b.start);
}
