import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStoryDate, whenRange, FADE_MS } from '../../src/story/whenRange';
import { validateStory } from '../../src/story/validateStory';
import { markExtent } from '../../src/timeline/markExtent';
import { timelineLayout } from '../../src/timeline/timelineLayout';

const feb = (d: number): number => Date.UTC(2020, 1, d);
// One pixel an hour from 1 February.
const x = (t: number): number => (t - feb(1)) / 3_600_000;

describe('markExtent of a bound ("before", "by publication")', () => {
  it('ends a before-only band at its bound, fading in over the day before it', () => {
    const r = whenRange({ before: '2020-02-02', label: 'before the visit' });
    expect(r).toEqual({ kind: 'before', start: feb(2) - FADE_MS, end: feb(2) });
  });

  it('ends a by-publication band at the publication date, not at the midnight after it that the story stores', () => {
    // Extraction writes "by publication" for an article of 3 February as before 4 February (exclusive).
    expect(whenRange({ before: '2020-02-04', label: 'by publication' })).toEqual({ kind: 'before', start: feb(2), end: feb(3) });
    // Any other bound is the story's own.
    expect(whenRange({ before: '2020-02-04', label: 'before the meeting' })?.end).toBe(feb(4));
  });

  it('draws no by-publication event of the first seed right of its publication line', () => {
    const result = validateStory(JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const layout = timelineLayout(result.story);
    const published = x(parseStoryDate(result.story.meta.published));
    const byPublication = layout.marks.filter((m) => result.story.events.find((e) => e.id === m.eventId)?.when?.label === 'by publication');
    expect(byPublication.length).toBeGreaterThanOrEqual(5);
    for (const m of byPublication) {
      const ext = markExtent(m, x, 1000);
      expect(ext.x + ext.width, m.label).toBe(published);
      expect(ext.x, m.label).toBe(published - 24);
    }
  });
});
