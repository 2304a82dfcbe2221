import { MONTH_NAME, WEEKDAY_NAME } from '../times/calendarNames';
import { isTravellerNoun } from './findTravellers';
import { DOING_NOUNS, JOURNEY_NOUNS, PARTICLES, SLACK_WORDS, VERB_FORMS, type VerbClass, type VerbForm } from './motionLexicon';

/** What the words before a place say the traveller does there. */
export type Move = 'to' | 'at' | 'from' | 'via' | 'start' | 'end' | 'home';

/** When the clause puts the movement: done, done before the narrative's point, going on now, still ahead, or next after the clause before ("before flying on to"). */
export type Tense = 'past' | 'perfect' | 'present' | 'future' | 'sequel';

/** A journey cue read right before a place: the move, its tense and polarity, the words that said so. */
export interface Cue {
  move: Move;
  tense: Tense;
  negated: boolean;
  /** "his previous visit to", "on an earlier trip": the place belongs to an earlier journey. */
  earlier: boolean;
  /** Offset of the cue's first word in the window. */
  at: number;
  text: string;
  /** The verb's lemma, or the journey noun. */
  head: string;
  /** Where the cue was a verb whose subject is to its left (a noun cue has its own owner). */
  verb: boolean;
  /** A doing verb ("met ... in"), not a movement. */
  weak: boolean;
  /** Someone else moves: "forcing refugees to return to", "people that returned from", "an outbreak originating from". */
  other?: boolean;
}

/** A word of the window with its offset. */
interface Word {
  w: string;
  lower: string;
  at: number;
}

const WORD = /[\p{L}\p{N}'’-]+|[,;:()"“”—–]/gu;
const PREPS = new Set(['to', 'for', 'toward', 'towards', 'into', 'onto', 'in', 'at', 'on', 'near', 'off', 'outside', 'inside', 'over', 'across', 'through', 'via', 'past', 'along', 'around', 'by', 'from', 'of', 'within', 'throughout', 'beyond', 'between', 'up', 'down']);
const AUX_FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', 'gonna']);
const BEFORE_TO_FUTURE = new Set(['due', 'set', 'expected', 'scheduled', 'slated', 'going', 'planning', 'plans', 'plan', 'planned', 'hopes', 'hoping', 'wants', 'intends', 'intend', 'poised', 'about', 'likely', 'forecast', 'predicted', 'projected', 'tipped', 'bound', 'ready', 'preparing', 'prepares', 'aims', 'aiming', 'is', 'are', 'expects', 'hope', 'want']);
// "meant to go", "chose to fly": verbs whose infinitive has their own subject.
const OWN_INFINITIVE = new Set(['meant', 'means', 'mean', 'chose', 'choose', 'chooses', 'sought', 'seeks', 'seek', 'began', 'begins', 'begin', 'got', 'vowed', 'promised', 'decided', 'agreed', 'refused', 'managed', 'tried', 'wished', 'wanted']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'cannot', 'failed', 'unable', 'nor', 'without']);
const EARLIER = new Set(['previous', 'earlier', 'prior', 'former', 'past', 'first-ever']);
const FUTURE_NOUN = new Set(['upcoming', 'planned', 'scheduled', 'forthcoming', 'proposed', 'next', 'coming', 'expected', 'impending']);
const CANCELLED_NOUN = new Set(['cancelled', 'canceled', 'postponed', 'scrapped', 'aborted', 'abandoned', 'shelved', 'axed', 'called-off', 'delayed']);
const MAX_OBJECT = 6;
// How many more words a path or destination phrase lets stand between the verb and the place.
const PHRASE_WORDS = 4;
const LOCATIVE_PREPS: ReadonlySet<string | undefined> = new Set(['at', 'near', 'off']);
// eslint-disable-next-line regexp/no-super-linear-move -- readCue reads a cue window: at most WINDOW = 140 characters before a place, or nine words of the 200 characters after a fronted one (findTravelCues).
const NAMING = /\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:(?:it|they|he|she|we|locals|sailors)\s+)?(?:called|named|dubbed|christened|known\s+as)\s+$/i;
// The name is not a day or a month alone: "three weeks from Sunday in Rome" counts time, it names no place.
// Two unknown names may stand joined ("called at Chan May and Cai Lan in Vietnam").
const UNKNOWN_THEN_IN = new RegExp(`\\b(from|to|via|at|in)\\s+(?!(?:${WEEKDAY_NAME}|${MONTH_NAME})\\s+(?:in|on)\\s)(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:and\\s+(?=\\p{Lu}))?){1,5}(?:in|on)\\s+(?:the\\s+)?$`, 'u');
// Words before a participle that are not its subject: "before flying", "and heading", "then sailing".
const NOT_NOUN = new Set(['before', 'after', 'while', 'when', 'and', 'or', 'but', 'then', 'also', 'again', 'still', 'just', 'not', 'after', 'since', 'without', 'by', 'on', 'upon', 'having', 'being', 'been', 'is', 'are', 'was', 'were', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'itself', 'himself', 'herself', 'themselves', 'ago', 'later', 'earlier', 'first', 'finally', 'eventually', 'soon', 'now', 'today', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'days', 'hours', 'weeks', 'years']);
// Verbs of a show whose object may be the place it is given in ("played Munich", "headlined Glastonbury").
const SHOW_VERBS = new Set(['play', 'headline', 'perform']);
// Nouns for a settled place that "the ... X of" puts before a name ("the old mill town of Lyon").
const SETTLEMENT = new Set(['town', 'city', 'village', 'port', 'capital', 'hamlet', 'resort', 'island', 'settlement', 'outpost', 'enclave', 'suburb', 'district', 'region', 'province', 'state']);
const ARTICLE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'four', 'several', 'many', 'first', 'second', 'third', 'last', 'next', 'final', 'brief', 'short', 'long', 'official', 'state', 'surprise', 'whirlwind', 'historic', 'planned', 'upcoming', 'previous', 'earlier', 'this', 'that', "week's", "day's", 'further', 'more', 'other']);
// Words an object phrase does not cross: another clause's link, another preposition.
const STOP_OBJECT = new Set([',', ';', '"', '“', 'and', 'or', 'but', 'to', 'from', 'into', 'toward', 'towards', 'over', 'through', 'across', 'via', 'which', 'who', 'where', 'when', 'while', 'because', 'if']);

