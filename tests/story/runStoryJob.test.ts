import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runStoryJob } from '../../src/story/runStoryJob';
import type { StoryProgress } from '../../src/story/storyWorkerMessages';

const sample = readFileSync('tests/fixtures/sample.story.json', 'utf8');

describe('runStoryJob', () => {
  it('parses and validates story text, saying when it starts checking, and whether the story is exactly the parsed data', () => {
    const seen: StoryProgress[] = [];
    const outcome = runStoryJob({ type: 'text', text: sample }, (p) => seen.push(p));
    expect(outcome.ok && outcome.story.meta.title).toBe((JSON.parse(sample) as { meta: { title: string } }).meta.title);
    expect(outcome.ok && outcome.same).toBe(true);
    expect(seen).toEqual([{ stage: 'checking' }]);
  });

  it('names the bad field of a story that does not validate', () => {
    const story = JSON.parse(sample) as { events: Array<Record<string, unknown>> };
    story.events[0] = { ...story.events[0], confidence: 7 };
    const outcome = runStoryJob({ type: 'text', text: JSON.stringify(story) });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.stage === 'invalid' && outcome.errors.join(' ')).toContain('events[0].confidence');
  });

  it('migrates an old story, saying so; the story is then not the parsed data itself', () => {
    const story = JSON.parse(sample) as Record<string, unknown>;
    delete story['format'];
    const outcome = runStoryJob({ type: 'text', text: JSON.stringify(story) });
    expect(outcome.ok && outcome.notes).toEqual(['This story has no format field; it was read as dateline/1.']);
    expect(outcome.ok && outcome.same).toBe(false);
  });

  it('starts a reading failure with the address the text came from, as fetched stories always did', () => {
    expect(runStoryJob({ type: 'text', text: '{"format":', value: 's.story.json' })).toEqual({ ok: false, stage: 'load', message: expect.stringMatching(/^s\.story\.json: The story is not valid JSON \(.+\)\.$/) as unknown as string });
    expect(runStoryJob({ type: 'text', text: '<html>', value: 's.story.json' })).toEqual({ ok: false, stage: 'load', message: 's.story.json: This is a web page (HTML), not story JSON: check the address.' });
  });

  it('with datelineOnly, passes JSON that is not a Dateline story (and text that is not JSON) on as "other"', () => {
    expect(runStoryJob({ type: 'text', text: '{"type":"FeatureCollection","features":[]}', datelineOnly: true })).toEqual({ ok: false, stage: 'other' });
    expect(runStoryJob({ type: 'text', text: 'a,b\n1,2', datelineOnly: true })).toEqual({ ok: false, stage: 'other' });
  });
});
