import type { Route, SkippedLeg, StoryEvent, Stop, StopRole, When } from '../../story/types';
import { HERE } from '../hereMeansDateline';
import type { TravelCue } from './findTravelCues';
import { orderStops, type OrderItem } from './orderStops';
import { VERB_FORMS } from './motionLexicon';
import { yearsOn } from './yearsOn';

/** What buildRoutes needs to know about places and the article. */
export interface RouteContext {
  /** Country code and kind of each story place, to fold a city into its country's stop. */
  placeInfo: (placeId: string) => { kind: string; countryCode?: string | undefined } | undefined;
  /** The story place of the dateline, if any: where the writer (and often the traveller) is. */
  datelinePlaceId?: string;
  byPublication: When;
}

interface Draft extends OrderItem {
  placeId: string;
  /** Its date is a month or day told without a year. */
  yearless?: boolean;
  within?: string;
  cues: TravelCue[];
  window?: When;
}

const UNKNOWN = 'Unknown traveller';

/**
 * Assembles travel cues into one route per traveller: cancelled legs and earlier journeys left
 * out, repeated mentions of a place joined (a return to where the journey began is its own
 * stop), a city and its country one stop, the dateline a stop where the text puts the traveller
 * there; stops ordered by orderStops and dated by their own clause, never by another stop's date.
 */
export function buildRoutes(told: readonly TravelCue[], events: readonly StoryEvent[], ctx: RouteContext): Route[] {
  const cues = stillAhead(told, ctx.byPublication.before);
  const byTraveller = new Map<string, TravelCue[]>();
  const skippedBy = new Map<string, TravelCue[]>();
  for (const c of cues) {
    const who = c.traveller ?? UNKNOWN;
    if (c.other) continue;
    if (c.negated || c.earlier) {
      skippedBy.set(who, [...(skippedBy.get(who) ?? []), c]);
      continue;
    }
    const list = byTraveller.get(who);
    if (list) list.push(c);
    else byTraveller.set(who, [c]);
  }
  shareCarried(cues, byTraveller);
  const drafted: { traveller: string; list: TravelCue[]; drafts: Draft[] }[] = [];
  for (const [traveller, list] of byTraveller) {
    if (list.every((c) => c.weak)) continue;
    const drafts = dropEarlierYears(foldCities(yearsFromNarrative(doneByPublication(draftsOf(list), ctx.byPublication.before)), ctx));
    // The writer is at the dateline: a stop there told in the past is where the traveller is now.
    for (const d of drafts) if (ctx.datelinePlaceId !== undefined && (d.placeId === ctx.datelinePlaceId || d.within === ctx.datelinePlaceId) && d.tense === 'past') d.tense = 'present';
    drafted.push({ traveller, list, drafts });
  }
  // The dateline is where the story is told from: it joins the main journey only.
  const main = drafted.reduce<(typeof drafted)[number] | undefined>((best, d) => (!best || d.drafts.length > best.drafts.length ? d : best), undefined);
  if (main) addDateline(main.drafts, main.traveller, events, ctx);
  const routes: Route[] = [];
  for (const { traveller, list, drafts } of drafted) {
    // One stop makes a route only where the text says the traveller went there ("is still in" is not a journey).
    const went = list.filter((c) => !c.weak && c.move !== 'via' && c.head !== 'be');
    // A ship's single call, made with the person it carries, is already on that person's route.
    const carrierOnly = list.every((c) => c.traveller === traveller && c.carrier === true);
    if (drafts.length === 0 || (drafts.length === 1 && (traveller === UNKNOWN || went.length === 0 || carrierOnly))) continue;
    const route = toRoute(`r${routes.length + 1}`, traveller, drafts, events, ctx);
    const skipped = skippedLegs(skippedBy.get(traveller) ?? [], drafts);
    if (skipped.length > 0) route.skipped = skipped;
    routes.push(route);
  }
  return routes;
}

/**
 * A person aboard a vessel shares its stops: each of the vessel's cues joins the person's route
 * too, up to where the text sends the person home or ends their journey (after "Darwin left her
 * and went home", the ship sails on alone).
 */
