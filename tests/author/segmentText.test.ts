import { describe, expect, it } from 'vitest';
import { segmentText, storyMarks, type TextMark } from '../../src/author/segmentText';
import { seedStory } from './seedStory';

const place = (start: number, end: number, id = 'p'): TextMark => ({ start, end, kind: 'place', id });

describe('segmentText', () => {
  it('cuts the text into plain and marked runs that cover every character once', () => {
    const segs = segmentText('Pompeo in Kyiv today.', [place(10, 14, 'kyiv'), { start: 15, end: 20, kind: 'time', id: 't1' }]);
    expect(segs.map((s) => [s.text, s.mark?.id])).toEqual([
      ['Pompeo in ', undefined],
      ['Kyiv', 'kyiv'],
      [' ', undefined],
      ['today', 't1'],
      ['.', undefined],
    ]);
    expect(segs.map((s) => s.start)).toEqual([0, 10, 14, 15, 20]);
  });

  it('on overlap keeps the mark that starts first (the longer on a tie) and never nests', () => {
    const segs = segmentText('New York City', [place(4, 8, 'york'), place(0, 8, 'ny'), place(0, 13, 'nyc')]);
    expect(segs.map((s) => [s.text, s.mark?.id])).toEqual([['New York City', 'nyc']]);
  });

  it('skips marks that are empty, reversed or outside the text', () => {
    const segs = segmentText('abc', [place(2, 2), place(2, 1), place(1, 9), place(-1, 1), place(0.5, 2)]);
    expect(segs).toEqual([{ text: 'abc', start: 0 }]);
  });

  it('gives one plain run for text without marks and nothing for empty text', () => {
    expect(segmentText('plain', [])).toEqual([{ text: 'plain', start: 0 }]);
    expect(segmentText('', [place(0, 1)])).toEqual([]);
  });

  it('rebuilds the seed article exactly from its segments, with every mention marked', () => {
    const story = seedStory();
    const marks = storyMarks(story);
    const segs = segmentText(story.meta.text, marks);
    expect(segs.map((s) => s.text).join('')).toBe(story.meta.text);
    expect(segs.filter((s) => s.mark).length).toBe(marks.length);
    for (const s of segs) if (s.mark) expect(s.text).toBe(story.meta.text.slice(s.mark.start, s.mark.end));
  });
});