function words(window: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(window)) !== null) {
    // Most words hold no curly apostrophe: a replace per word of every window was the finder's main cost.
    const w = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    out.push({ w, lower: w.toLowerCase(), at: m.index });
  }
  return out;
}

/** The move a verb class makes of a place after the preposition `prep` (undefined for a direct object). */
function moveOf(cls: VerbClass, lemma: string, prep: string | undefined, particles: ReadonlySet<string>): Move | undefined {
  if (particles.has('home')) return prep === 'from' ? 'from' : 'home';
  if (prep === undefined) {
    if (cls === 'reach') return 'at';
    if (cls === 'leave') return 'from';
    if (cls === 'pass') return 'via';
    // "then played Munich", "headlined Glastonbury": a show's verb with a place for its object is a stop there.
    if (SHOW_VERBS.has(lemma)) return 'at';
    return undefined;
  }
  if (prep === 'from' || (prep === 'of' && particles.has('out'))) return cls === 'end' ? undefined : 'from';
  if (['across', 'through', 'via', 'throughout'].includes(prep)) return 'via';
  if (['past', 'along', 'around', 'by', 'beyond'].includes(prep)) return cls === 'go' || cls === 'pass' ? 'via' : undefined;
  if (cls === 'begin') return ['in', 'at', 'on', 'with', 'near', 'outside', 'over', 'off'].includes(prep) ? 'start' : undefined;
  if (cls === 'end') return ['in', 'at', 'on', 'near', 'outside', 'with'].includes(prep) ? 'end' : undefined;
  if (cls === 'leave') return prep === 'for' || prep === 'to' ? 'to' : undefined;
  if (cls === 'pass') return prep === 'over' || prep === 'into' ? 'via' : undefined;
  if (prep === 'over') return cls === 'go' ? 'via' : 'at';
  if (['to', 'for', 'toward', 'towards', 'into', 'onto'].includes(prep)) {
    if (cls === 'go' || cls === 'arrive') return prep === 'for' && lemma !== 'head' && lemma !== 'set' && lemma !== 'leave' && lemma !== 'sail' && lemma !== 'depart' ? (cls === 'go' ? 'to' : undefined) : 'to';
    // "slammed into Havana", "ploughed into the coast at": a verb of striking with "into" is there.
    if (cls === 'reach' && (prep === 'into' || prep === 'onto')) return 'at';
    return cls === 'reach' || cls === 'act' ? undefined : 'to';
  }
  if (['in', 'at', 'on', 'near', 'off', 'outside', 'inside', 'within'].includes(prep)) return 'at';
  return undefined;
}

