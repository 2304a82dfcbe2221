import { readFileSync } from 'node:fs';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';

/** The first seed's reviewed story (Pompeo in Kazakhstan), validated, as a fresh copy. */
export function seedStory(): Story {
  const result = validateStory(JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.story;
}
