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
 * Where a sentence's event happens: its places, the dateline's for "arrived here", and a
 * demonym ("the Norwegian explorer", "the Kazakh border") only when nothing else places it:
 * a nationality says who, not where.
 */
function eventPlaces(f: SentenceFacts, ctx: EventContext): string[] {
  const named = f.places.filter((p) => !p.demonym).map((p) => p.placeId);
  if (ctx.datelinePlaceId !== undefined && HERE.test(f.text)) named.unshift(ctx.datelinePlaceId);
  return unique(named.length > 0 ? named : f.places.map((p) => p.placeId));
}

// A sentence whose subject is a pronoun or an office ("The US State Secretary") continues the last named person.
const PRONOUN_START = /^["“]?\s*(?:He|She|They|His|Her|The\s+(?:[A-Z][\w.]*\s+){0,3}(?:Secretary|Minister|President|Chancellor|Premier|Prime Minister|Governor|Mayor|Senator|envoy|diplomat|minister|president|secretary|leader))\b/;
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
  let previous: StoryEvent | undefined;
  let previousIndex = -2;
  for (const f of facts) {
    let actors = unique(f.people.map((p) => p.name));
    if (actors.length === 0 && PRONOUN_START.test(f.text)) actors = lastActors;
    if (actors.length > 0) lastActors = actors;
    const placeIds = eventPlaces(f, ctx);
    const time = pickWhen(f.times);
    if (placeIds.length === 0 && !time) continue;
    // A cancelled leg or someone else's move ("forcing people to return to China") is not this event's movement.
    const moves = (cuesBySentence.get(f.index) ?? []).filter((m) => !m.negated && !m.other);
    const cls = movement(moves) ?? reported(f.text) ?? classifyEvent(f.text, STILL);
    let when: When | undefined;
    let confidence: number;
    if (time) {
      when = time.when;
      confidence = 0.8;
    } else if (previous?.when?.start !== undefined && CONTINUES_QUOTE.test(f.text) && f.index === previousIndex + 1) {
      when = previous.when;
      confidence = 0.5;
    } else if (cls && actors.length > 0 && (moves.length > 0 || PAST_ACTION.test(f.text))) {
      when = published;
      confidence = 0.5;
    } else {
      confidence = 0.6;
    }
    // A dated sentence with no telling verb still reports that something happened.
    const kind = when ? (cls?.kind ?? 'incident') : 'background';
    const event: StoryEvent = {
      id: `e${events.length + 1}`,
      title: buildTitle(
        kind,
        f.text,
        actors[0],
        unique(moves.map((m) => ctx.placeName(m.place.placeId))),
        f.times.map((t) => ({ start: t.start - f.range.start, end: t.end - f.range.start })),
        // "sailed from Christiania": every move in the sentence is a departure.
        moves.length > 0 && moves.every((m) => /\bfrom$/i.test(m.cue)),
      ),
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
