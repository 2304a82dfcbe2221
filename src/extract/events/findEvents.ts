import { STORY_LIMITS } from '../../story/storyLimits';
import type { StoryEvent, When } from '../../story/types';
import type { SentenceFacts } from './groupBySentence';
import { HERE } from '../hereMeansDateline';
import { buildTitle } from './buildTitle';
import { byPublication } from './byPublication';
import { classifyEvent, type Classification } from './classifyEvent';
import type { TravelCue } from '../itinerary/findTravelCues';
import { pickWhen } from './pickWhen';

/** What findEvents needs besides the sentences. */
export interface EventContext {
  published: string;
  placeName: (placeId: string) => string;
  /** The dateline's story place: where "arrived here" happens. */
  datelinePlaceId?: string;
}


/**
 * Where a sentence's event happens: its places, the dateline's for "arrived here". A
 * nationality ("the Kazakh border") or an office ("US Secretary of State", "the French
 * ambassador") says who, not where: it never places an event.
 */
function eventPlaces(f: SentenceFacts, ctx: EventContext, features: ReadonlyMap<string, string>): string[] {
  const named = f.places.filter((p) => !p.demonym && !AFFILIATION.test(f.text.slice(p.end - f.range.start, p.end - f.range.start + 40))).map((p) => p.placeId);
  if (ctx.datelinePlaceId !== undefined && HERE.test(f.text)) named.unshift(ctx.datelinePlaceId);
  // "the pole" after "the South Pole", "the canal" after "the Suez Canal": a feature named by its kind again.
  for (const m of f.text.matchAll(GENERIC_FEATURE)) {
    const id = features.get((m[1] ?? '').toLowerCase());
    if (id !== undefined) named.push(id);
  }
  return unique(named);
}

const FEATURE_WORDS = 'pole|canal|strait|straits|sea|river|lake|island|islands|bay|gulf|mountains|range|desert|peninsula|channel|glacier|shelf|volcano|falls|pass|delta|reef|archipelago|sound|fjord|lagoon|passage|cape';
const GENERIC_FEATURE = new RegExp(`\\bthe\\s+(${FEATURE_WORDS})\\b`, 'gi');
const FEATURE_HEAD = new RegExp(`\\s(${FEATURE_WORDS})$`, 'i');

// "US Secretary of State", "Chinese Foreign Minister", "the Kenyan embassy", "British troops": a place as whose office or force.
const AFFILIATION = /^(?:['’]s)?\s+(?:(?:foreign|prime|defen[cs]e|deputy|finance|interior|home|trade|vice|state|chief|top|senior|former|acting|special|national|security)\s+)*(?:Secretary|Minister|President|Premier|Chancellor|Ambassador|ambassador|envoy|official|officials|diplomat|diplomats|leader|leaders|government|authorities|forces|troops|army|navy|military|embassy|counterpart|delegation|spokes(?:man|woman|person)|Foreign|Prime|Defen[cs]e|State\s+Secretary|State\s+Department|Navy|Army|Air\s+Force|Senator|Representative|Congress|Parliament|Senate|Supreme\s+Court|Coast\s+Guard)\b/;
// "met her there": the place last named for the traveller ("there is/are" says nothing of place).
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|seem|seems|seemed|appears?|remains?|been)\b)/i;

