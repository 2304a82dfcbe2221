import type { Route } from '../story/types';

/** One leg of a route, from one stop's place to the next's. */
export interface RouteLeg {
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  /** The stop number (sequence group, 1-based) the leg arrives at. */
  readonly toNumber: number;
  /** The sequence number of the stop the leg arrives at. */
  readonly toSequence: number;
  /**
   * False when one end belongs to a group of stops whose order the text does not give:
   * the leg is one possibility, not a known step, and is drawn dashed.
   */
  readonly certain: boolean;
}

/** A stop as the map numbers it: its place, its shared number, and whether its group is unordered. */
export interface NumberedStop {
  readonly placeId: string;
  readonly number: number;
  readonly sequence: number;
  readonly unordered: boolean;
}

/** Groups a route's stops by `sequence`, ascending; stops in one group are in unknown order. */
export function stopGroups(route: Route): NumberedStop[][] {
  const bySequence = new Map<number, string[]>();
  for (const stop of route.stops) {
    const group = bySequence.get(stop.sequence) ?? [];
    if (!group.includes(stop.placeId)) group.push(stop.placeId);
    bySequence.set(stop.sequence, group);
  }
  return [...bySequence.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([sequence, ids], i) => ids.map((placeId) => ({ placeId, number: i + 1, sequence, unordered: ids.length > 1 })));
}

/**
 * The legs of a route: every stop of one group joined to every stop of the next. Where a
 * group holds several stops (order unknown), each gets a leg in from the previous stop and a
 * leg out to the next, all marked uncertain; nothing is drawn between stops of one group.
 */
export function routeLegs(route: Route): RouteLeg[] {
  const groups = stopGroups(route);
  const legs: RouteLeg[] = [];
  for (let i = 1; i < groups.length; i++) {
    const from = groups[i - 1] ?? [];
    const to = groups[i] ?? [];
    const certain = from.length === 1 && to.length === 1;
    for (const a of from) {
      for (const b of to) {
        if (a.placeId === b.placeId) continue;
        legs.push({ fromPlaceId: a.placeId, toPlaceId: b.placeId, toNumber: b.number, toSequence: b.sequence, certain });
      }
    }
  }
  return legs;
}
