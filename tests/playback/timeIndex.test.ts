import { describe, expect, it } from 'vitest';
import { createTimeIndex } from '../../src/playback/timeIndex';
import type { StoryEvent, When } from '../../src/story/types';

const DAY = 86_400_000;
const feb = (d: number, h = 0): number => Date.UTC(2020, 1, d, h);
const event = (id: string, when?: When): StoryEvent => ({ id, title: id, spans: [], kind: 'visit', placeIds: [], actors: [], confidence: 1, ...(when ? { when } : {}) });

const events = [
  event('tour', { start: '2020-02-01', end: '2020-02-04' }),
  event('speech', { start: '2020-02-02T18:00', precision: 'hour' }),
  event('visit', { start: '2020-02-03', precision: 'day' }),
  event('earlier', { before: '2020-01-31' }),
  event('background'),
];

describe('createTimeIndex', () => {
  it('makes the latest event started by a moment the active one', () => {
    const index = createTimeIndex({ events });
    expect(index.activeAt(feb(1) - 1)).toBe('earlier');
    expect(index.activeAt(feb(1, 12))).toBe('tour');
    expect(index.activeAt(feb(2, 18))).toBe('speech');
    expect(index.activeAt(feb(3, 5))).toBe('visit');
  });

  it('has no active event before the first one, and no time for an undated one', () => {
    const index = createTimeIndex({ events });
    expect(index.activeAt(feb(1) - 2 * DAY)).toBeNull();
    expect(index.startOf('background')).toBeNull();
    expect(index.startOf('earlier')).toBe(feb(1) - DAY);
  });

  it('finds the events overlapping a window, long intervals included', () => {
    const index = createTimeIndex({ events });
    expect([...index.inWindow(feb(3), feb(4))].sort()).toEqual(['tour', 'visit']);
    expect([...index.inWindow(feb(2, 12), feb(2, 20))].sort()).toEqual(['speech', 'tour']);
    expect(index.inWindow(feb(10), feb(11)).size).toBe(0);
  });

  it('counts a before-only event in a window over the band it is drawn as, the day before its bound', () => {
    const index = createTimeIndex({ events });
    // 'earlier' is before 31 January: drawn over 30 January.
    expect([...index.inWindow(feb(1) - 2 * DAY + 4 * 3_600_000, feb(1) - DAY - 4 * 3_600_000)]).toEqual(['earlier']);
    expect(index.inWindow(feb(1) - DAY + 3_600_000, feb(1)).size).toBe(0);
  });

  it('spans its domain from the first start to the last end', () => {
    expect(createTimeIndex({ events }).domain).toEqual([feb(1) - DAY, feb(4)]);
    expect(createTimeIndex({ events: [event('x')] }).domain).toEqual([0, 0]);
  });

  it('answers on 50,000 events through binary search, the same as a scan would', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => event(`e${i}`, { start: new Date(feb(1) + i * 60_000).toISOString().slice(0, 16), precision: 'minute' }));
    const index = createTimeIndex({ events: many });
    expect(index.activeAt(feb(1) + 12_345 * 60_000 + 30_000)).toBe('e12345');
    expect(index.inWindow(feb(1) + 100 * 60_000, feb(1) + 110 * 60_000).size).toBe(10);
  });
});

describe('createTimeIndex with events that start together', () => {
  const together = [
    event('visit', { start: '2020-02-02', precision: 'day' }),
    event('talks', { start: '2020-02-02', precision: 'day' }),
    event('earlier', { before: '2020-02-02' }),
    event('evening', { start: '2020-02-02T18:00', precision: 'partOfDay' }),
  ];
  const order = ['earlier', 'talks', 'visit', 'evening'];

  it('ranks them in playback order and makes the last of them the active one at their moment', () => {
    const index = createTimeIndex({ events: together }, order);
    expect([0, 1, 2, 3].map((k) => index.idAt(k))).toEqual(order);
    expect(index.activeAt(feb(2))).toBe('visit');
    expect(index.rankAt(feb(2, 12))).toBe(2);
    expect(index.rankOf('talks')).toBe(1);
    expect(index.startAt(1)).toBe(feb(2));
  });

  it('follows whatever playback order it is given, and by default eventOrder', () => {
    expect(createTimeIndex({ events: together }, ['visit', 'talks', 'earlier', 'evening']).activeAt(feb(2))).toBe('earlier');
    expect(createTimeIndex({ events: together }).size).toBe(4);
    expect(createTimeIndex({ events: together }).rankOf('earlier')).toBe(0);
  });

  it('gives no rank to an undated event, and no event out of range', () => {
    const index = createTimeIndex({ events: [...together, event('background')] });
    expect(index.rankOf('background')).toBe(-1);
    expect(index.idAt(4)).toBeNull();
    expect(index.startAt(-1)).toBeNaN();
  });
});
