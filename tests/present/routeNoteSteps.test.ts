import { describe, expect, it } from 'vitest';
import { routeNoteSteps } from '../../src/present/routeNoteSteps';
import type { Route, Story, StoryEvent } from '../../src/story/types';

const event = (id: string, placeIds: string[]): StoryEvent => ({ id, title: id, kind: 'visit', placeIds, actors: [], spans: [] }) as unknown as StoryEvent;
const kyiv = { name: 'Kyiv', reason: 'cancelled', spans: [] } as const;
const route = (id: string, stops: Array<{ placeId: string; sequence: number; eventId?: string }>, skipped = [kyiv]): Route =>
  ({ id, traveller: id, stops: stops.map((s) => ({ role: 'stop', spans: [], ...s })), spans: [], skipped }) as unknown as Route;
const story = (routes: Route[], events: StoryEvent[]): Story => ({ routes, events, places: [] }) as unknown as Story;
const ids = (m: ReadonlyMap<string, readonly Route[]>): Record<string, string[]> => Object.fromEntries([...m].map(([step, rs]) => [step, rs.map((r) => r.id)]));

describe('routeNoteSteps', () => {
  it("puts a route's note on the first event slide that reaches one of its stops", () => {
    const s = story([route('r1', [{ placeId: 'minsk', sequence: 0 }, { placeId: 'astana', sequence: 1 }])], [event('e1', ['washington']), event('e2', ['astana']), event('e3', ['minsk'])]);
    expect(ids(routeNoteSteps(s, ['e1', 'e2', 'e3']))).toEqual({ 'event:e2': ['r1'] });
  });

  it('follows the playing order, not the order of the events in the story', () => {
    const s = story([route('r1', [{ placeId: 'minsk', sequence: 0 }, { placeId: 'astana', sequence: 1 }])], [event('e2', ['astana']), event('e3', ['minsk'])]);
    expect(ids(routeNoteSteps(s, ['e3', 'e2']))).toEqual({ 'event:e3': ['r1'] });
  });

  it("reaches a stop tied to an event by that event, wherever it takes place", () => {
    const s = story([route('r1', [{ placeId: 'minsk', sequence: 0, eventId: 'e2' }])], [event('e1', ['minsk']), event('e2', ['nowhere'])]);
    expect(ids(routeNoteSteps(s, ['e1', 'e2']))).toEqual({ 'event:e2': ['r1'] });
  });

  it('notes a route no event reaches on the overview', () => {
    const s = story([route('r1', [{ placeId: 'minsk', sequence: 0 }])], [event('e1', ['washington'])]);
    expect(ids(routeNoteSteps(s, ['e1']))).toEqual({ overview: ['r1'] });
    expect(ids(routeNoteSteps(story([route('r1', [])], []), []))).toEqual({ overview: ['r1'] });
  });

  it('leaves out routes that skipped nothing, and keeps the story order of two routes on one slide', () => {
    const rs = [route('r0', [{ placeId: 'minsk', sequence: 0 }], []), route('r2', [{ placeId: 'minsk', sequence: 0 }]), route('r1', [{ placeId: 'minsk', sequence: 0 }])];
    expect(ids(routeNoteSteps(story(rs, [event('e1', ['minsk'])]), ['e1']))).toEqual({ 'event:e1': ['r2', 'r1'] });
  });
});
