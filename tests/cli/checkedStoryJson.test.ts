import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedStoryJson, InvalidStoryError } from '../../src/cli/checkedStoryJson';
import type { Story } from '../../src/story/types';

const seed = JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')) as Story;

describe('checkedStoryJson', () => {
  it('writes a story the validator accepts, itself or in its {id, story} line', () => {
    expect(JSON.parse(checkedStoryJson(seed, seed, 2))).toEqual(seed);
    expect(JSON.parse(checkedStoryJson(seed, { id: 'a', story: seed }))).toEqual({ id: 'a', story: seed });
  });

  it('refuses a story the validator refuses, naming the field, so the CLI writes nothing and exits 1', () => {
    const bad = { ...seed, events: [{ ...seed.events[0]!, placeIds: ['nowhere'] }] };
    expect(() => checkedStoryJson(bad, bad)).toThrow(InvalidStoryError);
    expect(() => checkedStoryJson(bad, bad)).toThrow(/events\[0\]\.placeIds\[0\]: no place with id "nowhere"/);
  });
});