/** Reads tense and polarity from the words before a verb at index `v`. */
function tenseBefore(ws: readonly Word[], v: number, form: VerbForm['form']): { tense: Tense; negated: boolean; from: number } {
  let tense: Tense | undefined;
  let negated = false;
  let from = v;
  for (let i = v - 1; i >= Math.max(0, v - 5); i--) {
    const t = ws[i]?.lower ?? '';
    if (t === ',' || t === ';' || t === '(' || t === '"') break;
    if (NEGATION.has(t) || t.endsWith("n't")) {
      negated = true;
      from = i;
      continue;
    }
    if (AUX_FUTURE.has(t)) {
      tense ??= 'future';
      from = i;
      continue;
    }
    if (t === 'to') {
      const prev = ws[i - 1]?.lower ?? '';
      if (BEFORE_TO_FUTURE.has(prev) || prev === 'to') tense ??= 'future';
      from = i;
      continue;
    }
    // "after visiting X": done before the clause it hangs on; "before flying to X": after it.
    if (t === 'after' || t === 'having') {
      tense ??= 'perfect';
      from = i;
      continue;
    }
    if (t === 'before' || t === 'then') {
      tense ??= 'sequel';
      from = i;
      continue;
    }
    if (t === 'had' || t === "'d") {
      tense ??= 'perfect';
      from = i;
      continue;
    }
    if (t === 'has' || t === 'have' || t === 'did') {
      tense ??= 'past';
      from = i;
      continue;
    }
    if (t === 'was' || t === 'were') {
      tense ??= 'past';
      from = i;
      continue;
    }
    if (t === 'is' || t === 'are' || t === 'am' || t === 'does' || t === 'do') {
      tense ??= 'present';
      from = i;
      continue;
    }
    if (t === 'be' || t === 'been' || t === 'being' || t === 'also' || t === 'later' || t === 'finally' || t === 'first' || t === 'eventually' || t === 'already' || t === 'briefly' || t === 'just' || t === 'still' || t === 'once' || t === 'again' || t === 'subsequently' || t === 'soon' || t === 'earlier' || t === 'previously' || t === 'since' || t === 'recently') continue;
    if (BEFORE_TO_FUTURE.has(t) && (ws[i + 1]?.lower === 'to')) continue;
    break;
  }
  // "..., riding from X to Y": a participle with no auxiliary keeps the tense of the clause it hangs on.
  tense ??= form === 'ed' || form === 'en' ? 'past' : form === 'ing' ? 'sequel' : 'present';
  return { tense, negated, from };
}

/**
 * "crossed the coast near Buras": after an article or a possessive, a word that is also a verb of
 * motion is a noun, and a noun of motion ("the coast", "the drift") with "near", "in" or "at" says
 * where something lies, not that anyone went there. With "to" it still tells a journey ("the
 * climb to the summit"), so only the place prepositions make it a noun here.
 */
function nounOfMotion(ws: readonly Word[], i: number, prep: string | undefined): boolean {
  if (!ARTICLE.has(ws[i - 1]?.lower ?? '')) return false;
  const v = VERB_FORMS.get(ws[i]?.lower ?? '');
  return v !== undefined && v.lemma !== 'be' && prep !== undefined && ['in', 'at', 'on', 'near', 'off', 'outside', 'inside', 'within'].includes(prep);
}

/** Skips back over the words that may sit between a preposition and its place. */
function skipSlack(ws: readonly Word[], i: number): number {
  let steps = 0;
  while (i >= 0 && steps < 8) {
    const t = ws[i];
    if (!t) break;
    const capitalised = /^\p{Lu}/u.test(t.w) && i > 0 && ws[i - 1]?.lower !== ',';
    // "slipped out of Plymouth": "of" there is the preposition, not the "of" of "the port city of".
    if (t.lower === 'of' && ws[i - 1]?.lower === 'out') break;
    if (SLACK_WORDS.has(t.lower) || (capitalised && SLACK_WORDS.has(ws[i - 1]?.lower ?? '')) || (capitalised && PREPS.has(ws[i - 1]?.lower ?? ''))) {
      i--;
      steps++;
      continue;
    }
    // "the old mill town of", "the quiet Alpine town of": before a settlement noun and "of", any two words back to the article.
    if (SETTLEMENT.has(ws[i + 1]?.lower ?? '') && ws[i + 2]?.lower === 'of') {
      const article = [i - 1, i - 2].find((k) => k >= 0 && ARTICLE.has(ws[k]?.lower ?? ''));
      if (article !== undefined) {
        i = article - 1;
        steps++;
        continue;
      }
    }
    break;
  }
  return i;
}

