import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from '../../src/story/storyJsonSchema';

describe('storyJsonSchema', () => {
  it('matches the committed story.schema.json (run `npm run schema` after changing the format)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../src/story/story.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(storyJsonSchema());
  });

  it('describes the format version and the five top-level parts', () => {
    const schema = storyJsonSchema() as { required?: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'meta', 'places', 'events', 'routes', 'times']));
  });
});
