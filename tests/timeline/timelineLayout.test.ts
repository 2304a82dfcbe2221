import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';
import { markExtent } from '../../src/timeline/markExtent';
import { timelineLayout } from '../../src/timeline/timelineLayout';
import { FADE_MS, whenRange } from '../../src/story/whenRange';

const DAY = 86_400_000;
const feb2 = Date.UTC(2020, 1, 2);

function sample(): Story {
  const r = validateStory(JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.story;
}

describe('whenRange', () => {
  it('draws a day as a one-day band and "late yesterday" as an evening band', () => {
    expect(whenRange({ start: '2020-02-02', precision: 'day' })).toEqual({ kind: 'interval', start: feb2, end: feb2 + DAY });
    expect(whenRange({ start: '2020-02-02T18:00', precision: 'partOfDay' })).toEqual({ kind: 'interval', start: feb2 + 18 * 3600_000, end: feb2 + DAY });
  });

  it('draws a minute as an instant and a bare date as a day', () => {
    expect(whenRange({ start: '2020-02-02T09:30' })?.kind).toBe('instant');
    expect(whenRange({ start: '2020-02-02' })).toEqual({ kind: 'interval', start: feb2, end: feb2 + DAY });
  });

  it('draws only-bounded dates as fading bands on the open side', () => {
    expect(whenRange({ before: '2020-02-02' })).toEqual({ kind: 'before', start: feb2 - FADE_MS, end: feb2 });
    expect(whenRange({ after: '2020-02-02' })).toEqual({ kind: 'after', start: feb2, end: feb2 + FADE_MS });
    expect(whenRange({ after: '2020-02-01', before: '2020-02-02' })?.kind).toBe('between');
  });

  it('gives null for an undated event', () => {
    expect(whenRange(undefined)).toBeNull();
  });
});

describe('timelineLayout', () => {
  const layout = timelineLayout(sample());

  it('has a lane for dated events, one per route, and one for undated background', () => {
    expect(layout.lanes.map((l) => l.kind)).toEqual(['events', 'route', 'undated']);
  });

  it('puts every event on the timeline exactly once, and the undated ones in their own lane', () => {
    const eventMarks = layout.marks.filter((m) => m.key.startsWith('event:'));
    expect(eventMarks.map((m) => m.eventId).sort()).toEqual(sample().events.map((e) => e.id).sort());
    expect(eventMarks.filter((m) => m.laneId === 'undated').map((m) => m.eventId)).toEqual(['e3', 'e4', 'e5']);
  });

  it('never overlaps two marks in one row of a lane', () => {
    const byRow = new Map<string, Array<{ start: number; end: number }>>();
    for (const m of layout.marks.filter((m) => m.kind !== 'undated')) {
      const key = `${m.laneId}/${m.row}`;
      for (const other of byRow.get(key) ?? []) expect(m.start >= other.end || m.end <= other.start).toBe(true);
      byRow.set(key, [...(byRow.get(key) ?? []), m]);
    }
  });

  it('spans a domain that holds every mark and the publication date', () => {
    const [lo, hi] = layout.domain;
    for (const m of layout.marks.filter((m) => m.kind !== 'undated')) {
      expect(m.start).toBeGreaterThanOrEqual(lo);
      expect(m.end).toBeLessThanOrEqual(hi);
    }
    expect(layout.published).toBe(Date.UTC(2020, 1, 3));
    expect(layout.articles).toEqual([]);
  });

  it("in a collection, keeps each article's publication date (not only the newest)", () => {
    const groups = [
      { id: 'a', title: 'A', published: '1912-03-08' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C', published: '2021-03-30' },
    ];
    expect(timelineLayout({ ...sample(), groups }).articles).toEqual([
      { group: 'a', published: Date.UTC(1912, 2, 8) },
      { group: 'c', published: Date.UTC(2021, 2, 30) },
    ]);
  });
});

describe('markExtent', () => {
  const x = (t: number): number => (t - feb2) / 3600_000;
  const base = { key: 'k', eventId: 'e', laneId: 'events', row: 0, slot: 0, slots: 1, label: 'x', eventKind: 'visit' as const, group: null };

  it('scales a band from start to end and a point to zero width', () => {
    expect(markExtent({ ...base, kind: 'interval', start: feb2, end: feb2 + DAY }, x, 500)).toEqual({ x: 0, width: 24 });
    expect(markExtent({ ...base, kind: 'instant', start: feb2 + 3600_000, end: feb2 + 3600_000 }, x, 500)).toEqual({ x: 1, width: 0 });
  });

  it('keeps a tiny band visible, centred on its time', () => {
    expect(markExtent({ ...base, kind: 'interval', start: feb2, end: feb2 + 3600_000 }, x, 500, 4)).toEqual({ x: -1.5, width: 4 });
  });

  it('shares the width equally between undated marks', () => {
    expect(markExtent({ ...base, kind: 'undated', start: NaN, end: NaN, slot: 1, slots: 4 }, x, 400)).toEqual({ x: 102, width: 96 });
  });
});

describe('timelineLayout of travellers who go together', () => {
  it('gives routes with the same stops on the same dates one lane, named by all their travellers', () => {
    const story = sample();
    const route = story.routes[0];
    if (!route) throw new Error('the sample story has a route');
    const companion = { ...route, id: 'r-companion', traveller: 'A Companion' };
    const alone = { ...route, id: 'r-alone', traveller: 'Someone Else', stops: route.stops.slice(0, 1) };
    const layout = timelineLayout({ ...story, routes: [route, companion, alone] });
    const lanes = layout.lanes.filter((l) => l.kind === 'route');
    expect(lanes.map((l) => l.label)).toEqual([`${route.traveller}, A Companion`, alone.title ?? 'Someone Else']);
    expect(layout.marks.filter((m) => m.laneId === `route:${companion.id}`)).toEqual([]);
  });
});