/**
 * Reads the journey cue that governs a place from the words before it in its clause (`window`
 * ends right before the place): a movement or presence verb with its preposition ("flew on to",
 * "made landfall near", "spent two days in", "left"), or a journey noun ("a visit to", "the
 * voyage from"). Undefined when the place is only mentioned.
 */
export function readCue(text: string): Cue | undefined {
  const cue = readCueIn(text);
  // The words as the article has them ("wheels down in", not the "landed in" it was read as): offsets hold.
  return cue ? { ...cue, text: text.slice(cue.at, cue.at + cue.text.length) } : undefined;
}

function readCueIn(text: string): Cue | undefined {
  // "from Tanjung Pelepas in Malaysia": a country after a name we do not know shares that name's move.
  const inner = UNKNOWN_THEN_IN.exec(text);
  if (inner?.[1] !== undefined) return readCueIn(text.slice(0, inner.index + inner[1].length + 1));
  // "wintered at a base they called Framheim": the place is the thing named, so the cue is the words before it.
  const naming = NAMING.exec(text);
  if (naming) return readCueIn(text.slice(0, naming.index));
  // "by way of" is "via", "wheels down in" is "landed in", and a storm that "took shape over" a place formed there (padded with a
  // mark no word holds and no trim drops, so offsets and the cue's length hold).
  const window = text
    .replace(/\bby\s+way\s+of\b/gi, (m) => 'via'.padEnd(m.length, '_'))
    .replace(/\bwheels\s+down\b/gi, (m) => 'landed'.padEnd(m.length, '_'))
    .replace(/\b(?:took|takes|taking|take)\s+shape\b/gi, (m) => 'formed'.padEnd(m.length, '_'))
    // "steamed into the pack north of Svalbard", "sailed east of Iceland": a bearing from a place is near it.
    .replace(/\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b/gi, (m) => 'near'.padEnd(m.length, '_'));
  const ws = words(window);
  let i = skipSlack(ws, ws.length - 1);
  const end = window.length;
  const first = ws[i];
  if (!first) return undefined;
  let prep: string | undefined;
  if (PREPS.has(first.lower)) {
    prep = first.lower;
    i--;
    // "out of", "on to", "up to": the particle belongs to the preposition.
  }
  const particles = new Set<string>();
  let steps = 0;
  while (i >= 0 && steps < 3 && PARTICLES.has(ws[i]?.lower ?? '') && !VERB_FORMS.has(ws[i]?.lower ?? '')) {
    particles.add(ws[i]?.lower ?? '');
    i--;
    steps++;
  }
  // "began Monday, March 9, in": a date between the verb and its preposition.
  if (prep !== undefined) i = skipDate(ws, i);
  // "en route to", "bound for", "on his way to"
  const head = ws[i];
  if (!head) return undefined;
  const noun = JOURNEY_NOUNS.get(head.lower) ?? (head.lower === 'bound' || head.lower === 'route' ? 'to' : undefined);
  // "two visits to", "her stop in": a determiner makes a word that is also a verb a noun.
  const nounish = !VERB_FORMS.has(head.lower) || DETERMINERS.has(ws[i - 1]?.lower ?? '') || /^\d/.test(ws[i - 1]?.lower ?? '');
  if (noun !== undefined && prep !== undefined && nounish) return nounCue(ws, i, noun, prep, window, end);
  if (DOING_NOUNS.has(head.lower) && prep !== undefined && ['in', 'at', 'on'].includes(prep)) {
    const c = nounCue(ws, i, 'at', prep, window, end);
    return c ? { ...c, weak: true } : undefined;
  }
  // "the long run home: Tahiti, New Zealand, ...": a list after a journey phrase and a colon.
  if (head.lower === ':' && prep === undefined) return colonCue(ws, i, window, end);
  // "is due in Tokyo", "was due back in Rome", "is expected at Marseilles": an appointment ahead.
  if ((head.lower === 'due' || (head.lower === 'expected' && ['is', 'are', 'was', 'were', 'be'].includes(ws[i - 1]?.lower ?? ''))) && prep !== undefined && ['in', 'at', 'to', 'on'].includes(prep)) return { move: 'at', tense: 'future', negated: NEGATION.has(ws[i - 1]?.lower ?? ''), earlier: false, at: head.at, text: window.slice(head.at, end).trim(), head: head.lower, verb: true, weak: false };
  // "followed the rivers west to", "worked south via": a heading says the traveller moves, whatever the verb.
  if (prep !== undefined && ['to', 'into', 'toward', 'towards', 'via', 'through', 'across', 'past', 'by'].includes(prep) && [...particles].some((p) => HEADINGS.has(p))) {
    const directed = headedCue(ws, i, window, end, ['to', 'into', 'toward', 'towards'].includes(prep) ? 'to' : 'via');
    if (directed) return directed;
  }
  // "made for the islands": "make for" is heading there.
  if (prep === 'for' && /^(?:make|makes|made|making)$/.test(head.lower)) return verbCue(ws, i, { lemma: 'make', cls: 'go', form: head.lower === 'made' ? 'ed' : head.lower === 'making' ? 'ing' : head.lower === 'makes' ? 's' : 'base' }, 'to', window, end);
  // "across the desert, following the telegraph poles, to Urga": the words between commas aside, the verb before them governs.
  if (head.lower === ',' && prep !== undefined) {
    const open = lastComma(ws, i - 1);
    if (open > 0 && i - open <= 8) {
      const around = window.slice(0, ws[open]?.at ?? 0) + ' ' + (ws[i + 1]?.w ?? '') + ' ';
      const inner = readCue(around);
      if (inner) return { ...inner, text: window.slice(inner.at).trim() };
    }
    // "entered the canal at its southern end, near Suez", "landed at the airport, outside Baghdad": a place set off by a
    // comma says where the move before it was.
    if (['near', 'outside', 'off', 'in', 'at'].includes(prep)) {
      const inner = readCue(`${window.slice(0, head.at)} ${prep} `);
      // (Going to, being at or leaving "the airport, outside Baghdad" puts the traveller at Baghdad; a doing verb's place,
      // "met the envoy, in Rome", is left to the reading without the comma.)
      if (inner && !inner.weak && (inner.move === 'at' || inner.move === 'to' || inner.move === 'from')) return { ...inner, move: 'at', text: window.slice(inner.at).trim() };
    }
  }
  const verb = nounOfMotion(ws, i, prep) ? undefined : VERB_FORMS.get(head.lower);
  if (verb) {
    // "Still ahead are Botswana and Senegal", "Next is Rome": stops to come.
    if (verb.lemma === 'be' && prep === undefined && ['ahead', 'next', 'left'].includes(ws[i - 1]?.lower ?? '')) return { move: 'at', tense: 'future', negated: false, earlier: false, at: ws[i - 1]?.at ?? head.at, text: window.slice(ws[i - 1]?.at ?? head.at, end).trim(), head: 'be', verb: true, weak: false };
    // "the next stop is", "her destination was": a journey noun as the subject of "be".
    if (verb.lemma === 'be' && prep === undefined) {
      const n = ws[i - 1];
      const kind = n ? JOURNEY_NOUNS.get(n.lower) : undefined;
      if (!n || kind === undefined) return undefined;
      const ahead = ws.slice(Math.max(0, i - 4), i).some((w) => FUTURE_NOUN.has(w.lower) || w.lower === 'final' || w.lower === 'last') || verb.form === 's';
      const at = ws[Math.max(0, i - 3)]?.at ?? n.at;
      return { move: 'at', tense: ahead && verb.form === 's' ? 'future' : verb.form === 'ed' ? 'past' : 'present', negated: false, earlier: false, at, text: window.slice(at, end).trim(), head: n.lower, verb: false, weak: false };
    }
    // "was first past the Cape of Good Hope", "was off Ushant", "is near Beira": where the traveller has got to.
    if (verb.lemma === 'be' && prep !== undefined && ['past', 'off', 'near'].includes(prep) && [...particles].every((p) => ['now', 'still', 'already', 'first', 'well', 'just'].includes(p))) return { ...verbCue(ws, i, verb, prep === 'past' ? 'via' : 'at', window, end), weak: false };
    if (verb.lemma === 'be' && (prep === undefined || !['in', 'at', 'on', 'aboard'].includes(prep) || [...particles].some((p) => !['now', 'still', 'already', 'currently', 'back', 'then', 'briefly', 'again'].includes(p)))) return undefined;
    // "Then came Sydney", "After Irkutsk came Tomsk": the place after "came" is the next stop.
    const afterPlace = /^\p{Lu}/u.test(ws[i - 1]?.w ?? '') && ws.slice(Math.max(0, i - 5), i - 1).some((w) => w.lower === 'after');
    if (verb.lemma === 'come' && prep === undefined && (['then', 'next', 'later', 'soon', 'after', 'finally'].includes(ws[i - 1]?.lower ?? '') || afterPlace)) return { ...verbCue(ws, i, verb, 'at', window, end), tense: 'sequel' };
    const move = moveOf(verb.cls, verb.lemma, prep, particles);
    // A show played at a place ("played Munich") takes the performer there, whether or not they had moved before.
    if (move !== undefined && prep === undefined && SHOW_VERBS.has(verb.lemma)) return { ...verbCue(ws, i, verb, move, window, end), weak: false };
    if (move !== undefined) return verbCue(ws, i, verb, move, window, end);
    if (prep === undefined) return undefined;
  }
  if (prep === undefined) return undefined;
  // An object between the verb and the preposition: "met the president in", "spent two days in",
  // "crossed the Pacific to", "took the train to".
  let headed = false;
  // "rolled into the freight terminal at Barking", "sailed across the finish line off Ushant": the phrase before the place says where the traveller went.
  let reached: Move | undefined;
  let limit = i - MAX_OBJECT;
  for (let j = i; j >= Math.max(0, limit); j--) {
    const t = ws[j];
    // "came to Zanzibar from Bombay": a departure may follow the destination.
    // "from Zanzibar to Bombay", "a voyage from Lisbon to": a departure and a destination pair up.
    // "ran across the desert to Urga": a path may come before the destination.
    // "moved out over the frozen sea from Cape Columbia": a path may stand before a departure too.
    const path = (prep === 'to' || prep === 'into' || prep === 'from') && ['across', 'through', 'over', 'via'].includes(t?.lower ?? '');
    const locative = LOCATIVE_PREPS.has(prep) && reached === undefined;
    const into = locative && ['into', 'to', 'onto'].includes(t?.lower ?? '');
    const across = locative && ['across', 'through', 'past', 'over'].includes(t?.lower ?? '');
    const paired = (prep === 'from' && (t?.lower === 'to' || t?.lower === 'into')) || (t?.lower === 'from' && (prep === 'to' || prep === 'for'));
    if (!t || (STOP_OBJECT.has(t.lower) && !path && !paired && !into && !across)) break;
    // Each such phrase or pair lets the verb stand a few words further back ("heads south from Be'er Sheva across the Negev desert to").
    if (path || paired || into || across) limit -= PHRASE_WORDS;
    if (into) reached = 'to';
    else if (across) reached = 'at';
    const v = nounOfMotion(ws, j, prep) ? undefined : VERB_FORMS.get(t.lower);
    // "dropping south through the dunes to": after a heading, a verb we do not know still moves the traveller.
    if (!v && headed && (prep === 'to' || prep === 'into') && /^[a-z]{3,}(?:ed|ing)$/.test(t.lower)) return verbCue(ws, j, { lemma: t.lower, cls: 'go', form: t.lower.endsWith('ing') ? 'ing' : 'ed' }, 'to', window, end);
    if (HEADINGS.has(t.lower)) headed = true;
    // "families detained in China": a verb we do not know governs the place.
    if (!v && j <= i && /^[a-z]{3,}ed$/.test(t.lower) && !JOURNEY_NOUNS.has(t.lower)) break;
    // "a base it called Framheim on the bay": "called" with an object names, it does not put in.
    if (v && (v.lemma === 'call' || v.lemma === 'put') && j < i) break;
    if (v && v.lemma !== 'be' && v.lemma !== 'put') {
      if (reached !== undefined) return v.cls === 'go' || v.cls === 'arrive' || (v.cls === 'pass' && reached === 'at') ? verbCue(ws, j, v, reached, window, end) : undefined;
      const towards = ['to', 'for', 'toward', 'towards', 'into'].includes(prep);
      if (towards && (v.cls === 'go' || v.cls === 'pass' || v.cls === 'leave')) return verbCue(ws, j, v, 'to', window, end);
      // "had arrived here earlier in the day from Hammerfest": where an arrival came from is left.
      if (prep === 'from' && (v.cls === 'go' || v.cls === 'leave' || v.cls === 'arrive')) return verbCue(ws, j, v, 'from', window, end);
      if (!towards && ['in', 'at', 'on', 'near', 'outside'].includes(prep)) {
        const move: Move = v.cls === 'begin' ? 'start' : v.cls === 'end' ? 'end' : 'at';
        if (v.cls !== 'leave' && v.cls !== 'pass') return verbCue(ws, j, v, move, window, end);
        // "crossed the coast near Buras", "crossed the border at Tecun Uman": where the crossing was, passed through.
        if (v.cls === 'pass' && (prep === 'near' || prep === 'at')) return verbCue(ws, j, v, 'via', window, end);
      }
      break;
    }
    if (v) break;
    if (JOURNEY_NOUNS.has(t.lower) && j < i) {
      const n = JOURNEY_NOUNS.get(t.lower);
      if (n !== undefined) return nounCue(ws, j, n, prep, window, end);
    }
  }
  return undefined;
}

