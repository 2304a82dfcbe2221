import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateStory } from '../../src/story/migrateStory';
import { validateStory } from '../../src/story/validateStory';

const sample = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('../fixtures/sample.story.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('migrateStory', () => {
  it('leaves a current dateline/1 story as it is, with no notes', () => {
    const s = sample();
    expect(migrateStory(s)).toEqual({ ok: true, data: s, notes: [] });
  });

  it('reads a story without `format` (otherwise dateline/1-shaped) as dateline/1, with a note', () => {
    const { format: _format, ...old } = sample();
    const r = migrateStory(old);
    expect(r).toEqual({ ok: true, data: sample(), notes: ['This story has no format field; it was read as dateline/1.'] });
    const v = validateStory(old);
    expect(v.ok && v.notes).toEqual(['This story has no format field; it was read as dateline/1.']);
  });

  it('says a dateline/2 story was made by a newer version of Dateline', () => {
    const r = validateStory({ ...sample(), format: 'dateline/2' });
    expect(r.ok || r.errors).toEqual(['format: This story was made by a newer version of Dateline (format dateline/2); this one reads dateline/1. Update Dateline to open it.']);
  });

  it('says an unknown format is not a Dateline format', () => {
    const r = validateStory({ ...sample(), format: 'storymap/3' });
    expect(r.ok || r.errors).toEqual(['format: "storymap/3" is not a Dateline story format (expected dateline/1)']);
  });

  it('passes through what is not story-shaped for the schema to report', () => {
    for (const x of [null, 3, 'story', [], { a: 1 }]) expect(migrateStory(x)).toEqual({ ok: true, data: x, notes: [] });
  });
});