// A sentence whose subject is a pronoun or an office ("The US State Secretary") continues the last named person.
const PRONOUN_START = /^["“]?\s*(?:He|She|They|His|Her|The\s+(?:[A-Z][\w.]*\s+){0,3}(?:Secretary|Minister|President|Chancellor|Premier|Prime Minister|Governor|Mayor|Senator|envoy|diplomat|minister|president|secretary|leader))\b/;
// "said in Geneva", "speaking at the UN in New York": the statement's own place.
const SAID_IN = /\b(?:said|says|told\s+\w+|speaking|spoke|announced|added)\s+(?:\w+\s+){0,4}(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
// "..., he added": the speaker is the person last named.
const SAID_BY_PRONOUN = /[,"”]\s*(?:he|she|they)\s+(?:added|said|says|continued|told|wrote|went on)\b/;
const CONTINUES_QUOTE = /^["“]|\b(?:he|she|they) (?:added|continued)\b/;
const PAST_ACTION = /\b(?:said|told|met|flew|left|made|gave|took|was|were|had|has|have|\w{3,}ed)\b/i;
// Without a journey cue, travel and visit verbs alone ("return to China") do not make a trip.
const STILL: ReadonlySet<'meeting' | 'incident' | 'statement'> = new Set(['meeting', 'incident', 'statement']);

/**
 * Turns sentences into events: each with its time (or honest bounds, or none), places, actors, kind and
 * confidence. Travel cues decide movement: a sentence is a visit or travel only where a journey word
 * governs a place in it, so "return to China" in a quote does not make a trip.
 */
export function findEvents(facts: readonly SentenceFacts[], cues: readonly TravelCue[], ctx: EventContext): StoryEvent[] {
  const cuesBySentence = new Map<number, TravelCue[]>();
  for (const c of cues) {
    const list = cuesBySentence.get(c.sentence);
    if (list) list.push(c);
    else cuesBySentence.set(c.sentence, [c]);
  }
  const published = byPublication(ctx.published);
  const events: StoryEvent[] = [];
  let lastActors: string[] = [];
  // Where each traveller is, as the text goes: the last place a cue put them.
  const at = new Map<string, string>();
  let lastPlace: string | undefined;
  const features = new Map<string, string>();
  let previous: StoryEvent | undefined;
  let previousIndex = -2;
  for (const f of facts) {
    let actors = unique(f.people.map((p) => p.name));
    if (actors.length === 0 && (PRONOUN_START.test(f.text) || SAID_BY_PRONOUN.test(f.text))) actors = lastActors;
    if (actors.length > 0) lastActors = actors;
    for (const p of f.places) {
      const head = FEATURE_HEAD.exec(p.text)?.[1];
      if (head !== undefined && !p.demonym) features.set(head.toLowerCase(), p.placeId);
    }
    let placeIds = eventPlaces(f, ctx, features);
    // "He met her there", "Pompeo said ...": an event with no place of its own happens where its traveller is.
    if (placeIds.length === 0) {
      const where = (actors[0] !== undefined ? at.get(actors[0]) : undefined) ?? (THERE.test(f.text) ? lastPlace : undefined);
      if (where !== undefined) placeIds = [where];
    }
    const time = pickWhen(f.times);
    for (const c of cuesBySentence.get(f.index) ?? []) {
      if (c.negated || c.other || c.earlier || c.move === 'from') continue;
      if (c.traveller !== undefined) at.set(c.traveller, c.place.placeId);
      lastPlace = c.place.placeId;
    }
    for (const p of f.places) if (!p.demonym) lastPlace ??= p.placeId;
    if (placeIds.length === 0 && !time) continue;
    // A cancelled leg or someone else's move ("forcing people to return to China") is not this event's movement.
    const moves = (cuesBySentence.get(f.index) ?? []).filter((m) => !m.negated && !m.other);
    const cls = movement(moves) ?? reported(f.text) ?? classifyEvent(f.text, STILL);
    let when: When | undefined;
    let confidence: number;
    if (time) {
      when = time.when;
      confidence = 0.8;
    } else if (previous?.when !== undefined && CONTINUES_QUOTE.test(f.text) && f.index === previousIndex + 1 && (previous.when.start !== undefined || previous.kind === 'statement')) {
      // A quotation that goes on is its speaker's statement, said when the last one was.
      when = previous.when;
      confidence = 0.5;
      if (actors.length === 0) actors = previous.actors;
    } else if (cls && actors.length > 0 && (moves.length > 0 || PAST_ACTION.test(f.text))) {
      when = published;
      confidence = 0.5;
    } else {
      confidence = 0.6;
    }
    // A dated sentence with no telling verb still reports that something happened.
    const kind = when ? (cls?.kind ?? 'incident') : 'background';
    // A statement happens where its speaker is, not in the places it talks about.
    const speakerAt = kind === 'statement' && actors[0] !== undefined ? at.get(actors[0]) : undefined;
    if (speakerAt !== undefined && !SAID_IN.test(f.text)) placeIds = [speakerAt];
    const event: StoryEvent = {
      id: `e${events.length + 1}`,
      title: titleOf(kind, f, actors[0], moves, ctx),
      spans: [{ start: f.range.start, end: f.range.end, text: f.text.slice(0, STORY_LIMITS.stringChars), rule: cls ? `sentence:${cls.kind}:${cls.cue}` : 'sentence' }],
      kind,
      placeIds,
      actors,
      confidence,
    };
    if (when) event.when = when;
    const timeIds = f.times.map((t) => t.id);
    if (timeIds.length > 0) event.timeIds = timeIds;
    events.push(event);
    previous = event;
    previousIndex = f.index;
  }
  return events;
}

/**
 * The title tells the sentence's leading move: its first cue (with the places of its list),
 * "leaves X" for a departure, "arrives in <dateline>" for "arrived here".
 */
function titleOf(kind: StoryEvent['kind'], f: SentenceFacts, actor: string | undefined, moves: readonly TravelCue[], ctx: EventContext): string {
  const times = f.times.map((t) => ({ start: t.start - f.range.start, end: t.end - f.range.start }));
  if (ctx.datelinePlaceId !== undefined && ARRIVED_HERE.test(f.text)) return buildTitle(kind, f.text, actor, [ctx.placeName(ctx.datelinePlaceId)], times, 'arrives in');
  const lead = moves.filter((m) => m.cueStart === moves[0]?.cueStart);
  const departs = lead.length > 0 && lead.every((m) => m.move === 'from' || m.move === 'start');
  return buildTitle(kind, f.text, actor, unique(lead.map((m) => ctx.placeName(m.place.placeId))), times, departs ? 'leaves' : undefined);
}

const ARRIVED_HERE = /\b(?:arrived|landed|came|returned|docked)\s+(?:here\b|(?:in|into|at|to)\s+this\s+(?:harbour|harbor|city|town|port|village|capital|island)\b)/i;

/** The kind a journey cue gives: onward movement is travel, any other stop a visit. */
function movement(moves: readonly TravelCue[]): Classification | undefined {
  const first = moves[0];
  if (!first) return undefined;
  // Going on somewhere, or setting out from somewhere ("sailed from Christiania"), is travel.
  const next = moves.find((m) => m.role === 'next' || /\bfrom$/i.test(m.cue));
  return next ? { kind: 'travel', cue: next.cue } : { kind: 'visit', cue: first.cue };
}

// A quotation, or a speech verb right after its subject ("Mr Pompeo said that ..."), frames the
// sentence as a statement, whatever the reported clause describes ("the virus has killed ...").
const QUOTE_START = /^["“‘]/;
const SPEECH_EARLY = /^[^.;:"“]{0,60}?\b(?:said|says|told|tells|added|announced|urged|urges|warned|commended|praised|denied|denies|insisted|claimed|argued|stated|tweeted|wrote)\b/;

/** The statement kind for a sentence framed as speech, else undefined. */
function reported(sentence: string): Classification | undefined {
  if (QUOTE_START.test(sentence)) return { kind: 'statement', cue: 'quotation' };
  const m = SPEECH_EARLY.exec(sentence);
  return m ? { kind: 'statement', cue: m[0].split(/\s+/).at(-1) ?? 'said' } : undefined;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
