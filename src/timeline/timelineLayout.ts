import type { EventKind, Story } from '../story/types';
import { parseStoryDate, whenRange, type RangeKind } from '../story/whenRange';

/** A lane of the timeline: dated events, one per route, and undated background. */
export interface TimelineLane {
  readonly id: string;
  /** A route lane's name (the story's words); empty for the events and undated lanes, which the view names in the reader's language. */
  readonly label: string;
  readonly kind: 'events' | 'route' | 'undated';
  /** How many rows the lane needs so its marks do not overlap. */
  readonly rows: number;
}

/** One mark, in time units (UTC ms): the renderer (SVG or canvas) only scales it. */
export interface TimelineMark {
  readonly key: string;
  /** The event the mark selects; a route stop without an event selects nothing. */
  readonly eventId: string | null;
  readonly laneId: string;
  readonly row: number;
  /** `undated` marks have no time: they sit in slot `slot` of `slots` across the lane. */
  readonly kind: RangeKind | 'undated';
  readonly start: number;
  readonly end: number;
  readonly slot: number;
  readonly slots: number;
  readonly label: string;
  readonly eventKind: EventKind | 'stop';
  /** In a collection, the article (group) the event came from; `null` otherwise and for route stops. */
  readonly group: string | null;
}

/** The whole timeline as pure data: lanes, marks, the time domain and the publication date. */
export interface TimelineLayout {
  readonly lanes: readonly TimelineLane[];
  readonly marks: readonly TimelineMark[];
  readonly domain: readonly [number, number];
  readonly published: number;
  /** In a collection, each article's publication date (the articles that give one); empty otherwise. */
  readonly articles: ReadonlyArray<{ readonly group: string; readonly published: number }>;
}

const DAY = 24 * 60 * 60 * 1000;

/** The most rows a lane gets; past it, marks share the row that frees up first (a dense lane stays short). */
export const MAX_ROWS = 8;

/** Assigns rows greedily so marks of one lane do not overlap; `gap` is the least time between neighbours. */
function packRows<T extends { start: number; end: number }>(items: readonly T[], gap: number): Array<T & { row: number }> {
  const rowEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.start - b.start)
    .map((item) => {
      let row = rowEnds.findIndex((end) => end + gap <= item.start);
      if (row === -1 && rowEnds.length < MAX_ROWS) row = rowEnds.length;
      if (row === -1) {
        row = 0;
        for (let r = 1; r < rowEnds.length; r++) if ((rowEnds[r] ?? 0) < (rowEnds[row] ?? 0)) row = r;
      }
      rowEnds[row] = Math.max(item.end, item.start);
      return { ...item, row };
    });
}

/** The domain that shows every range with a margin, at least one day wide. */
function domainOf(times: readonly number[], published: number): [number, number] {
  const all = times.length > 0 ? times : [published - DAY, published];
  // A loop, not Math.min(...all): spreading 100,000 arguments overflows the stack.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const t of all) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  hi = Math.max(hi, lo + DAY);
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  return [lo, hi];
}

/** Lays out a story's events and route stops in lanes, in time units, ready to scale and draw. */
export function timelineLayout(story: Pick<Story, 'events' | 'routes' | 'places' | 'meta' | 'groups'>): TimelineLayout {
  const published = parseStoryDate(story.meta.published);
  const articles = (story.groups ?? []).flatMap((g) => (g.published === undefined ? [] : [{ group: g.id, published: parseStoryDate(g.published) }]));
  const placeName = new Map(story.places.map((p) => [p.id, p.displayName ?? p.name]));
  const dated: Array<Omit<TimelineMark, 'row'>> = [];
  const undated: Story['events'][number][] = [];
  for (const e of story.events) {
    const r = whenRange(e.when);
    if (!r) undated.push(e);
    else dated.push({ key: `event:${e.id}`, eventId: e.id, laneId: 'events', kind: r.kind, start: r.start, end: r.end, slot: 0, slots: 1, label: e.title, eventKind: e.kind, group: e.group ?? null });
  }
  const routeMarks = story.routes.map((route) =>
    route.stops.flatMap((stop, i) => {
      const r = whenRange(stop.when);
      if (!r) return [];
      const label = `${placeName.get(stop.placeId) ?? stop.placeId}`;
      return [{ key: `stop:${route.id}:${i}`, eventId: stop.eventId ?? null, laneId: `route:${route.id}`, kind: r.kind, start: r.start, end: r.end, slot: 0, slots: 1, label, eventKind: 'stop' as const, group: null }];
    }),
  );
  const times: number[] = [];
  for (const m of [...dated, ...routeMarks.flat()]) times.push(m.start, m.end);
  const domain = domainOf(times, published);
  const gap = (domain[1] - domain[0]) * 0.015;

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  const addLane = (lane: Omit<TimelineLane, 'rows'>, laneMarks: ReadonlyArray<Omit<TimelineMark, 'row'>>): void => {
    const packed = packRows(laneMarks, gap);
    let rows = 1;
    for (const m of packed) {
      rows = Math.max(rows, m.row + 1);
      marks.push(m);
    }
    lanes.push({ ...lane, rows });
  };
  if (dated.length > 0 || story.events.length === 0) addLane({ id: 'events', label: '', kind: 'events' }, dated);
  // Travellers who go together (the same stops on the same dates: a couple, a crew) share one lane, named by them all.
  // Routes are compared stop by stop, stopping at the first difference: a single route of 100,000 stops costs nothing.
  const together: number[][] = [];
  story.routes.forEach((route, i) => {
    const same = together.find((g) => sameStops(story.routes[g[0] ?? 0]?.stops ?? [], route.stops));
    if (same) same.push(i);
    else together.push([i]);
  });
  for (const group of together) {
    const first = story.routes[group[0] ?? 0];
    if (!first) continue;
    const label = group.length === 1 ? (first.title ?? first.traveller) : group.map((i) => story.routes[i]?.traveller ?? '').join(', ');
    addLane({ id: `route:${first.id}`, label, kind: 'route' }, (routeMarks[group[0] ?? 0] ?? []));
  }
  if (undated.length > 0) {
    lanes.push({ id: 'undated', label: '', kind: 'undated', rows: 1 });
    undated.forEach((e, slot) =>
      marks.push({ key: `event:${e.id}`, eventId: e.id, laneId: 'undated', row: 0, kind: 'undated', start: Number.NaN, end: Number.NaN, slot, slots: undated.length, label: e.title, eventKind: e.kind, group: e.group ?? null }),
    );
  }
  return { lanes, marks, domain, published, articles };
}

/** Whether two routes make the same stops on the same dates. */
function sameStops(a: Story['routes'][number]['stops'], b: Story['routes'][number]['stops']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.placeId !== y.placeId || x.when?.start !== y.when?.start || x.when?.before !== y.when?.before || x.when?.after !== y.when?.after) return false;
  }
  return true;
}
