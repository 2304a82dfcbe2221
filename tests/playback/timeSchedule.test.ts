import { describe, expect, it } from 'vitest';
import { createTimeIndex } from '../../src/playback/timeIndex';
import { createTimeSchedule } from '../../src/playback/timeSchedule';
import type { StoryEvent, When } from '../../src/story/types';

const HOUR = 3_600_000;
const feb = (d: number, h = 0): number => Date.UTC(2020, 1, d, h);
const event = (id: string, when: When): StoryEvent => ({ id, title: id, spans: [], kind: 'visit', placeIds: [], actors: [], confidence: 1, when });

// Three events at 2 February 00:00, one at 12:00 (the domain ends 3 February): an hour a second, a second's dwell.
const index = createTimeIndex(
  { events: [event('a', { start: '2020-02-02', precision: 'day' }), event('b', { start: '2020-02-02', precision: 'day' }), event('c', { start: '2020-02-02', precision: 'day' }), event('d', { start: '2020-02-02T12:00', precision: 'hour' })] },
  ['a', 'b', 'c', 'd'],
);
const schedule = createTimeSchedule(index, { msPerMs: HOUR / 1000, dwellMs: 1000 });
const shown = (clock: number): string | null => index.idAt(schedule.at(clock).rank);

describe('createTimeSchedule', () => {
  it('stands on a moment shared by several events long enough to show each in turn, in playback order', () => {
    expect(shown(0)).toBe('a');
    expect(schedule.at(999)).toEqual({ time: feb(2), rank: 0 });
    expect(schedule.at(1500)).toEqual({ time: feb(2), rank: 1 });
    expect(shown(2500)).toBe('c');
  });

  it('moves time on at the rate once the last of them is shown, without stopping where the way is long enough', () => {
    // c is shown while time moves the twelve hours to d: no stop is needed for it.
    expect(schedule.at(2000 + 6000)).toEqual({ time: feb(2, 6), rank: 2 });
    expect(schedule.at(2000 + 12_000)).toEqual({ time: feb(2, 12), rank: 3 });
    expect(schedule.duration).toBe(2000 + 24_000);
    expect(schedule.at(99_999)).toEqual({ time: feb(3), rank: 3 });
  });

  it('gives an event whose successor comes too soon the rest of its dwell before moving on', () => {
    const close = createTimeIndex({ events: [event('x', { start: '2020-02-02T00:00', precision: 'minute' }), event('y', { start: '2020-02-02T00:15', precision: 'minute' })] });
    const s = createTimeSchedule(close, { msPerMs: HOUR / 1000, dwellMs: 1000 });
    // x: 750 ms standing, then 250 ms moving to y; y's way to the end is shorter still.
    expect(s.at(700)).toEqual({ time: feb(2), rank: 0 });
    expect(s.at(875).time).toBe(feb(2) + 7.5 * 60_000);
    expect(close.idAt(s.at(1000).rank)).toBe('y');
    expect(s.duration).toBe(2000);
  });

  it('reads the play clock back from a moment and the event shown, so play goes on from that event', () => {
    expect(schedule.clockAt(feb(2), 1)).toBe(1000);
    expect(schedule.clockAt(feb(2, 6), 2)).toBe(8000);
    // An event not shown at that moment: the one active then.
    expect(schedule.clockAt(feb(2, 6), 0)).toBe(8000);
    expect(schedule.clockAt(feb(2), -1)).toBe(2000);
    for (const clock of [0, 1000, 2000, 5000, 14_000]) {
      const { time, rank } = schedule.at(clock);
      expect(schedule.clockAt(time, rank)).toBe(clock);
    }
  });

  it('has nothing to show when nothing is dated', () => {
    const empty = createTimeSchedule(createTimeIndex({ events: [] }), { msPerMs: 1, dwellMs: 1000 });
    expect(empty.duration).toBe(0);
    expect(empty.at(10).rank).toBe(-1);
  });
});
