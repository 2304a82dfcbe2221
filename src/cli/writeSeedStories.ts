import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extractStory } from '../extract/extractStory';
import { loadGazetteer } from '../gazetteer/loadGazetteer';

/** Runs every article in seeds/ through the pipeline and writes its `.story.json` beside it (`npm run seeds`). */
export async function writeSeedStories(dir = new URL('../../seeds/', import.meta.url)): Promise<string[]> {
  const gazetteer = await loadGazetteer();
  const written: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const story = extractStory(readFileSync(new URL(file, dir), 'utf8'), { gazetteer });
    const out = file.replace(/\.txt$/, '.story.json');
    writeFileSync(new URL(out, dir), `${JSON.stringify(story, null, 2)}\n`);
    written.push(out);
  }
  return written;
}

for (const f of await writeSeedStories()) process.stdout.write(`wrote seeds/${f}\n`);
