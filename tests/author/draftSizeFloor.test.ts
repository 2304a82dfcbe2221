import { describe, expect, it } from 'vitest';
import { draftSizeFloor } from '../../src/author/draftSizeFloor';
import { packDraft, type Draft } from '../../src/author/draftRecord';
import { seedStory } from './seedStory';

describe('draftSizeFloor', () => {
  it('never exceeds the length of the stored draft', () => {
    const story = seedStory();
    const draft: Draft = { text: story.meta.text, date: '2020-02-03', history: { base: story, edits: [], position: 0 } };
    const stored = packDraft({ format: 'dateline-draft/1', revision: 1, tabId: 'A', savedAt: '2020-02-03T10:00:00.000Z', draft });
    expect(draftSizeFloor(draft)).toBeGreaterThan(story.meta.text.length);
    expect(draftSizeFloor(draft)).toBeLessThan(stored.length);
  });

  it('counts the article text twice only when the story holds a text other than the input', () => {
    const story = seedStory();
    const same = draftSizeFloor({ text: story.meta.text, date: '', history: { base: story, edits: [], position: 0 } });
    const other = draftSizeFloor({ text: 'edited', date: '', history: { base: story, edits: [], position: 0 } });
    expect(other).toBe(same - story.meta.text.length + 'edited'.length + story.meta.text.length);
    expect(draftSizeFloor({ text: 'only text', date: '', history: null })).toBe(9);
  });
});
