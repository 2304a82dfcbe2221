import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateStory } from '../../src/story/migrateStory';
import { validateStory } from '../../src/story/validateStory';
import { mutatedStory, storyArbitrary } from './storyArbitrary';

const SEED = 8;

/** A valid story with one value somewhere replaced by arbitrary JSON (or removed). */
const mutated = mutatedStory(6, 3);

describe('validateStory on any input', () => {
  it('never throws on arbitrary JSON, and says why it refuses (1000 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (data) => {
        const r = validateStory(data);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          expect(r.errors.length).toBeLessThanOrEqual(20);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('never throws on valid stories with one value broken or removed, and names a path when it refuses (1000 runs)', () => {
    fc.assert(
      fc.property(mutated, (data) => {
        const r = validateStory(data);
        if (!r.ok) for (const e of r.errors) expect(e).toMatch(/^[^:]+: ./);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('accepts every generated valid story unchanged (500 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        const r = validateStory(story);
        expect(r.ok ? r.story : r.errors).toEqual(story);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('round-trips generated stories through save (JSON.stringify) and load (JSON.parse + validate) unchanged (500 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        const loaded = validateStory(JSON.parse(JSON.stringify(story)) as unknown);
        expect(loaded.ok ? loaded.story : loaded.errors).toEqual(story);
        if (loaded.ok) expect(JSON.stringify(loaded.story)).toBe(JSON.stringify(story));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('migrates a generated story saved without `format` back to the same story, with a note (200 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, (story) => {
        const { format: _format, ...old } = story;
        const r = validateStory(old);
        expect(r.ok ? r.story : r.errors).toEqual(story);
        expect(r.ok && r.notes).toEqual([expect.stringContaining('dateline/1')]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('refuses any newer dateline/N format with the "newer version" message (200 runs)', () => {
    fc.assert(
      fc.property(storyArbitrary, fc.integer({ min: 2, max: 999_999 }), (story, n) => {
        const r = migrateStory({ ...story, format: `dateline/${n}` });
        expect(r.ok ? 'migrated' : r.error).toContain(`made by a newer version of Dateline (format dateline/${n})`);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('refuses a source link with any scheme but http(s), naming meta.source.url (300 runs)', () => {
    const scheme = fc.oneof(fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'file', 'blob', 'ftp', ' javascript', 'java\tscript'), fc.stringMatching(/^[a-z][a-z0-9+.-]{0,8}$/));
    fc.assert(
      fc.property(storyArbitrary, scheme, fc.string({ maxLength: 30 }), (story, s, rest) => {
        fc.pre(!/^\s*https?$/i.test(s.replace(/\t/g, '')));
        const bad = { ...story, meta: { ...story.meta, source: { url: `${s}:${rest}` } } };
        const r = validateStory(bad);
        expect(r.ok ? 'accepted' : r.errors.join('\n')).toMatch(/^meta\.source\.url: only http and https links are allowed/m);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
