import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extract/extractStory';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../src/gazetteer/types';

const seedsDir = new URL('../../seeds/', import.meta.url);
const articles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));

describe('golden stories', () => {
  let gazetteer: Gazetteer;
  // Loading and indexing the table takes seconds on a busy machine: keep it out of the tests' own time.
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  }, 120_000);

  it('has at least the first seed', () => {
    expect(articles).toContain('000_434d8e9a3390da3a.txt');
  });

  it.each(articles)('%s runs through the pipeline to its reviewed story (update with `npm run seeds`)', async (file) => {
    const golden = new URL(file.replace(/\.txt$/, '.story.json'), seedsDir);
    expect(existsSync(golden), `${golden.pathname} is missing: run npm run seeds`).toBe(true);
    const story = extractStory(readFileSync(new URL(file, seedsDir), 'utf8'), { gazetteer });
    expect(story).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
