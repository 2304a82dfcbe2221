import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStoryLimits, STORY_LIMITS } from '../../src/story/storyLimits';
import { validateStory } from '../../src/story/validateStory';

const seed = (): Record<string, unknown> & { meta: Record<string, unknown>; places: Array<Record<string, unknown>>; events: unknown[] } =>
  JSON.parse(readFileSync(new URL('../fixtures/sample.story.json', import.meta.url), 'utf8')) as ReturnType<typeof seed>;

describe('checkStoryLimits', () => {
  it('passes the sample story', () => {
    expect(checkStoryLimits(seed())).toEqual([]);
  });

  it('refuses a title over 500 characters, naming the path and the limit', () => {
    const s = seed();
    s.meta['title'] = 'x'.repeat(501);
    expect(checkStoryLimits(s)).toEqual(['meta.title: 501 characters; the limit is 500']);
  });

  it('refuses article text over 6,000,000 characters but accepts it at the limit', () => {
    const s = seed();
    s.meta['text'] = 'a'.repeat(STORY_LIMITS.textChars);
    expect(checkStoryLimits(s)).toEqual([]);
    s.meta['text'] = 'a'.repeat(STORY_LIMITS.textChars + 1);
    expect(checkStoryLimits(s)).toEqual(['meta.text: 6,000,001 characters; the limit is 6,000,000']);
  });

  it('refuses a place name or an actor over 500 characters', () => {
    const s = seed();
    if (s.places[0]) s.places[0]['name'] = 'n'.repeat(600);
    s.events[0] = { ...(s.events[0] as object), actors: ['a'.repeat(501)] };
    expect(checkStoryLimits(s)).toEqual(['places[0].name: 600 characters; the limit is 500', 'events[0].actors[0]: 501 characters; the limit is 500']);
  });

  it('refuses too many events, places, routes, stops and times without looking inside them', () => {
    const many = (n: number): null[] => new Array<null>(n).fill(null);
    expect(checkStoryLimits({ events: many(STORY_LIMITS.events + 1) })).toEqual(['events: 100,001 events; the limit is 100,000']);
    expect(checkStoryLimits({ places: many(STORY_LIMITS.places + 1) })).toEqual(['places: 20,001 places; the limit is 20,000']);
    expect(checkStoryLimits({ routes: many(STORY_LIMITS.routes + 1) })).toEqual(['routes: 1,001 routes; the limit is 1,000']);
    expect(checkStoryLimits({ routes: [{ stops: many(STORY_LIMITS.stops + 1) }] })).toEqual(['routes[0].stops: 10,001 stops; the limit is 10,000']);
    expect(checkStoryLimits({ times: many(STORY_LIMITS.times + 1) })).toEqual(['times: 100,001 times; the limit is 100,000']);
  });

  it('refuses nesting deeper than any story has, without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkStoryLimits({ meta: deep })[0]).toMatch(/^meta(\[0\])+: nested deeper than any story can be$/);
  });

  it('stops at 20 errors', () => {
    const s = seed();
    s.places = Array.from({ length: 50 }, () => ({ name: 'n'.repeat(501) }));
    expect(checkStoryLimits(s)).toHaveLength(20);
  });

  it('is applied by validateStory before the schema', () => {
    const s = seed();
    s.meta['title'] = 'x'.repeat(501);
    expect(validateStory(s)).toEqual({ ok: false, errors: ['meta.title: 501 characters; the limit is 500'] });
  });
});