function shareCarried(cues: readonly TravelCue[], byTraveller: Map<string, TravelCue[]>): void {
  const lastOwn = new Map<string, number>();
  for (const c of cues) if (c.traveller !== undefined && !c.other && !c.negated && !c.earlier && (c.move === 'home' || c.move === 'end')) lastOwn.set(c.traveller, c.place.start);
  for (const c of cues) {
    if (c.other || c.negated || c.earlier || !c.carried) continue;
    for (const person of c.carried) {
      if (c.place.start > (lastOwn.get(person) ?? Infinity)) continue;
      const list = byTraveller.get(person) ?? [];
      list.push(c);
      byTraveller.set(person, list.sort((a, b) => a.place.start - b.place.start));
    }
  }
}

function lastIndex<T>(xs: readonly T[], test: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i] as T)) return i;
  return -1;
}

const FINE = new Set(['month', 'week', 'day', 'partOfDay', 'hour', 'minute']);
const dayOf = (w: When | undefined): string | undefined => (w?.start !== undefined && FINE.has(w.precision ?? '') ? w.start.slice(0, 10) : undefined);

/**
 * One draft per place, in text order; a place comes back as a stop of its own when the text
 * returns to it ("returned to Baghdad") or dates it to another day after other stops.
 */
function draftsOf(list: readonly TravelCue[]): Draft[] {
  const drafts: Draft[] = [];
  let sawOrigin = false;
  for (const c of list) {
    const index = lastIndex(drafts, (d) => d.placeId === c.place.placeId);
    const existing = drafts[index];
    const later = existing !== undefined && index < drafts.length - 1;
    const otherDay = dayOf(existing?.when) !== undefined && dayOf(c.when) !== undefined && dayOf(existing?.when) !== dayOf(c.when);
    const toOrigin = index === 0 && (c.move === 'to' || c.move === 'end');
    // "returned to", "spent the night back in", "bound once more for": the text comes back to a place already on the route.
    const returning = later && (c.move === 'home' || toOrigin || /\b(?:return(?:s|ed|ing)?|back|again|once more)\b/i.test(c.cue) || (otherDay && c.move !== 'from'));
    if (existing && !returning) {
      existing.cues.push(c);
      if (!existing.when && c.when) {
        existing.when = c.when;
        if (c.yearless) existing.yearless = true;
      }
      continue;
    }
    const departure = c.move === 'from' || c.move === 'start';
    const origin = departure && !sawOrigin && c.tense !== 'future';
    if (departure) sawOrigin = true;
    // "arrived in Tashkent from Almaty": a departure sits just before the destination of its clause.
    const partner = departure ? list.find((o) => o !== c && o.clauseStart === c.clauseStart && o.move !== 'from' && o.move !== 'start') : undefined;
    // "flew to Rome by way of Milan": the way goes before the destination named ahead of it in the clause.
    const ahead = c.move === 'via' ? list.find((o) => o !== c && o.sentence === c.sentence && o.cueStart === c.cueStart && (o.move === 'to' || o.move === 'end') && o.place.start < c.place.start) : undefined;
    const d: Draft = {
      placeId: c.place.placeId,
      cues: [c],
      move: c.move,
      tense: c.tense,
      textPos: partner ? Math.min(partner.place.start - 0.5, c.place.start) : ahead ? ahead.place.start - 0.25 : c.place.start,
      sentence: c.sentence,
      origin,
      ...(c.sequential ? {} : { list: c.listHead ?? c.cueStart }),
    };
    if (c.when) d.when = c.when;
    if (c.yearless) d.yearless = true;
    if (c.window) d.window = c.window;
    drafts.push(d);
  }
  return drafts;
}

/**
 * A city and its country are one stop, drawn at the city within the country: a country named
 * next to a city of its own, or named again after one ("left the Philippines"). A continent
 * is a stop only when nothing finer is.
 */
