import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventOrder } from '../../src/playback/eventOrder';
import type { StoryEvent } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';

const ev = (id: string, at: number, when?: StoryEvent['when']): StoryEvent => ({
  id, title: id, kind: 'statement', spans: [{ start: at, end: at + 1, text: 'x' }], placeIds: [], actors: [], confidence: 1, ...(when ? { when } : {}),
});

describe('eventOrder', () => {
  it('puts dated events in time order and undated ones after, in narrative order', () => {
    const events = [ev('u2', 50), ev('late', 10, { start: '2020-02-02T18:00', precision: 'partOfDay' }), ev('u1', 5), ev('day', 40, { start: '2020-02-02', precision: 'day' })];
    expect(eventOrder({ events })).toEqual(['day', 'late', 'u1', 'u2']);
  });

  it('sorts an only-"before" event ahead of the day it is bounded by, and ties by narrative position', () => {
    const events = [ev('d2', 30, { start: '2020-02-02' }), ev('d1', 20, { start: '2020-02-02' }), ev('b', 90, { before: '2020-02-02' })];
    expect(eventOrder({ events })).toEqual(['b', 'd1', 'd2']);
  });

  it('puts an only-"before" event where it becomes active while playing by time: at its bound, not a day ahead of it', () => {
    const events = [ev('before', 5, { before: '2020-02-03', label: 'before the talks' }), ev('noon', 10, { start: '2020-02-02T12:00', precision: 'hour' }), ev('pub', 1, { before: '2020-02-04', label: 'by publication' }), ev('morning', 20, { start: '2020-02-03T06:00', precision: 'hour' })];
    // By publication (an article of 3 February) is at the publication date, with the other bound of that day.
    expect(eventOrder({ events })).toEqual(['noon', 'pub', 'before', 'morning']);
  });

  it('walks the sample story from the tour stops to the flight, then the background', () => {
    const result = validateStory(JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(eventOrder(result.story)).toEqual(['e6', 'e7', 'e1', 'e2', 'e8', 'e9', 'e3', 'e4', 'e5']);
  });
});
