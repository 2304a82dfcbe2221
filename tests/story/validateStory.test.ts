import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/story/validateStory';
import type { Story } from '../../src/story/types';

function minimal(): Story {
  return {
    format: 'dateline/1',
    meta: { title: 'T', published: '2020-02-03', language: 'en', text: 'Pompeo visited Kyiv yesterday.' },
    places: [{ id: 'kyiv', name: 'Kyiv', kind: 'city', lat: 50.45, lon: 30.52, mentions: [{ start: 15, end: 19, text: 'Kyiv' }], confidence: 0.9 }],
    events: [
      { id: 'e1', title: 'Visit', spans: [{ start: 0, end: 30, text: 'Pompeo visited Kyiv yesterday.' }], kind: 'visit', when: { start: '2020-02-02', end: '2020-02-03', precision: 'day' }, placeIds: ['kyiv'], actors: ['Pompeo'], confidence: 0.8 },
    ],
    routes: [],
    times: [{ id: 't1', start: 20, end: 29, text: 'yesterday', type: 'DATE', value: '2020-02-02' }],
  };
}

describe('validateStory', () => {
  it('accepts a well-formed story', () => {
    expect(validateStory(minimal())).toEqual({ ok: true, story: minimal() });
  });

  it('names the path of a bad date: events[0].when.start: not a date', () => {
    const s = minimal() as unknown as { events: { when: { start: string } }[] };
    s.events[0]!.when.start = 'yesterday';
    const r = validateStory(s);
    expect(r.ok).toBe(false);
    // Once, not once per check that fails on it.
    if (!r.ok) expect(r.errors).toEqual(['events[0].when.start: not a date']);
  });

  it('names a date that has the right shape but does not exist (30 February) once', () => {
    const s = minimal() as unknown as { meta: { published: string }; events: { when: { start: string } }[] };
    s.events[0]!.when.start = '2020-02-30';
    s.meta.published = '2021-02-29';
    const r = validateStory(s);
    expect(r.ok ? [] : r.errors).toEqual(['meta.published: not a date (YYYY-MM-DD)', 'events[0].when.start: not a date']);
  });

  it('accepts 29 February in a leap year', () => {
    const s = minimal() as unknown as { meta: { published: string }; events: { when: { start: string } }[] };
    s.events[0]!.when.start = '2020-02-29T23:59';
    s.meta.published = '2020-02-29';
    expect(validateStory(s).ok).toBe(true);
  });

  it('rejects an unknown format version, a wrong type and a missing field by path', () => {
    const bad = { ...minimal(), format: 'dateline/9' };
    const r1 = validateStory(bad);
    expect(r1.ok || r1.errors[0]).toMatch(/^format: This story was made by a newer version of Dateline \(format dateline\/9\)/);
    const r2 = validateStory({ ...minimal(), places: [{ ...minimal().places[0], lat: 'north' }] });
    expect(r2.ok || r2.errors.join('\n')).toMatch(/places\[0\]\.lat:/);
    const { meta: _meta, ...noMeta } = minimal();
    const r3 = validateStory(noMeta);
    expect(r3.ok || r3.errors.join('\n')).toMatch(/^meta:/m);
  });

  it('rejects references to places that do not exist and spans outside the text', () => {
    const s = minimal();
    s.events[0]!.placeIds = ['atlantis'];
    s.times[0]!.end = 999;
    const r = validateStory(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('events[0].placeIds[0]: no place with id "atlantis"');
      expect(r.errors.some((e) => e.startsWith('times[0]:'))).toBe(true);
    }
  });

  it('accepts a collection whose events name their group, and rejects an event naming a group that does not exist', () => {
    const s: Story = { ...minimal(), groups: [{ id: 'a1', title: 'First article', color: '#1f77b4' }] };
    s.events = s.events.map((e) => ({ ...e, group: 'a1' }));
    expect(validateStory(s).ok).toBe(true);
    s.events = s.events.map((e) => ({ ...e, group: 'a2' }));
    const r = validateStory(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('events[0].group: no group with id "a2"');
  });

  it('rejects things that are not stories at all without throwing', () => {
    for (const junk of [null, 42, 'story', [], { format: 'dateline/1' }]) {
      const r = validateStory(junk);
      expect(r.ok).toBe(false);
    }
  });

  it('accepts the committed seed story', () => {
    const seedStory: unknown = JSON.parse(readFileSync(new URL('../../seeds/000_434d8e9a3390da3a.story.json', import.meta.url), 'utf8'));
    const r = validateStory(seedStory);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});