const HEADINGS: ReadonlySet<string> = new Set('north south east west northeast northwest southeast southwest northward southward eastward westward northwards southwards eastwards westwards inland upriver downriver upstream downstream overland'.split(' '));
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,4}(?:st|nd|rd|th)?|,|on|of|the)$/;

const SPAN_NUMBER = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)$/;
const SPAN_UNIT = /^(?:days?|weeks?|months?|years?|nights?)$/;

/** Skips back over a date between a verb and its preposition ("began Monday, March 9, in", "ends three weeks from Sunday in"). */
function skipDate(ws: readonly Word[], i: number): number {
  let j = i;
  while (j >= 0 && j > i - 7 && DATE_WORD.test(ws[j]?.lower ?? '')) j--;
  // Only a date that holds a day or month name counts, not a stray comma.
  if (!ws.slice(j + 1, i + 1).some((w) => /^[a-z]{3,}$/.test(w.lower) && w.lower !== 'the')) return i;
  // "three weeks from Sunday", "two days after May 4": a span counted from the date belongs to it.
  if (['from', 'after', 'before'].includes(ws[j]?.lower ?? '') && SPAN_UNIT.test(ws[j - 1]?.lower ?? '') && SPAN_NUMBER.test(ws[j - 2]?.lower ?? '')) return j - 3;
  return j;
}

