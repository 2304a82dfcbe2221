import type { Route, StoryEvent, Stop, When } from '../../story/types';
import type { TravelCue, StopRole } from './findTravelCues';
import { HERE } from '../hereMeansDateline';

/** What buildRoutes needs to know about places and the article. */
export interface RouteContext {
  /** Country code and kind of each story place, to fold a city into its country's stop. */
  placeInfo: (placeId: string) => { kind: string; countryCode?: string | undefined } | undefined;
  /** The story place of the dateline, if any: where the writer (and often the traveller) is. */
  datelinePlaceId?: string;
  byPublication: When;
}


/** Finds the time of the sentence a draft's cues (or, for the dateline, "here") appear in, when it states one. */
type OwnWhen = (d: Draft) => When | undefined;

function makeOwnWhen(events: readonly StoryEvent[], ctx: RouteContext): OwnWhen {
  const dated = new Map<number, StoryEvent>();
  for (const e of events) if (e.spans[0] && e.when?.start !== undefined && e.confidence >= 0.8) dated.set(e.spans[0].start, e);
  const here = events.find((e) => dated.has(e.spans[0]?.start ?? -1) && HERE.test(e.spans[0]?.text ?? ''));
  const memo = new Map<Draft, When | undefined>();
  return (d) => {
    if (memo.has(d)) return memo.get(d);
    let found: When | undefined;
    if (d.placeId === ctx.datelinePlaceId && d.cues.length === 0) found = here?.when;
    else for (const c of d.cues) {
      found = dated.get(c.sentenceStart)?.when;
      if (found) break;
    }
    memo.set(d, found);
    return found;
  };
}

const ORDER: readonly StopRole[] = ['first', 'past', 'current', 'next'];
const STRENGTH: Record<StopRole, number> = { first: 3, current: 2, next: 1, past: 0 };

interface Draft {
  placeId: string;
  within?: string;
  role: StopRole;
  cues: TravelCue[];
  textOrder: number;
}

/** Assembles travel cues into one route per traveller, ordered only as far as the text supports. */
export function buildRoutes(cues: readonly TravelCue[], events: readonly StoryEvent[], ctx: RouteContext): Route[] {
  const eventBySentence = new Map<number, StoryEvent>();
  for (const e of events) if (e.spans[0]) eventBySentence.set(e.spans[0].start, e);
  const ownWhen = makeOwnWhen(events, ctx);
  const byTraveller = new Map<string, TravelCue[]>();
  for (const cue of cues) {
    const who = eventBySentence.get(cue.sentenceStart)?.actors[0] ?? 'Unknown traveller';
    const list = byTraveller.get(who);
    if (list) list.push(cue);
    else byTraveller.set(who, [cue]);
  }
  const routes: Route[] = [];
  for (const [traveller, list] of byTraveller) {
    const drafts = foldCities(mergeByPlace(list), ctx);
    // The dateline says where the story is told from: without a stated current stop, it is one,
    // if the text puts this traveller there ("arrived here", or an event of theirs at that place).
    const there = (id: string): boolean =>
      events.some((e) => e.actors.includes(traveller) && e.placeIds.includes(id)) || events.some((e) => HERE.test(e.spans[0]?.text ?? '') && (e.actors.length === 0 || e.actors.includes(traveller)));
    if (ctx.datelinePlaceId && there(ctx.datelinePlaceId) && !drafts.some((d) => d.role === 'current' || d.placeId === ctx.datelinePlaceId || d.within === ctx.datelinePlaceId)) {
      drafts.push({ placeId: ctx.datelinePlaceId, role: 'current', cues: [], textOrder: drafts.length });
    }
    if (drafts.length < 2) continue;
    routes.push(toRoute(`r${routes.length + 1}`, traveller, drafts, events, ctx, ownWhen));
  }
  return routes;
}

function mergeByPlace(cues: readonly TravelCue[]): Draft[] {
  const drafts = new Map<string, Draft>();
  cues.forEach((cue, i) => {
    const d = drafts.get(cue.place.placeId);
    if (!d) {
      drafts.set(cue.place.placeId, { placeId: cue.place.placeId, role: cue.role, cues: [cue], textOrder: i });
      return;
    }
    d.cues.push(cue);
    if (STRENGTH[cue.role] > STRENGTH[d.role]) d.role = cue.role;
  });
  return [...drafts.values()];
}

/** A city and its country in the same role are one stop: drawn at the city, within the country. */
function foldCities(drafts: Draft[], ctx: RouteContext): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const info = ctx.placeInfo(d.placeId);
    const partner = out.find((o) => {
      const other = ctx.placeInfo(o.placeId);
      return o.role === d.role && info?.countryCode !== undefined && other?.countryCode === info.countryCode && (other.kind === 'country') !== (info.kind === 'country');
    });
    if (!partner) {
      out.push(d);
      continue;
    }
    const cityFirst = info?.kind !== 'country';
    const country = cityFirst ? partner.placeId : d.placeId;
    partner.placeId = cityFirst ? d.placeId : partner.placeId;
    partner.within = country;
    partner.cues.push(...d.cues);
  }
  return out;
}

function toRoute(id: string, traveller: string, drafts: Draft[], events: readonly StoryEvent[], ctx: RouteContext, ownWhen: OwnWhen): Route {
  const present = ORDER.filter((r) => drafts.some((d) => d.role === r));
  const currentWhen = dateOfPlace(drafts.filter((d) => d.role === 'current'), events);
  const stops: Stop[] = [];
  let sequence = 0;
  for (const role of present) {
    const group = drafts.filter((d) => d.role === role).sort((a, b) => a.textOrder - b.textOrder);
    const dates = group.map((d) => ownWhen(d)?.start);
    // Earlier stops are unordered unless every one of them carries its own date.
    const ordered = role === 'next' || dates.every((x) => x !== undefined);
    if (ordered && role !== 'next') group.sort((a, b) => (ownWhen(a)?.start ?? '').localeCompare(ownWhen(b)?.start ?? ''));
    for (const d of group) {
      const stop: Stop = {
        placeId: d.placeId,
        sequence,
        spans: d.cues.map((c) => ({ start: c.place.start, end: c.place.end, text: c.place.text, rule: `itinerary:${c.role}:${c.cue}` })),
      };
      if (d.within) stop.within = d.within;
      const when = whenOf(role, currentWhen, ctx, ownWhen(d));
      if (when) stop.when = when;
      stops.push(stop);
      if (ordered) sequence++;
    }
    if (!ordered) sequence++;
  }
  return { id, traveller, stops, spans: stops.flatMap((s) => s.spans) };
}

function dateOfPlace(drafts: readonly Draft[], events: readonly StoryEvent[]): When | undefined {
  const ids = new Set(drafts.flatMap((d) => (d.within ? [d.placeId, d.within] : [d.placeId])));
  const dated = events.filter((e) => e.when?.start !== undefined && e.confidence >= 0.8 && e.placeIds.some((p) => ids.has(p)));
  dated.sort((a, b) => (a.when?.start ?? '').localeCompare(b.when?.start ?? ''));
  return dated[0]?.when;
}

function whenOf(role: StopRole, current: When | undefined, ctx: RouteContext, own: When | undefined): When | undefined {
  if (role === 'current') return current ?? own ?? ctx.byPublication;
  if (own) return own;
  if (role === 'next') return current?.start !== undefined ? { after: current.start, label: 'after the visit' } : undefined;
  return current?.start !== undefined ? { before: current.start, label: 'before the visit' } : ctx.byPublication;
}
