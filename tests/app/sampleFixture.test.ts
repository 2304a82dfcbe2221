import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/story/validateStory';

describe('tests/fixtures/sample.story.json', () => {
  const data: unknown = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8'));
  const result = validateStory(data);

  it('validates against the story format', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has every span matching the article text it points into', () => {
    if (!result.ok) return;
    const { story } = result;
    const spans = [...story.places.flatMap((p) => p.mentions), ...story.times, ...story.events.flatMap((e) => e.spans)];
    for (const s of spans) expect(story.meta.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('tells the tour in the order the text supports: Britain, then Ukraine and Belarus unordered, Nur-Sultan, Uzbekistan', () => {
    if (!result.ok) return;
    expect(result.story.routes[0]?.stops.map((s) => `${s.sequence}:${s.placeId}`)).toEqual(['0:britain', '1:ukraine', '1:belarus', '2:nur-sultan', '3:uzbekistan']);
  });
});
