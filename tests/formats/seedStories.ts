import { readdirSync, readFileSync } from 'node:fs';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';

/** Every reviewed seed story (seeds/*.story.json), validated. */
export function seedStories(): { name: string; story: Story }[] {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.story.json'))
    .sort()
    .map((name) => {
      const r = validateStory(JSON.parse(readFileSync(`seeds/${name}`, 'utf8')) as unknown);
      if (!r.ok) throw new Error(`${name}: ${r.errors.join('; ')}`);
      return { name, story: r.story };
    });
}

/** A fixture file of tests/fixtures/formats as text. */
export function formatFixture(name: string): string {
  return readFileSync(`tests/fixtures/formats/${name}`, 'utf8');
}
