import type { PersonHit } from '../types';

// Honorifics and offices that introduce a person's name.
const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Prof', 'Professor', 'Rev', 'Father', 'Sister',
  'President', 'Vice President', 'Prime Minister', 'Minister', 'Secretary', 'Secretary of State', 'Chancellor',
  'Senator', 'Sen', 'Rep', 'Representative', 'Governor', 'Gov', 'Mayor', 'General', 'Gen', 'Colonel', 'Col',
  'Captain', 'Capt', 'Lieutenant', 'Sergeant', 'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess',
  'Pope', 'Ambassador', 'Commissioner', 'Chief', 'Director', 'Chairman', 'Chairwoman', 'Spokesman', 'Spokeswoman',
  'Coach', 'Officer', 'Detective', 'Sheriff', 'Deputy', 'Speaker', 'Leader', 'Premier', 'Emperor', 'Admiral',
  // Ranks and offices of the forces, the churches and the courts ("Commander Robert E. Peary", "Cardinal Parolin").
  'Commander', 'Lieutenant Commander', 'Commodore', 'Major', 'Marshal', 'Field Marshal', 'Brigadier', 'Corporal',
  'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Imam', 'Sheikh', 'Lord', 'Duke', 'Duchess', 'Emir', 'Sultan', 'Tsar',
  'Crown Prince', 'Grand Duke',
];
const TITLE_RE = TITLES.map((t) => t.replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
// Only abbreviations take a full stop: "Dr. Lee", but "the King. Three of them" ends a sentence.
// "St." is left out: "St. Louis" and "St. Helena" are places far more often than saints are people in the news.
const ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt'];
const TITLE_DOT_RE = `(?:${ABBREVIATIONS.join('|')})\\.|(?:${TITLE_RE})`;
// A capitalised name word in any Latin script ("Inácio", "Ñúñez", "O'Brien"); then the particles
// that join the words of one name ("Lula da Silva", "van der Berg"), and letter boundaries that
// know accented letters (\b does not).
const NAME = "(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const JOIN = '(?:\\s+(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el|la|le))*\\s+';
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
// "Mr Pompeo", "Foreign Minister Mukhtar Tleuberdi", "Secretary of State Mike Pompeo".
// A middle initial ("Henry M. Stanley") belongs to the name.
const TITLED = new RegExp(`${START}(?:${TITLE_DOT_RE})\\s+((?:${NAME}${JOIN}(?:\\p{Lu}\\.\\s+)?){0,3}${NAME})${END}`, 'gu');
// "the explorer Roald Amundsen": a lower-case role noun before a full name.
const ROLE = new RegExp(`\\b(?:explorer|minister|president|leader|official|spokes(?:man|woman|person)|envoy|actor|actress|singer|writer|author|coach|player|captain|lawyer|attorney|judge|professor|scientist|doctor|commander|activist|journalist|reporter|director|founder|chairman|chairwoman|economist|analyst|historian|architect|artist|poet|pilot|astronaut|senator|governor|mayor|ambassador|diplomat|dissident|opposition leader|candidate|premier|chancellor)\\s+(${NAME}${JOIN}(?:${NAME}${JOIN}){0,2}${NAME})${END}`, 'gu');
// "Mike Pompeo said": two or three capitalised words before a speech verb. Every name starts with a
// capital, so the leading (?=\p{Lu}) changes no match: it spares the look-behind at every other character.
const SPEAKER = new RegExp(`(?=\\p{Lu})${START}((?:${NAME}${JOIN}){1,3}${NAME})(?=,?\\s+(?:said|says|told|added|wrote|asked|argued|insisted|warned|announced|explained|stated)\\b)`, 'gu');

/** Finds people named in the text and links surname-only mentions ("Mr Pompeo") to the full name ("Mike Pompeo"). */
export function findPeople(text: string, isPlaceName: (name: string) => boolean = () => false): PersonHit[] {
  const raw: { start: number; end: number; text: string }[] = [];
  for (const re of [TITLED, ROLE, SPEAKER]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const name = stripTitles(m[1] ?? '');
      const start = m.index + m[0].length - name.length;
      if (name === '') continue;
      if (isPlaceName(name) || NOT_A_PERSON.test(name) || name.split(/\s+/).some(isPlaceName)) continue;
      raw.push({ start, end: start + name.length, text: name });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: PersonHit[] = [];
  let lastEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue;
    hits.push({ ...r, name: r.text });
    lastEnd = r.end;
  }
  return linkSurnames(hits);
}

/** Sentence openers, and the words that make a capitalised phrase an organisation rather than a person. */
export const NOT_A_PERSON = /^(?:The|A|An|In|On|At|But|And|He|She|It|They|We|This|That|When|After|Before)\b|\b(?:Authority|Ministry|Council|Party|Committee|Company|Bank|University|Association|Agency|Department|Office|Commission|Organi[sz]ation|Union|Group|Corporation|Times|Post|News|Court|Army|Navy|Police|Service|Institute|Foundation|Fund|Board|House|Senate|Congress|Parliament|Government|Club|Airlines?|Motors|Inc|Ltd|Watch|Rights|International|Network|Alliance|Forum|Cent(?:er|re)|Society|Federation|League|Trust|Media|Press|Reuters|Health|State|Islamic|Democratic|Republican|Liberal|Conservative|Labour|Front|Movement|Brigade|Brigades|Guard|Guards|Forces|Command|Fleet)\b/;

const LEADING_TITLE = new RegExp(`^(?:(?:${TITLE_RE})\\.?\\s+)+`);

/** Removes honorifics and offices from the front of a captured name ("Mr Pompeo" -> "Pompeo"). */
function stripTitles(name: string): string {
  return name.replace(LEADING_TITLE, '');
}

/** Gives each single-word mention the full name that ends with it, where exactly one does. */
function linkSurnames(hits: PersonHit[]): PersonHit[] {
  const full = [...new Set(hits.map((h) => h.name).filter((n) => n.includes(' ')))];
  return hits.map((h) => {
    if (h.name.includes(' ')) return h;
    const matches = full.filter((f) => f.endsWith(` ${h.name}`));
    return matches.length === 1 && matches[0] !== undefined ? { ...h, name: matches[0] } : h;
  });
}
