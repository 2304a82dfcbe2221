import { readFileSync } from 'node:fs';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';

/** The first seed's reviewed story, validated: the base the export tests fill with hostile text. */
export function seedStory(): Story {
  const r = validateStory(JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.story;
}
