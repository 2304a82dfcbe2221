import type { When } from '../../story/types';
import type { SentenceFacts } from '../events/groupBySentence';
import type { PlaceHit, TimeHit } from '../types';
import { readCue, type Cue, type Move, type Tense } from './readCue';
import { VERB_FORMS } from './motionLexicon';
import { clauseAt, splitClauses } from './splitClauses';
import { isPostStamp } from '../times/isPostStamp';
import { isConnector } from './isConnector';
import { firstAtLeast } from '../firstAtLeast';
import { yearsOn } from './yearsOn';

/** Where a stop sits in a journey, relative to where the traveller is as the article is written. */
export type StopRole = 'first' | 'past' | 'current' | 'next';

/** A place the text puts on someone's journey, with the words that said so and how the clause frames it. */
export interface TravelCue {
  sentence: number;
  sentenceStart: number;
  place: PlaceHit;
  /** The coarse role the events stage reads: set out from, been to, is at, goes next. */
  role: StopRole;
  cue: string;
  move: Move;
  tense: Tense;
  /** Cancelled, postponed, denied: never a stop. */
  negated: boolean;
  /** Told as part of an earlier journey ("on her last visit to"). */
  earlier: boolean;
  /** Absolute offset where the cue's words start (its subject is before it). */
  cueStart: number;
  clauseStart: number;
  /** A doing verb ("met ... in", "spoke in") rather than a movement: a stop only for someone already travelling. */
  weak: boolean;
  /** The verb's lemma or the journey noun that made the cue ("be" for "was in"). */
  head?: string;
  /** Someone other than the clause's traveller moves ("forcing refugees to return to"): never a stop. */
  other?: boolean;
  /** The cue of the list this place continues ("visited Belarus and Ukraine"), and whether the list says its order ("then"). */
  listHead?: number;
  sequential?: boolean;
  /** Set by assignTravellers: who moves. */
  traveller?: string;
  /** Set by assignTravellers: people carried along (aboard the ship that moves), whose routes share this stop. */
  carried?: string[];
  /** Set by assignTravellers: the mover is a vessel carrying `carried`. */
  carrier?: boolean;
  /** The date the clause gives the stop, when it gives one. */
  when?: When;
  /** That date is a month or day told without its year ("in March"), so its year was guessed from publication. */
  yearless?: boolean;
  /** The clause's time is a window ("between March 6 and 13"): bounds, not the stop's own date. */
  window?: When;
}

