import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/app/loadSource';
import type { StorySource } from '../../src/app/storySources';

const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as Record<string, unknown>;
const source = (load: () => Promise<unknown>): StorySource => ({ id: 'x', label: 'x', load });

describe('loadSource (a bundled story, checked on the page)', () => {
  it('gives the validated story', async () => {
    const outcome = await loadSource(source(() => Promise.resolve(sample)), () => undefined).done;
    expect(outcome.ok && outcome.story.events.length).toBe((sample['events'] as unknown[]).length);
  });

  it('gives a load failure with the message, and an invalid story with its errors', async () => {
    expect(await loadSource(source(() => Promise.reject(new Error('gone'))), () => undefined).done).toEqual({ ok: false, stage: 'load', message: 'gone' });
    const bad = await loadSource(source(() => Promise.resolve({ ...sample, format: 'dateline/7' })), () => undefined).done;
    expect(bad.ok === false && bad.stage).toBe('invalid');
  });

  it('Cancel settles it as cancelled at once; after it settled, Cancel does nothing', async () => {
    const pending = loadSource(source(() => new Promise(() => undefined)), () => undefined);
    expect(pending.cancel()).toBe(true);
    expect(await pending.done).toEqual({ ok: false, stage: 'cancelled' });
    const quick = loadSource(source(() => Promise.resolve(sample)), () => undefined);
    await quick.done;
    expect(quick.cancel()).toBe(false);
  });
});
