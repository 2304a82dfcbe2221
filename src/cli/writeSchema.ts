import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../story/storyJsonSchema';

/** Writes src/story/story.schema.json from the zod schema (`npm run schema`). */
export function writeSchema(path = new URL('../story/story.schema.json', import.meta.url)): void {
  writeFileSync(path, `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
}

writeSchema();