function foldCities(drafts: Draft[], ctx: RouteContext): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const info = ctx.placeInfo(d.placeId);
    const prev = out.at(-1);
    const other = prev ? ctx.placeInfo(prev.placeId) : undefined;
    // "Tashkent, Uzbekistan", "Funchal in Madeira": a city and the country or region named with it.
    const area = (k: string | undefined): boolean => k === 'country' || k === 'region';
    const together = prev !== undefined && prev.sentence === d.sentence && (d.cues[0]?.place.start ?? 0) - (prev.cues.at(-1)?.place.end ?? 0) <= 4;
    const adjacent = prev && info?.countryCode !== undefined && other?.countryCode === info.countryCode && (together ? area(other.kind) !== area(info.kind) : (other.kind === 'country') !== (info.kind === 'country'));
    // A country one of whose cities is on the route is that stop ("left the Philippines" after Manila, "visited Japan" before Tokyo).
    const host = info?.kind === 'country' && !adjacent ? nearestCity(drafts, d, info.countryCode, ctx) : undefined;
    // "left London ... headed home to Britain": the way home is a stop of its own, not the city the journey left.
    const homeAgain = host !== undefined && d.cues.some((c) => c.move === 'home') && !host.cues.some((c) => c.move === 'home');
    if (host && !homeAgain) {
      host.within ??= d.placeId;
      host.cues.push(...d.cues);
      continue;
    }
    if (!prev || !adjacent) {
      out.push(d);
      continue;
    }
    const [city, country] = area(info.kind) ? [prev, d] : [d, prev];
    prev.placeId = city.placeId;
    prev.within = country.placeId;
    prev.cues.push(...d.cues);
    if (!prev.when && d.when) prev.when = d.when;
  }
  const fine = out.filter((d) => ctx.placeInfo(d.placeId)?.kind !== 'continent');
  return fine.length >= 2 ? fine : out;
}

/** The city of `country` on the route nearest in the text to the country's own mention. */
function nearestCity(drafts: readonly Draft[], d: Draft, country: string | undefined, ctx: RouteContext): Draft | undefined {
  let best: Draft | undefined;
  for (const o of drafts) {
    const info = ctx.placeInfo(o.placeId);
    if (o === d || info?.kind === 'country' || info?.countryCode !== country) continue;
    if (!best || Math.abs(o.textPos - d.textPos) < Math.abs(best.textPos - d.textPos)) best = o;
  }
  return best;
}

const DAY_MS = 86_400_000;
// A yearless date this far from every dated stop was given the wrong year; the journey's is the one within half a year of them.
const FAR_DAYS = 240;
const NEAR_DAYS = 183;
const yearOf = (w: When | undefined): number | undefined => (w?.start !== undefined ? Number(w.start.slice(0, 4)) : undefined);

/**
 * A journey's stops lie close together in time: a month or day told without its year ("in
 * March") that publication put far from every stop whose year the text gave takes the year
 * that brings it nearest them, within half a year ("sailed from Lisbon in May 1910 ... reached
 * Madeira in September", in a report of 1912); otherwise it keeps its reading.
 */
function yearsFromNarrative(drafts: Draft[]): Draft[] {
  const dated = drafts.filter((d) => d.when?.start !== undefined);
  // Two stops whose year the text gave, at least, before their years outweigh publication's.
  if (dated.filter((d) => !d.yearless).length < 2) return drafts;
  const dayOfStart = (d: Draft): number => Date.parse((d.when?.start ?? '').slice(0, 10));
  const gapTo = (t: number, self: Draft): number => Math.min(...dated.filter((o) => o !== self && !o.yearless).map((o) => Math.abs(dayOfStart(o) - t)));
  for (const d of dated) {
    const w = d.when;
    if (!d.yearless || !w?.start) continue;
    const at = dayOfStart(d);
    // Only a date alone in time, far from every stop whose year the text gave.
    if (gapTo(at, d) <= FAR_DAYS * DAY_MS) continue;
    const year = yearOf(w) ?? 0;
    let best = { by: 0, gap: gapTo(at, d) };
    for (const o of dated) {
      if (o.yearless) continue;
      const base = yearOf(o.when) ?? year;
      for (const y of [base - 1, base, base + 1]) {
        const by = y - year;
        const gap = gapTo(Date.parse(`${y}${w.start.slice(4, 10)}`), d);
        if (gap < best.gap) best = { by, gap };
      }
    }
    if (best.by !== 0 && best.gap <= NEAR_DAYS * DAY_MS) d.when = yearsOn(w, best.by);
  }
  return drafts;
}

