import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/player/generateStory';
import { isCommonStory } from '../../src/story/isCommonStory';
import '../../src/story/zodJitless';
import { StorySchema } from '../../src/story/schema';
import { checkStoryLimits } from '../../src/story/storyLimits';
import { mutatedStory, storyArbitrary } from '../property/storyArbitrary';

const SEED = 5;
const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as Record<string, unknown>;

/** A valid story with one value somewhere (at any depth) replaced by arbitrary JSON, or removed. */
const mutated = mutatedStory(7, 2);

describe('isCommonStory (the fast path of validateStory)', () => {
  it('accepts the sample, the seeds and a generated 2,000-event story', () => {
    expect(isCommonStory(sample)).toBe(true);
    for (const f of ['000_434d8e9a3390da3a', '001_amundsen_hobart', '002_ever_given_suez']) expect(isCommonStory(JSON.parse(readFileSync(`seeds/${f}.story.json`, 'utf8')))).toBe(true);
    expect(isCommonStory(JSON.parse(JSON.stringify(generateStory({ events: 2_000, places: 300 }))))).toBe(true);
  });

  it('leaves to the schema a story with an unknown field, a field present as undefined, or a bad value', () => {
    expect(isCommonStory({ ...sample, extra: 1 })).toBe(false);
    expect(isCommonStory({ ...sample, groups: undefined })).toBe(false);
    expect(isCommonStory({ ...sample, format: 'dateline/2' })).toBe(false);
    const events = sample['events'] as Array<Record<string, unknown>>;
    expect(isCommonStory({ ...sample, events: [{ ...events[0], confidence: 1.5 }] })).toBe(false);
    expect(isCommonStory({ ...sample, events: [{ ...events[0], when: { start: '2020-02-30T25:00' } }] })).toBe(false);
    expect(isCommonStory({ ...sample, events: [{ ...events[0], when: { label: 'once' } }] })).toBe(false);
  });

  it('leaves to the limits a story over one: a long title, a long actor name, a long article, too many stops', () => {
    const meta = sample['meta'] as Record<string, unknown>;
    const events = sample['events'] as Array<Record<string, unknown>>;
    expect(isCommonStory({ ...sample, meta: { ...meta, title: 'T'.repeat(501) } })).toBe(false);
    expect(isCommonStory({ ...sample, meta: { ...meta, title: 'T'.repeat(500) } })).toBe(true);
    expect(isCommonStory({ ...sample, events: [{ ...events[0], actors: ['A'.repeat(501)] }] })).toBe(false);
    expect(isCommonStory({ ...sample, meta: { ...meta, text: 'x'.repeat(6_000_001) } })).toBe(false);
    const stops = Array.from({ length: 10_001 }, (_, i) => ({ placeId: 'p', sequence: i, spans: [] }));
    expect(isCommonStory({ ...sample, routes: [{ id: 'r', traveller: 't', stops, spans: [] }] })).toBe(false);
  });

  it('only ever accepts what the limits and the schema accept, and the schema then returns it unchanged (valid and broken stories, 1500 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(storyArbitrary, mutated, mutated), (data) => {
        if (!isCommonStory(data)) return;
        expect(checkStoryLimits(data)).toEqual([]);
        const parsed = StorySchema.safeParse(data);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(data);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('takes the fast path for every generated valid story (500 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        expect(isCommonStory(JSON.parse(JSON.stringify(story)))).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
