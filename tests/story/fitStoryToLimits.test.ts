import { describe, expect, it } from 'vitest';
import { fitStoryToLimits } from '../../src/story/fitStoryToLimits';
import { STORY_LIMITS } from '../../src/story/storyLimits';
import type { Story, StoryEvent } from '../../src/story/types';
import { utf8Length } from '../../src/story/utf8Length';
import { validateStory } from '../../src/story/validateStory';

const SENTENCE = 'Officials met in Paris. ';

/** A story of `n` sentences, each an event at Paris; Berlin is named only in the last sentence. */
function storyOf(n: number, summary = ''): Story {
  const text = SENTENCE.repeat(n - 1) + 'Officials met in Berlin. ';
  const at = (i: number): number => i * SENTENCE.length;
  const events: StoryEvent[] = Array.from({ length: n }, (_, i) => ({
    id: `e${i + 1}`,
    title: 'Officials met',
    ...(summary ? { summary } : {}),
    spans: [{ start: at(i), end: at(i) + 23, text: text.slice(at(i), at(i) + 23) }],
    kind: 'meeting',
    placeIds: [i === n - 1 ? 'berlin' : 'paris'],
    actors: ['Officials'],
    confidence: 0.8,
  }));
  return {
    format: 'dateline/1',
    meta: { title: 'Meetings', published: '2020-02-03', language: 'en', text },
    places: [
      { id: 'paris', name: 'Paris', kind: 'city', lat: 48.85, lon: 2.35, mentions: Array.from({ length: n - 1 }, (_, i) => ({ start: at(i) + 17, end: at(i) + 22, text: 'Paris' })), confidence: 0.9 },
      { id: 'berlin', name: 'Berlin', kind: 'city', lat: 52.52, lon: 13.4, mentions: [{ start: at(n - 1) + 17, end: at(n - 1) + 23, text: 'Berlin' }], confidence: 0.9 },
    ],
    events,
    routes: [
      {
        id: 'r1',
        traveller: 'Officials',
        stops: [
          { placeId: 'paris', sequence: 0, eventId: 'e1', spans: [events[0]!.spans[0]!] },
          { placeId: 'berlin', sequence: 1, eventId: `e${n}`, spans: [events[n - 1]!.spans[0]!] },
        ],
        spans: [],
      },
    ],
    times: [],
  };
}

describe('fitStoryToLimits', () => {
  it('gives a story within every limit back as it is, with no notes', () => {
    const story = storyOf(10);
    expect(fitStoryToLimits(story)).toEqual({ story, notes: [] });
  });

  it('cuts a story of 100,001 events where the 100,001st begins, keeps the article whole and says where the story stops', () => {
    const story = storyOf(STORY_LIMITS.events + 1);
    expect(validateStory(story).ok).toBe(false);
    const fitted = fitStoryToLimits(story);
    const checked = validateStory(fitted.story);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(fitted.story.events).toHaveLength(STORY_LIMITS.events);
    expect(fitted.story.meta.text).toBe(story.meta.text);
    expect(fitted.cutAt).toBe(STORY_LIMITS.events * SENTENCE.length);
    expect(fitted.notes[0]).toBe(
      `The article is too long for one story (a story holds at most 100,000 events): the story covers its first 2,400,000 of 2,400,025 characters; 1 event, 1 place and 0 times after that are left out.`,
    );
  });

  it('drops the places, stops and event references that lie past the cut', () => {
    const fitted = fitStoryToLimits(storyOf(STORY_LIMITS.events + 1));
    expect(fitted.story.places.map((p) => p.id)).toEqual(['paris']);
    expect(fitted.story.routes[0]?.stops.map((s) => s.placeId)).toEqual(['paris']);
    expect(fitted.story.events.every((e) => e.placeIds.every((id) => id === 'paris'))).toBe(true);
  });

  it('cuts a story whose indented JSON would pass 50 MB so that it fits, and validates', () => {
    // 700 events with 90,000-character summaries: about 63 MB.
    const story = storyOf(700, 'a'.repeat(90_000));
    const fitted = fitStoryToLimits(story);
    expect(validateStory(fitted.story).ok).toBe(true);
    expect(utf8Length(JSON.stringify(fitted.story, null, 2))).toBeLessThanOrEqual(STORY_LIMITS.bytes);
    expect(fitted.story.events.length).toBeGreaterThan(400);
    expect(fitted.notes[0]).toMatch(/^The article is too long for one story \(a story file is at most 50 MB\): the story covers its first [\d,]+ of 16,801 characters; \d+ events, 1 place and 0 times after that are left out\.$/);
  });

  it('shortens a title past 500 characters to 500, ending in an ellipsis, and says so', () => {
    const story = storyOf(3);
    story.events[1]!.title = 'T'.repeat(600);
    const fitted = fitStoryToLimits(story);
    expect(fitted.story.events[1]?.title).toBe(`${'T'.repeat(499)}…`);
    expect(fitted.notes).toEqual(['1 text or list was shortened to the story limits.']);
    expect(validateStory(fitted.story).ok).toBe(true);
  });
});