/** The verb before a heading ("followed the rivers west to"): any verb, known or not, moves the traveller. */
function headedCue(ws: readonly Word[], i: number, window: string, end: number, move: Move): Cue | undefined {
  for (let j = i; j >= Math.max(0, i - MAX_OBJECT); j--) {
    const t = ws[j];
    if (!t || (STOP_OBJECT.has(t.lower) && t.lower !== 'and')) return undefined;
    const known = VERB_FORMS.get(t.lower);
    if (known && known.lemma !== 'be') return verbCue(ws, j, known, move, window, end);
    const form = /^[a-z]{3,}ed$/.test(t.lower) ? 'ed' : /^[a-z]{3,}ing$/.test(t.lower) ? 'ing' : undefined;
    if (form !== undefined) return verbCue(ws, j, { lemma: t.lower, cls: 'go', form }, move, window, end);
  }
  return undefined;
}

/** Index of the last comma at or before `i`, or -1. */
function lastComma(ws: readonly Word[], i: number): number {
  for (let j = i; j >= 0; j--) if (ws[j]?.lower === ',') return j;
  return -1;
}

function colonCue(ws: readonly Word[], colon: number, window: string, end: number): Cue | undefined {
  for (let j = colon - 1; j >= Math.max(0, colon - 6); j--) {
    const t = ws[j]?.lower ?? '';
    const kind = JOURNEY_NOUNS.get(t);
    if (kind !== undefined || t === 'itinerary' || t === 'schedule' || t === 'stops' || t === 'route') {
      const at = ws[Math.max(0, j - 2)]?.at ?? 0;
      const ahead = ws.slice(Math.max(0, j - 4), colon).some((w) => FUTURE_NOUN.has(w.lower) || AUX_FUTURE.has(w.lower) || w.lower === 'includes' || w.lower === 'include');
      return { move: kind === 'to' ? 'to' : 'at', tense: ahead ? 'future' : 'past', negated: false, earlier: false, at, text: window.slice(at, end).trim(), head: t, verb: false, weak: false };
    }
    const v = VERB_FORMS.get(t);
    if (v && v.lemma !== 'be' && (v.cls === 'go' || v.cls === 'reach')) return verbCue(ws, j, v, v.cls === 'go' ? 'to' : 'at', window, end);
  }
  return undefined;
}

