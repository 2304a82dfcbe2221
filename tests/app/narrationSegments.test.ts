import { describe, expect, it } from 'vitest';
import { narrationSegments, eventRanges } from '../../src/app/narrationSegments';
import { describeWhen } from '../../src/i18n/describeWhen';

const text = 'Pompeo flew to Uzbekistan late yesterday.';
const story = {
  meta: { title: 't', published: '2020-02-03', language: 'en', text },
  places: [{ id: 'uz', name: 'Uzbekistan', kind: 'country' as const, lat: 41, lon: 64, confidence: 1, mentions: [{ start: 15, end: 25, text: 'Uzbekistan' }] }],
  times: [{ id: 't', start: 26, end: 40, text: 'late yesterday', type: 'TIME' as const, value: '2020-02-02TEV' }],
};

describe('narrationSegments', () => {
  it('marks the place and the time words of a sentence and keeps the rest as plain text', () => {
    expect(narrationSegments(story, 0, text.length)).toEqual([
      { text: 'Pompeo flew to ', mark: null },
      { text: 'Uzbekistan', mark: 'place' },
      { text: ' ', mark: null },
      { text: 'late yesterday', mark: 'time' },
      { text: '.', mark: null },
    ]);
  });

  it('clips highlights to the range and never repeats a character', () => {
    const segs = narrationSegments(story, 20, 30);
    expect(segs.map((s) => s.text).join('')).toBe(text.slice(20, 30));
    expect(segs[0]).toEqual({ text: 'istan', mark: 'place' });
  });

  it('lets the earlier of two overlapping highlights win', () => {
    const overlapping = { ...story, times: [{ ...story.times[0]!, start: 20, end: 30 }] };
    expect(narrationSegments(overlapping, 0, text.length).map((s) => s.text).join('')).toBe(text);
  });

  it('merges an event\'s overlapping spans', () => {
    const ranges = eventRanges({ id: 'e', title: '', kind: 'visit', placeIds: [], actors: [], confidence: 1, spans: [{ start: 5, end: 9, text: '' }, { start: 0, end: 6, text: '' }, { start: 20, end: 22, text: '' }] });
    expect(ranges).toEqual([[0, 9], [20, 22]]);
  });
});

describe('describeWhen', () => {
  it('says a date no more precisely than it is known', () => {
    expect(describeWhen({ start: '2020-02-02', precision: 'day' })).toBe('2 February 2020');
    expect(describeWhen({ start: '2020-02-02T18:00', precision: 'partOfDay' })).toBe('late on 2 February 2020');
    expect(describeWhen({ before: '2020-02-02' })).toBe('before 2 February 2020');
    expect(describeWhen({ start: '2020-02', precision: 'month' } as never)).toBe('February 2020');
    expect(describeWhen(undefined)).toBe('Undated');
  });
});
