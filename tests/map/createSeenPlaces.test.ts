import { describe, expect, it } from 'vitest';
import { createSeenPlaces } from '../../src/map/createSeenPlaces';
import type { StoryEvent } from '../../src/story/types';

const event = (id: string, placeIds: string[]): StoryEvent => ({ id, title: id, spans: [], kind: 'visit', placeIds, actors: [], confidence: 1 });
const events = new Map([event('e1', ['a']), event('e2', ['b', 'c']), event('e3', ['a', 'd'])].map((e) => [e.id, e]));

describe('createSeenPlaces', () => {
  it('gives the places of the seen events, reading only the events added to the same set since', () => {
    const placesOf = createSeenPlaces(events);
    const seen = new Set(['e1']);
    expect([...placesOf(seen)]).toEqual(['a']);
    seen.add('e2');
    expect([...placesOf(seen)]).toEqual(['a', 'b', 'c']);
    seen.add('e3');
    expect([...placesOf(seen)]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('starts again for another set or a smaller one', () => {
    const placesOf = createSeenPlaces(events);
    expect([...placesOf(new Set(['e1', 'e2', 'e3']))]).toEqual(['a', 'b', 'c', 'd']);
    expect([...placesOf(new Set(['e2']))]).toEqual(['b', 'c']);
    const shrinking = new Set(['e1', 'e3']);
    expect([...placesOf(shrinking)]).toEqual(['a', 'd']);
    shrinking.delete('e3');
    expect([...placesOf(shrinking)]).toEqual(['a']);
  });
});
