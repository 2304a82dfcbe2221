import { z } from 'zod';
import { StorySchema, STORY_FORMAT } from './schema';

/** The story format as a JSON Schema document, derived from the same schema the app validates with. */
export function storyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(StorySchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://dateline.invalid/story.schema.json',
    title: `Dateline story (${STORY_FORMAT})`,
    description: 'A news article as places, times, events and routes. Spans are 0-based, end-exclusive offsets into meta.text.',
  };
}