/** The cue's own words hold a verb in the past ("visited", "had flown"), not a tense read from no verb ("a 180 km leg from"). */
const saysDone = (c: TravelCue): boolean => c.cue.split(/[^A-Za-z]+/).some((w) => VERB_FORMS.get(w.toLowerCase())?.form === 'ed');

/**
 * "visited Paris in June", in an article of March: a month or day told without its year, at a
 * stop the text says was made, had come by publication, so it is last year's. (Only where the
 * stop's own verb is done: a time finder that cannot see the verb leaves a bare month within a
 * season of publication.)
 */
function doneByPublication(drafts: Draft[], before: string | undefined): Draft[] {
  if (before === undefined) return drafts;
  for (const d of drafts) {
    const w = d.when;
    if (!d.yearless || w?.start === undefined || (d.tense !== 'past' && d.tense !== 'perfect') || w.start.slice(0, 10) < before || !d.cues.some(saysDone)) continue;
    d.when = yearsOn(w, -1);
  }
  return drafts;
}

/**
 * "will end it in Rome on July 31", in an article of March: a month or day told without its year,
 * in a clause that says the stop is still to come (future or present, no verb in the past), that
 * the time finder put before publication is the next such day (it reads a bare month more than a
 * season ahead as last year's, right for reports of what happened, wrong for announcements).
 * Returns the cues with those dates moved a year on; the cues themselves are left as they were.
 */
function stillAhead(cues: readonly TravelCue[], before: string | undefined): readonly TravelCue[] {
  if (before === undefined) return cues;
  return cues.map((c) => {
    const w = c.when;
    if (!c.yearless || w?.start === undefined || (c.tense !== 'future' && c.tense !== 'present') || w.start.slice(0, 10) >= before || saysDone(c)) return c;
    return { ...c, when: yearsOn(w, 1) };
  });
}

/** Drops stops dated only by a year before every day-dated stop of the route: an earlier trip told in passing ("visited Kenya in 2015"). */
function dropEarlierYears(drafts: Draft[]): Draft[] {
  const years = drafts.flatMap((d) => (dayOf(d.when) !== undefined ? [Number(d.when?.start?.slice(0, 4))] : []));
  if (years.length === 0) return drafts;
  const first = Math.min(...years);
  return drafts.filter((d) => dayOf(d.when) !== undefined || d.when?.start === undefined || Number(d.when.start.slice(0, 4)) >= first);
}

/** The dateline joins the route as where the traveller is now when the text puts them there ("arrived here", an event of theirs there). */
function addDateline(drafts: Draft[], traveller: string, events: readonly StoryEvent[], ctx: RouteContext): void {
  const id = ctx.datelinePlaceId;
  if (id === undefined || drafts.some((d) => d.placeId === id || d.within === id)) return;
  const here = events.find((e) => HERE.test(e.spans[0]?.text ?? '') && (e.actors.length === 0 || e.actors.includes(traveller)));
  const own = events.find((e) => e.actors.includes(traveller) && e.placeIds.includes(id));
  const ev = here ?? own;
  if (!ev) return;
  const d: Draft = { placeId: id, cues: [], move: 'at', tense: 'present', textPos: ev.spans[0]?.start ?? 0, sentence: -1, origin: false };
  if (ev.when?.start !== undefined && ev.confidence >= 0.8) d.when = ev.when;
  drafts.push(d);
}

