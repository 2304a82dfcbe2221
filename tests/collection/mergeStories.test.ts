import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SEPARATOR, mergeStories } from '../../src/collection/mergeStories';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.story.json'))
  .sort()
  .map((f) => {
    const r = validateStory(JSON.parse(readFileSync(`seeds/${f}`, 'utf8')));
    if (!r.ok) throw new Error(`${f}: ${r.errors.join('; ')}`);
    return { id: f.replace(/\.story\.json$/, ''), story: r.story };
  });

describe('mergeStories', () => {
  it('merges every seed into one valid story with a group per article', () => {
    const merged = mergeStories(seeds);
    const r = validateStory(merged);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(merged.groups?.map((g) => g.id)).toEqual(seeds.map((s) => s.id));
    expect(merged.events).toHaveLength(seeds.reduce((n, s) => n + s.story.events.length, 0));
    expect(new Set(merged.events.map((e) => e.group))).toEqual(new Set(seeds.map((s) => s.id)));
  });

  it('shifts every span so it still covers the same words in the joined text', () => {
    const merged = mergeStories(seeds);
    for (const part of seeds) {
      for (const e of part.story.events) {
        const copy = merged.events.find((x) => x.id === `${part.id}:${e.id}`);
        expect(copy?.spans.map((s) => merged.meta.text.slice(s.start, s.end))).toEqual(e.spans.map((s) => part.story.meta.text.slice(s.start, s.end)));
      }
    }
    expect(merged.meta.text.split(ARTICLE_SEPARATOR)).toHaveLength(seeds.length);
  });

  it('keeps one place per gazetteer id, with the mentions of both articles', () => {
    const place = { name: 'Tashkent', kind: 'city' as const, lat: 41.3, lon: 69.2, gazetteerId: 'geonames:1512569', confidence: 1 };
    const story = (title: string, placeId: string): Story => ({
      format: 'dateline/1',
      meta: { title, published: '2020-02-03', language: 'en', text: 'In Tashkent.' },
      places: [{ ...place, id: placeId, mentions: [{ start: 3, end: 11, text: 'Tashkent' }] }],
      events: [{ id: 'e1', title, spans: [], kind: 'visit', placeIds: [placeId], actors: [], confidence: 1 }],
      routes: [],
      times: [],
    });
    const merged = mergeStories([{ id: 'a', story: story('A', 'tashkent') }, { id: 'b', story: story('B', 'tash') }]);
    expect(merged.places).toHaveLength(1);
    expect(merged.places[0]?.mentions.map((m) => merged.meta.text.slice(m.start, m.end))).toEqual(['Tashkent', 'Tashkent']);
    expect(merged.events.map((e) => e.placeIds)).toEqual([['a:tashkent'], ['a:tashkent']]);
    expect(merged.meta.published).toBe('2020-02-03');
  });
});
