import type { When } from '../../story/types';
import type { Move, Tense } from './readCue';

/** What orderStops needs to know of a stop draft. */
export interface OrderItem {
  move: Move;
  tense: Tense;
  /** Position in the text of the cue that placed it (a departure in a clause moves just before its destination). */
  textPos: number;
  sentence: number;
  /** The stop's own date, when the text gives one. */
  when?: When;
  /** A departure from a place that is not otherwise a stop, told before any other move: where the journey starts. */
  origin: boolean;
  /** Stops of one list with no word of order ("visited Belarus and Ukraine") share this. */
  list?: number;
}

/** The narrative tier a stop's tense and move put it in: origin, told as before, the narrative, now, ahead, home. */
function tier(d: OrderItem): number {
  if (d.origin) return 0;
  if (d.move === 'home' && d.tense !== 'future') return 5;
  if (d.tense === 'perfect') return 1;
  if (d.tense === 'past' || d.tense === 'sequel') return 2;
  if (d.tense === 'present') return 3;
  return 4;
}

// The lead: an article's first sentences (a kicker may open it).
const LEAD_SENTENCES = 1;
const FINE: ReadonlySet<string> = new Set(['week', 'day', 'partOfDay', 'hour', 'minute']);
const dayOf = (w: When | undefined): number | undefined => (w?.start !== undefined ? Date.parse(w.start.length === 4 ? `${w.start}-01-01` : w.start.length === 7 ? `${w.start}-01` : w.start.slice(0, 10)) : undefined);

/**
 * Orders stop drafts: dates first; between dated stops, the narrative order their tense gives
 * (where the journey began, what was done before, the narrative in the text's order, where the
 * traveller is, where they go next, the way home); a list of stops with no dates and no word
 * of sequence ("visited Belarus and Ukraine") stays unordered. Returns each item's sequence number (shared = order unknown).
 */
export function orderStops(items: readonly OrderItem[]): number[] {
  const narrative = items.map((d, i) => ({ d, i, tier: tier(d) })).sort((a, b) => a.tier - b.tier || a.d.textPos - b.d.textPos);
  // An undated stop takes the time of the dated stop before it in the narrative (or after it, at the start).
  // A month or a year that holds another stop's day says nothing about their order.
  const days = items.flatMap((d) => (FINE.has(d.when?.precision ?? '') ? [dayOf(d.when) ?? 0] : []));
  const comparable = (w: When | undefined): boolean => {
    if (w?.start === undefined || FINE.has(w.precision ?? '')) return true;
    const from = dayOf(w) ?? 0;
    const to = w.end !== undefined ? Date.parse(w.end.slice(0, 10)) : from;
    return !days.some((t) => t >= from && t < to);
  };
  const times = narrative.map((n) => (comparable(n.d.when) ? dayOf(n.d.when) : undefined));
  const firstDated = times.find((t) => t !== undefined);
  // "A train ... rolled into Barking on Wednesday. It reached the Alataw Pass, then crossed Kazakhstan ...":
  // when the lead tells the latest stop, the undated stops told after it are the way there.
  const lead = leadStop(narrative, times);
  let carry = firstDated;
  const est = times.map((t, k) => {
    if (t !== undefined) carry = t;
    const n = narrative[k];
    if (t === undefined && lead !== undefined && carry === lead.t && n !== undefined && n.d.sentence > lead.sentence && n.tier === 2) return lead.t - 1;
    return t ?? carry ?? 0;
  });
  const ordered = narrative.map((n, k) => ({ ...n, t: est[k] ?? 0, k })).sort((a, b) => a.t - b.t || a.k - b.k);
  const seq = new Array<number>(items.length).fill(0);
  let s = -1;
  let prev: (typeof ordered)[number] | undefined;
  for (const o of ordered) {
    const tie = prev !== undefined && prev.tier === o.tier && prev.d.list !== undefined && prev.d.list === o.d.list && !prev.d.when && !o.d.when;
    if (!tie) s++;
    seq[o.i] = s;
    prev = o;
  }
  return seq;
}

/**
 * The stop the lead sentence arrives at, when the lead tells the whole run (where it set out and
 * where it arrived) and that arrival is the latest dated stop of the route: the news told first,
 * the way there told after it (undefined when the lead is not such a summary).
 */
function leadStop(narrative: readonly { d: OrderItem; tier: number }[], times: readonly (number | undefined)[]): { t: number; sentence: number } | undefined {
  const first = Math.min(...narrative.map((n) => n.d.sentence));
  if (first > LEAD_SENTENCES) return undefined;
  let latest = -Infinity;
  for (const t of times) if (t !== undefined && t > latest) latest = t;
  // The lead tells the whole run, from where it set out to where it arrived ("set out from Yiwu ... rolled into Barking").
  const setOut = narrative.some((n) => n.d.sentence === first && (n.d.origin || n.d.move === 'from' || n.d.move === 'start'));
  const k = narrative.findIndex((n, i) => n.d.sentence === first && !n.d.origin && n.tier === 2 && (n.d.move === 'to' || n.d.move === 'end') && times[i] === latest);
  return k < 0 || !setOut ? undefined : { t: latest, sentence: first };
}
