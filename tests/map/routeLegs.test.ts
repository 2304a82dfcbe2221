import { describe, expect, it } from 'vitest';
import { routeLegs, stopGroups } from '../../src/map/routeLegs';
import { routeProgress } from '../../src/map/routeProgress';
import type { Route, StoryEvent } from '../../src/story/types';

const stop = (placeId: string, sequence: number, eventId?: string): Route['stops'][number] => ({ placeId, sequence, spans: [], ...(eventId ? { eventId } : {}) });
const tour: Route = {
  id: 'r1',
  traveller: 'Mike Pompeo',
  spans: [],
  stops: [stop('britain', 0, 'e6'), stop('ukraine', 1, 'e7'), stop('belarus', 1, 'e7'), stop('nur-sultan', 2, 'e8'), stop('uzbekistan', 3, 'e9')],
};

describe('routeLegs', () => {
  it('numbers stops by sequence group: stops sharing a sequence share a number', () => {
    expect(stopGroups(tour).map((g) => g.map((s) => `${s.placeId}:${s.number}${s.unordered ? '?' : ''}`))).toEqual([
      ['britain:1'],
      ['ukraine:2?', 'belarus:2?'],
      ['nur-sultan:3'],
      ['uzbekistan:4'],
    ]);
  });

  it('fans legs into and out of an unordered group, marking them uncertain, and never joins its members', () => {
    const legs = routeLegs(tour).map((l) => `${l.fromPlaceId}>${l.toPlaceId}${l.certain ? '' : '?'}`);
    expect(legs).toEqual(['britain>ukraine?', 'britain>belarus?', 'ukraine>nur-sultan?', 'belarus>nur-sultan?', 'nur-sultan>uzbekistan']);
    expect(legs).not.toContain('ukraine>belarus?');
  });

  it('orders stops by sequence even when listed out of order', () => {
    const shuffled: Route = { ...tour, stops: [...tour.stops].reverse() };
    expect(routeLegs(shuffled).map((l) => l.toPlaceId).at(-1)).toBe('uzbekistan');
  });

  it('draws nothing for a route of one stop', () => {
    expect(routeLegs({ ...tour, stops: [stop('britain', 0)] })).toEqual([]);
  });
});

describe('routeProgress', () => {
  const events = new Map<string, StoryEvent>(
    ['e6', 'e7', 'e8', 'e9'].map((id) => [id, { id, title: id, kind: 'visit', spans: [], placeIds: [], actors: [], confidence: 1 }]),
  );
  it('reaches the highest sequence whose stop event has been seen', () => {
    expect(routeProgress(tour, events, new Set())).toBe(-1);
    expect(routeProgress(tour, events, new Set(['e6', 'e7']))).toBe(1);
    expect(routeProgress(tour, events, new Set(['e6', 'e7', 'e8', 'e9']))).toBe(3);
  });

  it('falls back to event places for stops tied to no event, including the place a stop lies within', () => {
    const route: Route = { ...tour, stops: [stop('britain', 0), { placeId: 'nur-sultan', within: 'kazakhstan', sequence: 1, spans: [] }] };
    const withPlaces = new Map(events);
    withPlaces.set('k', { id: 'k', title: 'k', kind: 'statement', spans: [], placeIds: ['kazakhstan'], actors: [], confidence: 1 });
    expect(routeProgress(route, withPlaces, new Set(['k']))).toBe(1);
  });
});