/** Cancelled legs and earlier trips, once per place, leaving out places that are stops after all. */
function skippedLegs(cues: readonly TravelCue[], drafts: readonly Draft[]): SkippedLeg[] {
  const out: SkippedLeg[] = [];
  const stops = new Set(drafts.flatMap((d) => (d.within ? [d.placeId, d.within] : [d.placeId])));
  for (const c of cues) {
    if (stops.has(c.place.placeId) || out.some((o) => o.placeId === c.place.placeId)) continue;
    out.push({ name: c.place.text, placeId: c.place.placeId, reason: c.negated ? 'cancelled' : 'earlier trip', spans: [{ start: c.place.start, end: c.place.end, text: c.place.text, rule: `itinerary:skipped:${c.cue.slice(0, 80)}` }] });
  }
  return out;
}

/** What a stop is: where the journey starts, a place passed, the way home, where it ends, or a stop. */
function roleOf(d: Draft, index: number, count: number): StopRole {
  if (index === 0 && (d.origin || d.move === 'from' || d.move === 'start')) return 'start';
  if (d.move === 'home') return 'home';
  if (d.move === 'via') return 'connection';
  if (index === count - 1 && d.move === 'end') return 'end';
  return 'stop';
}

/** How sure a stop is: a movement verb with a date most, a place passed or a doing verb least, the dateline in between. */
function confidenceOf(d: Draft): number {
  if (d.cues.length === 0) return 0.6;
  let c = d.cues.some((x) => !x.weak) ? 0.75 : 0.55;
  if (d.when) c += 0.1;
  if (d.move === 'via') c -= 0.15;
  if (d.cues.length > 1) c += 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

function toRoute(id: string, traveller: string, drafts: Draft[], events: readonly StoryEvent[], ctx: RouteContext): Route {
  const seq = orderStops(drafts);
  const order = drafts.map((d, i) => ({ d, s: seq[i] ?? 0 })).sort((a, b) => a.s - b.s || a.d.textPos - b.d.textPos);
  const current = order.find((o) => o.d.tense === 'present' && o.d.when)?.d.when ?? dateOfPlace(drafts.filter((d) => d.tense === 'present'), events, traveller);
  const stops: Stop[] = order.map(({ d, s }, index) => {
    const stop: Stop = {
      placeId: d.placeId,
      sequence: s,
      role: roleOf(d, index, order.length),
      confidence: confidenceOf(d),
      spans: d.cues.map((c) => ({ start: c.place.start, end: c.place.end, text: c.place.text, rule: `itinerary:${c.move}:${c.cue.slice(0, 80)}` })),
    };
    if (d.within) stop.within = d.within;
    const when = d.when ?? (d.window?.start !== undefined && d.window.end !== undefined ? { after: d.window.start, before: d.window.end, label: 'during the trip' } : fallbackWhen(d, current, ctx));
    if (when) stop.when = when;
    return stop;
  });
  return { id, traveller, stops, spans: stops.flatMap((s) => s.spans) };
}

/** The date of an event of the traveller's at the drafts' place (or told in a sentence of their cues). */
function dateOfPlace(drafts: readonly Draft[], events: readonly StoryEvent[], traveller: string): When | undefined {
  const ids = new Set(drafts.flatMap((d) => (d.within ? [d.placeId, d.within] : [d.placeId])));
  const sentences = drafts.flatMap((d) => d.cues.map((c) => c.sentenceStart));
  const dated = events.filter((e) => e.when?.start !== undefined && e.confidence >= 0.8 && e.placeIds.some((p) => ids.has(p)) && (e.actors.includes(traveller) || sentences.includes(e.spans[0]?.start ?? -1)));
  dated.sort((a, b) => (a.when?.start ?? '').localeCompare(b.when?.start ?? ''));
  return dated[0]?.when;
}

/** A stop without a date of its own: where the traveller is now is dated by publication, others relative to it. */
function fallbackWhen(d: Draft, current: When | undefined, ctx: RouteContext): When | undefined {
  if (d.tense === 'present') return current ?? ctx.byPublication;
  if (d.tense === 'future') return current?.start !== undefined ? { after: current.start, label: 'after the visit' } : undefined;
  return current?.start !== undefined ? { before: current.start, label: 'before the visit' } : ctx.byPublication;
}