function verbCue(ws: readonly Word[], v: number, verb: VerbForm, move: Move, window: string, end: number): Cue {
  const { tense, negated, from } = tenseBefore(ws, v, verb.form);
  // "had previously visited": an adverb that points to another journey ("earlier" may be this one's).
  const earlier = ws.slice(Math.max(0, from - 3), v).some((w) => w.lower === 'previously' || w.lower === 'formerly');
  const at = ws[from]?.at ?? 0;
  const cue: Cue = { move, tense, negated, earlier, at, text: window.slice(at, end).trim(), head: verb.lemma, verb: true, weak: verb.cls === 'act' };
  if (otherSubject(ws, from, v, verb)) cue.other = true;
  return cue;
}

/**
 * True when the verb's subject is not the clause's traveller: an infinitive after an object
 * ("forcing asylum-seekers to return"), a restrictive relative ("people that returned"), a
 * participle right after a common noun ("an outbreak originating from").
 */
function otherSubject(ws: readonly Word[], from: number, v: number, verb: VerbForm): boolean {
  const before = ws[from - 1]?.lower ?? '';
  const first = ws[from]?.lower ?? '';
  // "forcing people to return", "urged the pope to visit": an object before the infinitive is who moves.
  if (first === 'to' && from === v - 1) return /^[a-z-]{2,}$/.test(ws[from - 1]?.w ?? '') && !BEFORE_TO_FUTURE.has(before) && !OWN_INFINITIVE.has(before) && !VERB_FORMS.has(before) && !before.endsWith('ed') && !NOT_NOUN.has(before) && !PARTICLES.has(before);
  if (from === v && (verb.form === 'ing' || verb.form === 'ed' || verb.form === 'en')) {
    // "people that returned" is someone else; "a tour that began in Paris" is the traveller's own.
    // "a train that set out from Yiwu" is the traveller too.
    if (before === 'that' || before === 'which') return !JOURNEY_NOUNS.has(ws[from - 2]?.lower ?? '') && !isTravellerNoun(ws[from - 2]?.lower ?? '');
    // "Amundsen, who sailed from": a relative after a comma (or at the clause's start, split there) tells of the name before it.
    // "Cook, who says ... and who arrived at": a second relative joined by "and" tells of the same name.
    if (before === 'who') return from - 2 >= 0 && ws[from - 2]?.lower !== ',' && ws[from - 2]?.lower !== 'and';
    return verb.form === 'ing' && /^[a-z]{3,}$/.test(before) && !PARTICLES.has(before) && !PREPS.has(before) && !NOT_NOUN.has(before);
  }
  return false;
}

