import { describe, expect, it } from 'vitest';
import { dateEventsFromRoutes } from '../../../src/extract/itinerary/dateEventsFromRoutes';
import type { Route, StoryEvent } from '../../../src/story/types';

const sentence = { start: 0, end: 40, text: 'Speaking on a visit to Astana, he said.' };
const event = (when: StoryEvent['when']): StoryEvent => ({
  id: 'e2', title: 't', spans: [sentence], kind: 'visit', placeIds: ['astana'], actors: [], confidence: 0.5, ...(when ? { when } : {}),
});
const route: Route = {
  id: 'r1', traveller: 'A', spans: [],
  stops: [{ placeId: 'astana', sequence: 0, when: { start: '2020-02-02', end: '2020-02-03', precision: 'day' }, spans: [{ start: 23, end: 29, text: 'Astana' }] }],
};

describe('dateEventsFromRoutes', () => {
  it('gives a "by publication" event the date of the stop it tells of, with less confidence', () => {
    const [e] = dateEventsFromRoutes([event({ before: '2020-02-04' })], [route]);
    expect(e?.when?.start).toBe('2020-02-02');
    expect(e?.confidence).toBeLessThanOrEqual(0.6);
  });

  it('leaves events with a date of their own, and undated background, alone', () => {
    const own = event({ start: '2020-01-30', end: '2020-01-31', precision: 'day' });
    expect(dateEventsFromRoutes([own], [route])[0]).toBe(own);
    const background = event(undefined);
    expect(dateEventsFromRoutes([background], [route])[0]?.when).toBeUndefined();
  });
});