const WINDOW = 140;
const TITLE_OF = /\b(?:Archbishop|Bishop|Duke|Duchess|Earl|Prince|Princess|Mayor|Governor|Church|University|Bank|Museum|Council|Republic|Kingdom|Diocese|Patriarch|Metropolitan|Emir|Sultan|King|Queen|Marquess|Baron|Count|Countess|Lord|Lady|Port|Gulf|Bay|Cape|Strait|Sea|Isle)\s+of\s+(?:the\s+)?$/;
const MAX_GAP = 160;
const SEQUEL = /\b(?:then|to|on to|onto|before|followed by|finally|next|later)\b/;
// "In Apia the King met ...": a place fronted before the verb that puts the traveller there.
const FRONTED = /^\s*(?:(?:and|then|later|next|finally|first|back|once|while)\s+)?(?:in|at|from|on arrival in|on arriving in)\s+(?:the\s+)?$/i;
const VIA = /\b(?:via|through|by way of)\b/;
// A country's or city's diplomatic post named after it ("the Vatican embassy", "Britain's consulate").
const POST_OF = /^(?:['’]s)?\s+(?:embassy|embassies|consulate|consulates|legation|high commission|nunciature|mission to)\b/i;
// A clause that is only a preposition or a sequence word before its place: the move of the clause before, left out.
// ("and on China's support" is a topic, not a move: "on" counts only in "on to".)
// ("reaching Cape Columbia ... and the ship at Cape Sheridan": what was reached may stand before the preposition.)
const ELLIPSIS = /^[\s,;]*(?:(?:and|or)\s+(?:(?:the|his|her|their|its)\s+[a-z]+\s+(?=at\b|in\b))?)?(?:(?:then|finally|next|later)\s+)?(?:(?:on\s+to|at|in|to|through|via|into|onto|across|past)\s+)?(?:the\s+)?$/i;
const EARLIER_OPENING = /^\W*(?:(?:on|during|in|for)\s+)?(?:his|her|their|its|the|a)\s+(?:previous|earlier|prior|last)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|voyage|journey|expedition|flight|stay|crossing|campaign)s?\b/i;
const OUTSIDE = /\boutside\s+(?:of\s+)?(?:the\s+)?$/i;
const VIA_PREPS = new Set(['through', 'via', 'across', 'past']);
// A sentence that says the plan told before it never happened ("That voyage was never made", "The plan was abandoned").
const PLAN_UNDONE = /^\s*(?:but\s+)?(?:that|this|the|these|those|such\s+an?)\s+(?:\w+\s+)?(?:plan|plans|voyage|voyages|trip|trips|visit|visits|journey|course|route|idea|tour|leg|stop|attempt|crossing|flight)\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:never|not|soon|later|quickly)\s*)?(?:made|carried\s+out|taken|completed|realised|realized|attempted|flown|sailed|abandoned|cancelled|canceled|called\s+off|scrapped|dropped|shelved|given\s+up)\b/i;
// Verbs whose past is spelled as their present ("put in at", "set out from", "cut across").
const SAME_PAST: ReadonlySet<string> = new Set(['put', 'set', 'cut', 'hit', 'spread', 'quit', 'let', 'cast', 'burst', 'shut', 'thrust']);
// "three days later", "a week afterwards".
const LATER_AFTER = /^\s+(?:later|afterwards|afterward|on)\b/i;
// How far from its place a "three days later" may stand.
const NEAR_CHARS = 200;
const SPEAKS_AFTER = /^\s+(?:said|says|announced|announces|confirmed|confirms|told|added|stated|reported)\b/;
const BARE_FROM = /\bfrom\s+(?:the\s+)?$/i;
const BARE_TO = /^\s*(?:,\s*)?(?:to|on\s+to|onto|into)\s+(?:the\s+)?\p{Lu}/u;
const AHEAD = /\b(?:will|shall|due|scheduled|set\s+to|expected|plans?|planned|next|upcoming|tomorrow)\b/i;
// A subject pronoun and a verb in the past ("she sat", "they had waited").
const PRONOUN_THEN_PAST = /^\s*(?:,\s*)?(?:he|she|they|it|we)\s+(?:had\s+|then\s+|later\s+|finally\s+)?([a-z]+ed|sat|spent|stood|slept|lay|kept|held|met|fought|found|saw|took|made|came|went|wrote|built|dug)\b/i;
// "will be her final port of call", "was the first stop", "is the next stop": a place named as a stop of the journey.
const STOP_AFTER = /^\s+(?:is|was|will\s+be)\s+(?:the|her|his|its|their)\s+(?:next|last|first|final|only|second|third)\s+(?:stop|stops|port|port\s+of\s+call|destination|call|leg|venue|stopover)\b/i;
// "a Kazakhstan visit", "the Manila leg", "the Ontario stage".
const AFTER = /^(?:['’]s)?\s+(?:visit|trip|stop|stopover|stay|leg|stage|tour|swing|concert|show|gig|landfall|arrival)\b/i;
const CANCELLED = /\b(?:cancel(?:l?ed|s|ling|lation)?|called\s+off|call\s+off|scrap(?:ped|s)?|postpone(?:d|s|ment)?|shelve(?:d|s)?|abandon(?:ed|s)?|aborted?|axed|dropped(?!\s+anchor)|skipped|ruled\s+out|scratched|neutrali[sz]ed|(?:was\s+)?(?:meant|supposed)\s+to|had\s+(?:been\s+)?(?:planned|hoped|intended|meant)|never\s+(?:made|reached|got)|failed\s+to|turned\s+back\s+(?:from|short)|no\s+longer|would\s+have)\b/i;
const INSTEAD = /\b(?:instead\s+of|rather\s+than|not|nor|but\s+not|never)\s+(?:to\s+|in\s+|at\s+|the\s+)?$/i;
const EARLIER_CLAUSE = /\b(?:previous|earlier|prior|former|last)\s+(?:visit|trip|tour|voyage|journey|expedition|flight|stay|edition|season|race|storm|hurricane|typhoon|cyclone|time)s?\b|\b(?:years|decades|a\s+year|a\s+decade|months)\s+(?:ago|earlier|before)\b|\bonce\s+(?:visited|sailed|flew|travel+ed|lived)\b|\bhad\s+(?:previously|once|last)\b|\bas\s+a\s+(?:young|child|boy|girl|student)\b|\bin\s+(?:his|her|their)\s+youth\b/i;

/** True when `place` is the region or country that holds `before` ("Tolosa, Leyte"). */
function QUALIFIES(place: PlaceHit, before: PlaceHit): boolean {
  return (place.kind === 'region' || place.kind === 'country' || place.kind === 'area') && before.kind !== 'country' && before.kind !== 'region' && (place.countryCode === undefined || place.countryCode === before.countryCode);
}

/** The verb after a fronted place ("In Apia the King met"): what the traveller did there, as a cue. */
function frontedCue(text: string): Cue | undefined {
  // "From Kalgan, a caravan town at the edge of the plateau, the route ran": an appositive after the place is skipped.
  const appositive = /^\s*,[^,;.]{1,90},/.exec(text);
  const after = appositive ? text.slice(appositive[0].length) : text;
  const ws = after.split(/\s+/).slice(0, 9);
  for (let i = 0; i < ws.length; i++) {
    const w = (ws[i] ?? '').toLowerCase().replace(/[^a-z'-]/g, '');
    const v = VERB_FORMS.get(w);
    if (!v || v.lemma === 'be') continue;
    const prefix = ws.slice(0, i + 1).join(' ');
    const cue = readCue(`${prefix} in`);
    if (cue) return { ...cue, move: 'at', text: prefix.trim() };
    break;
  }
  // "At Porto, in the north, she mended her sails": a pronoun and a verb in the past after a fronted place put the one it means there.
  const pronoun = PRONOUN_THEN_PAST.exec(after);
  if (pronoun) return { move: 'at', tense: 'past', negated: false, earlier: false, at: 0, text: pronoun[0].trim(), head: pronoun[1] ?? '', verb: true, weak: false };
  return undefined;
}

/** Whether a clause cancels its legs or tells an earlier trip, read once per clause. */
function clauseFraming(text: string, clause: { start: number; end: number }, memo: Map<number, { cancelled: boolean; earlier: boolean }>): { cancelled: boolean; earlier: boolean } {
  let f = memo.get(clause.start);
  if (!f) {
    const t = text.slice(clause.start, clause.end);
    f = { cancelled: CANCELLED.test(t), earlier: EARLIER_CLAUSE.test(t) };
    memo.set(clause.start, f);
  }
  return f;
}

function roleOf(move: Move, tense: Tense): StopRole {
  if (move === 'from' || move === 'start') return 'first';
  if (tense === 'future' || tense === 'sequel') return 'next';
  if (tense === 'perfect') return 'past';
  return 'current';
}

const RELATIVE = /^\s*(?:,\s*)?(?:where|which|who|whom|whose|when|while|although|though|because|since|as|amid|despite|after|before|until)\b/i;
const WHERE_NEXT = /^\s*(?:,\s*)?where\b/i;
const RELATIVE_AFTER = /\b(?:where|which|who|whose|when|that)\b/i;
const FINE: ReadonlySet<string> = new Set(['month', 'week', 'day', 'partOfDay', 'hour', 'minute']);

/**
 * The date a clause gives a place: the finest, then nearest, dated time in its clause; else the
 * sentence's only dated time when it stands in a main clause ("which fell in 2014" dates Mosul's
 * fall, not the visit).
 */
function clauseWhen(times: readonly TimeHit[], clause: { start: number; end: number }, text: string, starts: readonly number[], sentenceStart: number, placeStart: number): { when?: When; window?: When; yearless?: boolean } {
  // A liveblog's post time ("10:42 GMT — Wheels down in Erbil") says when it was written, not when the traveller got there.
  const dated = times.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.when !== undefined && !isPostStamp(text, t.start - sentenceStart, t.end - sentenceStart));
  // "Mosul, the city where the caliphate was proclaimed in 2014": a year told of the place, not of the visit.
  const aboutPlace = (t: TimeHit): boolean => t.start > placeStart && (t.when?.precision === 'year' || t.when?.precision === 'decade' || t.when?.precision === 'century') && RELATIVE_AFTER.test(text.slice(placeStart - sentenceStart, t.start - sentenceStart));
  const inClause = dated.filter((t) => t.start - sentenceStart >= clause.start && t.end - sentenceStart <= clause.end && !aboutPlace(t));
  const lone = dated.length === 1 && dated[0] ? dated[0] : undefined;
  const loneClause = lone ? clauseAt(starts, text.length, lone.start - sentenceStart) : undefined;
  // A clause "before/after/while doing" has a time of its own: the main clause's date is not its date.
  const subordinate = /^\s*(?:before|after|while)\b/i.test(text.slice(clause.start, clause.end));
  // The sentence's only date dates a later clause ("On Monday, she flew to Paris"), not an earlier one.
  const before = lone !== undefined && loneClause !== undefined && loneClause.start < clause.start;
  // "to Melbourne, where from February 16 she played three nights": the "where" clause right after the place tells what was done there, and when.
  const next = clause.end < text.length ? clauseAt(starts, text.length, clause.end) : undefined;
  const there = next && next.start === clause.end && WHERE_NEXT.test(text.slice(next.start, next.end)) && placeStart - sentenceStart < clause.end ? dated.filter((t) => t.start - sentenceStart >= next.start && t.end - sentenceStart <= next.end && FINE.has(t.when?.precision ?? '')) : [];
  const pool = inClause.length > 0 ? inClause : lone && loneClause && before && !subordinate && !RELATIVE.test(text.slice(loneClause.start, loneClause.end)) ? [lone] : there.slice(0, 1);
  let best: TimeHit | undefined;
  const fine = (t: TimeHit): number => (FINE.has(t.when?.precision ?? '') ? 1 : 0);
  for (const t of pool) if (!best || fine(t) > fine(best) || (fine(t) === fine(best) && Math.abs(t.start - placeStart) < Math.abs(best.start - placeStart))) best = t;
  const when = best?.when;
  if (!when) {
    // Only a post's stamp before it: the stop happened on the post's day, by the time the post was written.
    const post = times.find((t) => t.when?.start !== undefined && t.start < placeStart && isPostStamp(text, t.start - sentenceStart, t.end - sentenceStart));
    const stamp = post?.when?.start;
    return stamp !== undefined ? { when: { start: stamp.slice(0, 10), end: stamp, precision: 'day', before: stamp, label: 'before the post' } } : {};
  }
  // A window of more than a couple of days ("from March 6 to 13") bounds the stops inside it.
  const long = when.start !== undefined && when.end !== undefined && Date.parse(when.end.slice(0, 10)) - Date.parse(when.start.slice(0, 10)) > 2 * 86_400_000 && (when.precision === 'day' || when.precision === undefined);
  if (long) return { window: when };
  return best !== undefined && toldWithoutYear(best) ? { when, yearless: true } : { when };
}

/** A month or day the text gives without its year ("in March", "on June 9"), whose year the time finder guessed. */
function toldWithoutYear(t: TimeHit): boolean {
  return /^month/.test(t.rule ?? '') && !/\d{4}|\byear\b|\blast$/i.test(t.text);
}

/**
 * Finds places that the text puts on a journey: for each place, the clause's words before it
 * (readCue), a list that continues a cue ("visited Belarus, Ukraine and Moldova", "from X to
 * Y", "then Zurich and Rome"), or a journey noun after it ("the Kazakhstan visit"); with the
 * clause's tense, polarity (cancelled, postponed), whether it tells an earlier trip, and its date.
 */
export function findTravelCues(facts: readonly SentenceFacts[]): TravelCue[] {
  const cues: TravelCue[] = [];
  let previous: { index: number; from: number } | undefined;
  // The day of the last stop the text dated: "three days later" counts from it.
  let reference: string | undefined;
  for (const f of facts) {
    // "... her course lay round Cape Horn to San Francisco. That voyage was never made.": the plan told just before did not happen.
    if (previous && previous.index === f.index - 1 && PLAN_UNDONE.test(f.text)) {
      for (const c of cues.slice(previous.from)) if (c.tense !== 'past' && c.tense !== 'perfect') c.negated = true;
    }
    previous = { index: f.index, from: cues.length };
    if (f.places.length === 0) continue;
    const starts = splitClauses(f.text);
    // Offsets of the sentence's colons, found once: each place then looks its neighbours up, so a long sentence stays linear.
    const colons: number[] = [];
    for (let i = f.text.indexOf(':'); i >= 0; i = f.text.indexOf(':', i + 1)) colons.push(i);
    // "three days later": spans of days before "later", found once per sentence (most have none).
    const laters = f.times.filter((t) => t.type === 'DURATION' && LATER_AFTER.test(f.text.slice(t.end - f.range.start, t.end - f.range.start + 12)));
    const framings = new Map<number, { cancelled: boolean; earlier: boolean }>();
    // "Where to see her: June 1 — Paris June 5 — Lyon ...": a schedule dates each of its places.
    const schedule = scheduleOf(f);
    // "His previous European tour, in March 2019, took him to Rome, ... and to Monaco": a sentence that opens on an earlier trip tells only it.
    const earlierSentence = EARLIER_OPENING.test(f.text);
    let last: (TravelCue & { localEnd: number }) | undefined;
    // The place named just before this one in the sentence: an ellipsis repeats a move only from the place it follows.
    let before: (typeof f.places)[number] | undefined;
    for (const place of f.places) {
      if (place.demonym) continue;
      const previousPlace = before;
      before = place;
      const local = place.start - f.range.start;
      const clause = clauseAt(starts, f.text.length, local);
      // A colon ends what the words before it say of a place after it, unless the place opens the list it announces ("three cities: Paris, ...").
      const colon = lastBefore(colons, local);
      const from = Math.max(clause.start, local - WINDOW, colon >= 0 && /\S/.test(f.text.slice(colon + 1, local)) ? colon + 1 : 0);
      const window = f.text.slice(from, local);
      // The words the place's own clause opens with, after the window's last comma or "and".
      const tail = afterComma(window);
      const cue = readCue(window);
      let front: Cue | undefined;
      let stopAfter: RegExpExecArray | null;
      let made: Omit<TravelCue, 'sentence' | 'sentenceStart' | 'place' | 'clauseStart'> | undefined;
      if (last && QUALIFIES(place, last.place) && /^\s*,\s*$/.test(f.text.slice(last.localEnd, local))) {
        // "Tolosa, Leyte", "Accra, Ghana": the region or country says where the stop is; it is not another stop.
        before = previousPlace;
        continue;
      }
      // "the Archbishop of Canterbury", "the Church of Scotland": a place inside a title names no stop.
      if (TITLE_OF.test(window)) continue;
      // "..., the Vatican said": a place that speaks is an institution, not a stop.
      if (SPEAKS_AFTER.test(f.text.slice(place.end - f.range.start, place.end - f.range.start + 24))) continue;
      // "at the Vatican embassy", "to the British consulate": a diplomatic post stands in another country.
      if (POST_OF.test(f.text.slice(place.end - f.range.start, place.end - f.range.start + 24))) continue;
      // "the first Tour to begin outside Europe": outside a country or a continent is somewhere else, not a stop there.
      if (cue && OUTSIDE.test(window) && place.kind !== 'city' && place.kind !== 'landmark') continue;
      if (cue) {
        let tense = cue.tense;
        if (tense === 'sequel' && last) tense = last.tense === 'future' ? 'future' : last.tense === 'present' ? 'future' : 'past';
        // "He rounded the Cape, put in at Cape Town": a verb whose past is its present form takes the tense of the verb before it.
        if (tense === 'present' && last?.tense === 'past' && SAME_PAST.has(cue.head ?? '') && !/\b(?:is|are|am|now|today)\b/i.test(window)) tense = 'past';
        made = { role: roleOf(cue.move, tense), cue: cue.text, move: cue.move, tense, negated: cue.negated, earlier: cue.earlier, weak: cue.weak, cueStart: f.range.start + from + cue.at, head: cue.head, ...(cue.other ? { other: true } : {}) };
      } else if (last && local - last.localEnd <= MAX_GAP && isConnector(f.text.slice(last.localEnd, local))) {
        const gap = f.text.slice(last.localEnd, local);
        const move: Move = /\bfrom\b/.test(gap) ? 'from' : VIA.test(gap) ? 'via' : /\b(?:to|onto)\b/.test(gap) || (SEQUEL.test(gap) && (last.move === 'from' || last.move === 'start')) ? 'to' : last.move;
        made = { role: roleOf(move, last.tense), cue: last.cue, move, tense: last.tense, negated: last.negated, earlier: last.earlier, weak: last.weak, cueStart: last.cueStart, listHead: last.listHead ?? last.cueStart, sequential: SEQUEL.test(gap) || last.sequential === true || move !== last.move, ...(last.head !== undefined ? { head: last.head } : {}), ...(last.other ? { other: true } : {}) };
      } else if (last && last.place === previousPlace && ELLIPSIS.test(tail) && /\S/.test(tail)) {
        // "called at Keelung on the 31st and at Naha", "Cape Town, then Botswana, and finally Senegal":
        // a clause with only a preposition or a sequence word repeats the sentence's last move.
        const prep = /\b(through|via|across|past|to|into|onto|at|in)\s*(?:the\s+)?$/i.exec(tail)?.[1]?.toLowerCase();
        const move: Move = prep === undefined ? (last.move === 'from' || last.move === 'start' ? 'to' : last.move) : VIA_PREPS.has(prep) ? 'via' : prep === 'at' || prep === 'in' ? 'at' : 'to';
        made = { role: roleOf(move, last.tense), cue: tail.trim(), move, tense: last.tense, negated: last.negated, earlier: last.earlier, weak: last.weak, cueStart: f.range.start + local - tail.trimStart().length, sequential: /\b(?:then|finally|next|later)\b/i.test(tail), ...(last.other ? { other: true } : {}) };
      } else if ((FRONTED.test(window) || (FRONTED.test(tail) && !/\b(?:and|or)\b/.test(tail))) && (front = frontedCue(f.text.slice(place.end - f.range.start, Math.min(place.end - f.range.start + 200, Math.max(clause.end, nextClauseEnd(starts, f.text.length, clause.end)))))) !== undefined) {
        // "From Kalgan, ... the route ran": a journey told from a fronted place leaves it.
        const move: Move = /\bfrom\s+(?:the\s+)?$/i.test(window) && !front.weak ? 'from' : 'at';
        made = { role: roleOf(move, front.tense), cue: front.text, move, tense: front.tense, negated: front.negated, earlier: front.earlier, weak: front.weak, cueStart: f.range.start + clause.start };
      } else if (/(?:^|[.;:]\s*)after\s+$/i.test(window) && /^\s+(?:came|comes|come)\b/.test(f.text.slice(place.end - f.range.start, place.end - f.range.start + 12))) {
        // "After Irkutsk came Tomsk": the place after "After" was a stop too.
        made = { role: 'past', cue: window.trim(), move: 'at', tense: 'past', negated: false, earlier: false, weak: false, cueStart: f.range.start + from + window.search(/after\s+$/i) };
      } else if (BARE_FROM.test(window) && BARE_TO.test(f.text.slice(place.end - f.range.start, place.end - f.range.start + 40))) {
        // "257 km from Compiègne to Roubaix", "a stage from Haifa to Tel Aviv": a leg named by its ends, whatever the verb.
        const tense: Tense = AHEAD.test(f.text.slice(clause.start, local)) ? 'future' : 'past';
        const at = window.search(BARE_FROM);
        made = { role: roleOf('from', tense), cue: window.slice(at).trim(), move: 'from', tense, negated: false, earlier: false, weak: false, cueStart: f.range.start + from + at };
      } else if ((stopAfter = STOP_AFTER.exec(f.text.slice(place.end - f.range.start, place.end - f.range.start + 60))) !== null) {
        // "Porto will be her final port of call", "Lyon was the first stop": the place is a stop the words after it name.
        const tense: Tense = /^\s+was\b/.test(stopAfter[0]) ? 'past' : 'future';
        made = { role: roleOf('at', tense), cue: stopAfter[0].trim(), move: 'at', tense, negated: false, earlier: false, weak: false, cueStart: place.start };
      } else if (AFTER.test(f.text.slice(place.end - f.range.start, place.end - f.range.start + 16))) {
        const ahead = AHEAD.test(f.text.slice(clause.start, local));
        const tense: Tense = ahead ? 'future' : 'past';
        made = { role: roleOf('at', tense), cue: f.text.slice(place.end - f.range.start, place.end - f.range.start + 16).trim(), move: 'at', tense, negated: false, earlier: false, weak: false, cueStart: place.start };
      }
      const slot = schedule.get(place.start);
      if (!made && slot) made = { role: 'current', cue: 'schedule', move: 'at', tense: 'present', negated: false, earlier: false, weak: false, cueStart: place.start };
      // "In Lisbon on Sunday, crowds ...", "Porto on Monday was calmer": a place with its own day right after it tells
      // where a journey was that day, for a traveller already on the way (weak, as a doing verb is).
      if (!made && place.kind !== 'country' && place.kind !== 'region') {
        const day = f.times.find((t) => t.type === 'DATE' && t.start >= place.end && t.start <= place.end + 10 && /^\s+on\s+$/.test(f.text.slice(place.end - f.range.start, t.start - f.range.start)));
        if (day) made = { role: 'current', cue: f.text.slice(place.start - f.range.start, day.end - f.range.start), move: 'at', tense: AHEAD.test(f.text.slice(clause.start, local)) ? 'future' : 'past', negated: false, earlier: false, weak: true, cueStart: place.start };
      }
      if (!made) continue;
      const framing = clauseFraming(f.text, colonPart(colons, clause, local), framings);
      if (framing.cancelled || INSTEAD.test(window)) made.negated = true;
      if (framing.earlier || earlierSentence) made.earlier = true;
      let dated = clauseWhen(f.times, clause, f.text, starts, f.range.start, place.start);
      // "... on April 23 and Cape Sheridan three days later": the clause's own count of days outweighs a date borrowed from the clause before.
      const later = reference !== undefined && !dated.window && laters.length > 0 ? laterBy(laters, f.times, clause, f.range.start, reference, place) : undefined;
      if (later) dated = { when: later };
      // A schedule's place is on its own date, not on the nearest date of the run.
      if (slot) dated = { when: slot };
      const cueOut: TravelCue = { sentence: f.index, sentenceStart: f.range.start, place, clauseStart: f.range.start + clause.start, ...made, ...dated };
      cues.push(cueOut);
      if (cueOut.when?.precision === 'day' && cueOut.when.start !== undefined && !cueOut.negated && !cueOut.earlier) reference = cueOut.when.start.slice(0, 10);
      last = { ...cueOut, localEnd: place.end - f.range.start };
    }
  }
  return cues;
}

/** The words from the window's last comma, semicolon, "and" or "or" (all of it when it has none): the clause the place opens. */
function afterComma(window: string): string {
  let at = -1;
  for (const m of window.matchAll(/[,;]|\b(?:and|or)\b/g)) at = m[0] === ',' || m[0] === ';' ? m.index + 1 : m.index;
  return at < 0 ? window : window.slice(at);
}

/** The part of a clause between the colons around `at`: "That plan was never carried out: in June, at Cape Flora, he ..." frames only what comes before the colon. */
function colonPart(colons: readonly number[], clause: { start: number; end: number }, at: number): { start: number; end: number } {
  const before = lastBefore(colons, at);
  const after = colons[firstAtLeast(colons, (c) => c, at)] ?? -1;
  return { start: before >= clause.start ? before + 1 : clause.start, end: after >= 0 && after < clause.end ? after : clause.end };
}

/** The last offset of `sorted` before `at`, or -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  return sorted[firstAtLeast(sorted, (c) => c, at) - 1] ?? -1;
}

/** Where the clause after the one ending at `end` ends: "at Porto, she boarded a ship" reads the verb of the clause after the place. */
function nextClauseEnd(starts: readonly number[], length: number, end: number): number {
  return starts[firstAtLeast(starts, (x) => x, end + 1)] ?? length;
}

/**
 * "reaching Cape Columbia on April 23 and the ship at Cape Sheridan three days later": a span of
 * days or weeks followed by "later" in the clause dates the stop that many days after the last
 * stop the text dated (TimeML keeps "three days" a duration, so the time finder leaves it one).
 */
function laterBy(laters: readonly TimeHit[], times: readonly TimeHit[], clause: { start: number; end: number }, sentenceStart: number, reference: string, place: PlaceHit): When | undefined {
  const distance = (t: TimeHit): number => Math.min(Math.abs(t.start - place.end), Math.abs(place.start - t.end));
  const inClause = (t: TimeHit): boolean => t.start - sentenceStart >= clause.start && t.end - sentenceStart <= clause.end;
  const near = laters.filter((t) => inClause(t) && distance(t) <= NEAR_CHARS);
  if (near.length === 0) return undefined;
  // A date of the clause's own nearer the place than the count of days is the stop's date (only dates close by can be).
  let nearestDate = Infinity;
  for (let i = firstAtLeast(times, (t) => t.end, place.start - NEAR_CHARS); i < times.length; i++) {
    const t = times[i] as TimeHit;
    if (t.start > place.end + NEAR_CHARS) break;
    if (t.type !== 'DURATION' && t.when !== undefined && inClause(t)) nearestDate = Math.min(nearestDate, distance(t));
  }
  for (const t of near) {
    if (distance(t) > nearestDate) continue;
    const m = /^P(\d+)([DW])$/.exec(t.value);
    if (!m) continue;
    const days = Number(m[1]) * (m[2] === 'W' ? 7 : 1);
    const d = new Date(`${reference}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    const next = new Date(d);
    next.setUTCDate(next.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    return { start: day, end: next.toISOString().slice(0, 10), precision: 'day', timex: day };
  }
  return undefined;
}

// What may stand between a date and its place in a schedule: spaces, a dash, a colon, a comma or brackets ("June 1 — Paris", "Madrid (June 1)").
const SCHEDULE_GAP = /^[\s,:;()\u2013\u2014-]{1,5}$/;
/** A schedule names at least this many places, each beside its own date. */
const SCHEDULE_MIN = 3;

/**
 * "Where to see her: June 1 — Paris June 5 — Lyon June 9 — Madrid", "Paris (June 1), Lyon (June 5)":
 * a sentence that pairs three or more places each with a date of its own, the dates all on one side
 * of their places, is a schedule: each place is a stop on its date. Returns the date of each paired
 * place, by the place's offset; empty when the sentence is no schedule.
 */
export function scheduleOf(f: SentenceFacts): Map<number, When> {
  const dates = f.times.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.when !== undefined);
  const places = f.places.filter((p) => !p.demonym);
  const out = new Map<number, TimeHit>();
  const first = places[0];
  if (dates.length < SCHEDULE_MIN || places.length < SCHEDULE_MIN || !first) return new Map();
  const gap = (a: number, b: number): boolean => a <= b && b - a <= 5 && SCHEDULE_GAP.test(f.text.slice(a - f.range.start, b - f.range.start));
  // The side the dates stand on, read from the first place: "June 1 — Paris" puts them before.
  const before = dates.some((t) => gap(t.end, first.start));
  // One pass: the date just before each place (or just after it), dates and places both in text order.
  let d = 0;
  for (const p of places) {
    if (before) {
      while (d + 1 < dates.length && (dates[d + 1]?.end ?? Infinity) <= p.start) d++;
      const t = dates[d];
      if (t && gap(t.end, p.start)) out.set(p.start, t);
    } else {
      while (d < dates.length && (dates[d]?.start ?? Infinity) < p.end) d++;
      const t = dates[d];
      if (t && gap(p.end, t.start)) out.set(p.start, t);
    }
  }
  if (out.size < SCHEDULE_MIN) return new Map();
  // A schedule runs forward: a date told without its year that the time finder put before the one listed ahead of it
  // ("June 9 — Lyon June 13 — Madrid", read in March as this June and last June) is in the year after.
  const whens = new Map<number, When>();
  let previous = '';
  for (const [at, t] of out) {
    let when = t.when as When;
    if (toldWithoutYear(t) && when.start !== undefined && when.start < previous) when = yearsOn(when, 1);
    whens.set(at, when);
    previous = when.start ?? previous;
  }
  return whens;
}