function nounCue(ws: readonly Word[], n: number, kind: 'at' | 'to', prep: string, window: string, end: number): Cue | undefined {
  const noun = ws[n]?.lower ?? '';
  let move: Move | undefined;
  if (prep === 'from') move = 'from';
  else if (['through', 'via', 'across', 'over', 'along', 'around', 'past'].includes(prep)) move = 'via';
  else if (kind === 'at' && ['to', 'in', 'at', 'of', 'on', 'near', 'into', 'around', 'throughout'].includes(prep)) move = 'at';
  else if (kind === 'to' && ['to', 'for', 'toward', 'towards', 'into', 'back'].includes(prep)) move = noun === 'return' || noun === 'homecoming' ? 'home' : 'to';
  else if (kind === 'to' && ['in', 'at', 'of'].includes(prep)) move = 'at';
  if (move === undefined) return undefined;
  // "a trip that began with a stop in Britain", "ended with two nights in Rome".
  const framed = ws.slice(Math.max(0, n - 5), n).map((w) => w.lower);
  if (move === 'at' && framed.includes('with') && framed.some((w) => /^(?:began|begins|begin|begun|started|starts|opened|opens|kicked)$/.test(w))) move = 'start';
  else if (move === 'at' && framed.includes('with') && framed.some((w) => /^(?:ended|ends|end|finished|finishes|closed|closes|wrapped|wraps|concluded|concludes)$/.test(w))) move = 'end';
  let tense: Tense = 'past';
  let negated = false;
  let earlier = false;
  let from = n;
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const t = ws[i]?.lower ?? '';
    if (t === ',' || t === ';') break;
    if (FUTURE_NOUN.has(t)) tense = 'future';
    if (CANCELLED_NOUN.has(t)) negated = true;
    if (EARLIER.has(t) || (t === 'last' && ['visit', 'visits', 'trip', 'trips', 'tour', 'voyage', 'journey', 'expedition'].includes(noun))) earlier = true;
    // "The Gulls opened their tour in": the noun's words stop at a name (the subject stays outside the cue).
    if (/^\p{Lu}/u.test(ws[i]?.w ?? '')) break;
    from = i;
  }
  const at = ws[from]?.at ?? 0;
  return { move, tense, negated, earlier, at, text: window.slice(at, end).trim(), head: noun, verb: false, weak: false };
}
