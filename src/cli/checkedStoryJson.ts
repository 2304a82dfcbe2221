import { STORY_LIMITS } from '../story/storyLimits';
import type { Story } from '../story/types';
import { utf8Length } from '../story/utf8Length';
import { validateStory } from '../story/validateStory';

/** A story the extractor made that the viewer would refuse: a bug in Dateline, not in the article. */
export class InvalidStoryError extends Error {
  override name = 'InvalidStoryError';
}

/**
 * `value` (a story, or a line holding one) as JSON, once `story` has passed the validator the
 * viewer uses and the story's JSON fits the size the viewer opens; throws otherwise, so the CLI never
 * writes an invalid story and exits 0.
 */
export function checkedStoryJson(story: Story, value: unknown, indent?: number): string {
  const checked = validateStory(story);
  if (!checked.ok) throw new InvalidStoryError(`the extracted story does not validate (${checked.errors.slice(0, 3).join('; ')}); nothing was written for it.`);
  const json = JSON.stringify(value, null, indent);
  // What is written is measured when it carries the story (the story itself, or its {id, story} line); annotations are not a story.
  const carriesStory = value === story || (typeof value === 'object' && value !== null && (value as { story?: unknown }).story === story);
  const bytes = carriesStory ? utf8Length(json) : 0;
  if (bytes > STORY_LIMITS.bytes) throw new InvalidStoryError(`the extracted story is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${STORY_LIMITS.bytes / 1024 / 1024} MB a story may be; nothing was written for it.`);
  return json;
}
