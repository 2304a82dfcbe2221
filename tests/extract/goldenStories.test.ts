import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extract/extractStory';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';

const seedsDir = new URL('../../seeds/', import.meta.url);
const articles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));

describe('golden stories', () => {
  it('has at least the first seed', () => {
    expect(articles).toContain('000_434d8e9a3390da3a.txt');
  });

  it.each(articles)('%s runs through the pipeline to its reviewed story (update with `npm run seeds`)', async (file) => {
    const golden = new URL(file.replace(/\.txt$/, '.story.json'), seedsDir);
    expect(existsSync(golden), `${golden.pathname} is missing: run npm run seeds`).toBe(true);
    const gazetteer = await loadGazetteer();
    const story = extractStory(readFileSync(new URL(file, seedsDir), 'utf8'), { gazetteer });
    expect(story).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
