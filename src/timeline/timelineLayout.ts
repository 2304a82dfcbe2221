import type { EventKind, Story } from '../story/types';
import { parseStoryDate, whenRange, type RangeKind } from './whenRange';

/** A lane of the timeline: dated events, one per route, and undated background. */
export interface TimelineLane {
  readonly id: string;
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
}

/** The whole timeline as pure data: lanes, marks, the time domain and the publication date. */
export interface TimelineLayout {
  readonly lanes: readonly TimelineLane[];
  readonly marks: readonly TimelineMark[];
  readonly domain: readonly [number, number];
  readonly published: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Assigns rows greedily so marks of one lane never overlap; `gap` is the least time between neighbours. */
function packRows<T extends { start: number; end: number }>(items: readonly T[], gap: number): Array<T & { row: number }> {
  const rowEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.start - b.start)
    .map((item) => {
      let row = rowEnds.findIndex((end) => end + gap <= item.start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = Math.max(item.end, item.start);
      return { ...item, row };
    });
}

/** The domain that shows every range with a margin, at least one day wide. */
function domainOf(times: readonly number[], published: number): [number, number] {
  const all = times.length > 0 ? times : [published - DAY, published];
  let lo = Math.min(...all);
  let hi = Math.max(...all, lo + DAY);
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  return [lo, hi];
}

/** Lays out a story's events and route stops in lanes, in time units, ready to scale and draw. */
export function timelineLayout(story: Pick<Story, 'events' | 'routes' | 'places' | 'meta'>): TimelineLayout {
  const published = parseStoryDate(story.meta.published);
  const placeName = new Map(story.places.map((p) => [p.id, p.displayName ?? p.name]));
  const dated: Array<Omit<TimelineMark, 'row'>> = [];
  const undated = story.events.filter((e) => whenRange(e.when) === null);
  for (const e of story.events) {
    const r = whenRange(e.when);
    if (r) dated.push({ key: `event:${e.id}`, eventId: e.id, laneId: 'events', kind: r.kind, start: r.start, end: r.end, slot: 0, slots: 1, label: e.title, eventKind: e.kind });
  }
  const routeMarks = story.routes.map((route) =>
    route.stops.flatMap((stop, i) => {
      const r = whenRange(stop.when);
      if (!r) return [];
      const label = `${placeName.get(stop.placeId) ?? stop.placeId}`;
      return [{ key: `stop:${route.id}:${i}`, eventId: stop.eventId ?? null, laneId: `route:${route.id}`, kind: r.kind, start: r.start, end: r.end, slot: 0, slots: 1, label, eventKind: 'stop' as const }];
    }),
  );
  const times = [...dated, ...routeMarks.flat()].flatMap((m) => [m.start, m.end]);
  const domain = domainOf(times, published);
  const gap = (domain[1] - domain[0]) * 0.015;

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  const addLane = (lane: Omit<TimelineLane, 'rows'>, laneMarks: ReadonlyArray<Omit<TimelineMark, 'row'>>): void => {
    const packed = packRows(laneMarks, gap);
    lanes.push({ ...lane, rows: Math.max(1, ...packed.map((m) => m.row + 1)) });
    marks.push(...packed);
  };
  if (dated.length > 0 || story.events.length === 0) addLane({ id: 'events', label: 'Events', kind: 'events' }, dated);
  story.routes.forEach((route, i) => {
    addLane({ id: `route:${route.id}`, label: route.title ?? route.traveller, kind: 'route' }, routeMarks[i] ?? []);
  });
  if (undated.length > 0) {
    lanes.push({ id: 'undated', label: 'Undated', kind: 'undated', rows: 1 });
    undated.forEach((e, slot) =>
      marks.push({ key: `event:${e.id}`, eventId: e.id, laneId: 'undated', row: 0, kind: 'undated', start: Number.NaN, end: Number.NaN, slot, slots: undated.length, label: e.title, eventKind: e.kind }),
    );
  }
  return { lanes, marks, domain, published };
}
