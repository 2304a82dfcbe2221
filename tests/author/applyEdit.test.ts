import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/author/applyEdit';
import type { Edit } from '../../src/author/edit';
import { validateStory } from '../../src/story/validateStory';
import { seedStory } from './seedStory';

const place = (s: ReturnType<typeof seedStory>, id: string) => s.places.find((p) => p.id === id);

describe('applyEdit', () => {
  it('switchCandidate moves Washington to Washington State and drops what belonged to the old entry', () => {
    const before = seedStory();
    const after = applyEdit(before, { type: 'switchCandidate', placeId: 'washington', gazetteerId: 'gn:5815135' });
    const w = place(after, 'washington');
    expect(w).toMatchObject({ gazetteerId: 'gn:5815135', kind: 'region', lat: 47.3746, lon: -120.433, confidence: 1, countryCode: 'US' });
    expect(w?.candidates).toEqual(place(before, 'washington')?.candidates);
    expect(w?.mentions).toEqual(place(before, 'washington')?.mentions);
    expect(place(before, 'washington')?.gazetteerId).toBe('gn:4140963');
    expect(validateStory(after).ok).toBe(true);
  });

  it('returns the very same story for an edit that does not fit (unknown place, unknown candidate, the current one)', () => {
    const s = seedStory();
    const noops: Edit[] = [
      { type: 'switchCandidate', placeId: 'nowhere', gazetteerId: 'gn:1' },
      { type: 'switchCandidate', placeId: 'washington', gazetteerId: 'gn:999' },
      { type: 'switchCandidate', placeId: 'washington', gazetteerId: 'gn:4140963' },
      { type: 'setLocation', placeId: 'astana', lat: 91, lon: 0 },
      { type: 'setLocation', placeId: 'astana', lat: Number.NaN, lon: 0 },
      { type: 'removeMention', placeId: 'astana', start: 3 },
      { type: 'updateEvent', eventId: 'e1', patch: { when: { label: 'no bounds' } } },
      { type: 'moveStop', routeId: 'r1', index: 0, delta: -1 },
      { type: 'mergeStops', routeId: 'r1', index: 99 },
      { type: 'addTime', span: { start: 0, end: 4 }, value: '2020-02-31' },
      { type: 'setTitle', title: s.meta.title },
    ];
    for (const edit of noops) expect(applyEdit(s, edit), edit.type).toBe(s);
  });

  it('setLocation moves a place, marks it confirmed and forgets its bbox', () => {
    const after = applyEdit(seedStory(), { type: 'setLocation', placeId: 'united-states', lat: 40, lon: -100 });
    expect(place(after, 'united-states')).toMatchObject({ lat: 40, lon: -100, confidence: 1 });
    expect(place(after, 'united-states')?.bbox).toBeUndefined();
  });

  it('setLocation keeps a town\'s country for a fix nearby, and drops it when the town is moved far away', () => {
    const near = applyEdit(seedStory(), { type: 'setLocation', placeId: 'beijing', lat: 39.95, lon: 116.45 });
    expect(place(near, 'beijing')?.countryCode).toBe('CN');
    const far = applyEdit(seedStory(), { type: 'setLocation', placeId: 'beijing', lat: -33.87, lon: 151.21 });
    expect(place(far, 'beijing')?.countryCode).toBeUndefined();
    expect(validateStory(far).ok).toBe(true);
  });

  it('removePlace takes the place out of events and route stops, and the story stays valid', () => {
    const after = applyEdit(seedStory(), { type: 'removePlace', placeId: 'kazakhstan' });
    expect(place(after, 'kazakhstan')).toBeUndefined();
    expect(after.events.some((e) => e.placeIds.includes('kazakhstan'))).toBe(false);
    expect(after.routes[0]?.stops.some((s) => s.within === 'kazakhstan')).toBe(false);
    expect(validateStory(after).ok).toBe(true);
  });

  it('removeMention removes one mention, and the place itself with its last one', () => {
    const s = seedStory();
    const once = applyEdit(s, { type: 'removeMention', placeId: 'astana', start: 17 });
    expect(place(once, 'astana')?.mentions.map((m) => m.start)).toEqual([313]);
    const twice = applyEdit(once, { type: 'removeMention', placeId: 'astana', start: 313 });
    expect(place(twice, 'astana')).toBeUndefined();
    expect(twice.routes[0]?.stops.some((st) => st.placeId === 'astana')).toBe(false);
  });

  it('addPlace adds a new place for the selected words, taking the span from overlapping mentions', () => {
    const s = seedStory();
    const start = s.meta.text.indexOf('Mukhtar');
    const after = applyEdit(s, { type: 'addPlace', span: { start, end: start + 7 }, choice: { gazetteerId: 'gn:1', name: 'Mukhtar', kind: 'city', lat: 1, lon: 2 } });
    const added = after.places.at(-1);
    expect(added).toMatchObject({ id: 'mukhtar', name: 'Mukhtar', mentions: [{ start, end: start + 7, text: 'Mukhtar', rule: 'author' }], confidence: 1 });
    const usStart = s.meta.text.indexOf('United States');
    const moved = applyEdit(after, { type: 'addPlace', span: { start: usStart, end: usStart + 6 }, choice: { gazetteerId: 'gn:1', name: 'Mukhtar', kind: 'city', lat: 1, lon: 2 } });
    expect(place(moved, 'mukhtar')?.mentions).toHaveLength(2);
    expect(place(moved, 'united-states')?.mentions.some((m) => m.start === usStart)).toBe(false);
    expect(validateStory(moved).ok).toBe(true);
  });

  it('addTime and removeTime add a dated span and remove it with the events’ references', () => {
    const s = seedStory();
    const start = s.meta.text.indexOf('Twitter');
    const after = applyEdit(s, { type: 'addTime', span: { start, end: start + 7 }, value: '2020-02-01' });
    const t = after.times.find((x) => x.start === start);
    expect(t).toMatchObject({ type: 'DATE', value: '2020-02-01', text: 'Twitter', rule: 'author' });
    const removed = applyEdit(after, { type: 'removeTime', timeId: t?.id ?? '' });
    expect(removed.times).toEqual(s.times);
  });

  it('updateEvent changes title, kind, date and places; unknown place ids are dropped', () => {
    const after = applyEdit(seedStory(), {
      type: 'updateEvent',
      eventId: 'e2',
      patch: { title: 'Pompeo in the capital', kind: 'meeting', when: { start: '2020-02-01', end: '2020-02-02', precision: 'day' }, placeIds: ['astana', 'nowhere'] },
    });
    expect(after.events[1]).toMatchObject({ id: 'e2', title: 'Pompeo in the capital', kind: 'meeting', when: { start: '2020-02-01' }, placeIds: ['astana'] });
    const undated = applyEdit(after, { type: 'updateEvent', eventId: 'e2', patch: { when: null } });
    expect(undated.events[1]?.when).toBeUndefined();
  });

  it('addEvent and removeEvent add a blank event with a fresh id and take one away', () => {
    const s = seedStory();
    const added = applyEdit(s, { type: 'addEvent', title: 'Arrival' });
    expect(added.events.at(-1)).toMatchObject({ id: 'e19', title: 'Arrival', kind: 'background', placeIds: [] });
    expect(validateStory(added).ok).toBe(true);
    expect(applyEdit(added, { type: 'removeEvent', eventId: 'e19' }).events).toEqual(s.events);
  });

  it('moveStop swaps two ordered stops, and splits two unordered ones into a known order', () => {
    const s = seedStory();
    const seq = (x: typeof s) => x.routes[0]?.stops.map((st) => `${st.placeId}:${st.sequence}`);
    expect(seq(s)).toEqual(['united-kingdom:0', 'belarus:1', 'ukraine:1', 'astana:2', 'uzbekistan:3']);
    expect(seq(applyEdit(s, { type: 'moveStop', routeId: 'r1', index: 3, delta: 1 }))).toEqual(['united-kingdom:0', 'belarus:1', 'ukraine:1', 'uzbekistan:2', 'astana:3']);
    expect(seq(applyEdit(s, { type: 'moveStop', routeId: 'r1', index: 2, delta: -1 }))).toEqual(['united-kingdom:0', 'ukraine:1', 'belarus:2', 'astana:3', 'uzbekistan:4']);
  });

  it('mergeStops joins a stop with the next (first place, both spans) and removeStop drops one', () => {
    const s = seedStory();
    const merged = applyEdit(s, { type: 'mergeStops', routeId: 'r1', index: 1 });
    const stops = merged.routes[0]?.stops ?? [];
    expect(stops.map((st) => st.placeId)).toEqual(['united-kingdom', 'belarus', 'astana', 'uzbekistan']);
    expect(stops[1]?.spans.map((sp) => sp.text)).toEqual(['Belarus', 'Ukraine']);
    expect(applyEdit(s, { type: 'removeStop', routeId: 'r1', index: 0 }).routes[0]?.stops).toHaveLength(4);
  });

  it('never changes the story it is given', () => {
    const s = seedStory();
    const copy = structuredClone(s);
    applyEdit(s, { type: 'removePlace', placeId: 'china' });
    applyEdit(s, { type: 'mergeStops', routeId: 'r1', index: 0 });
    applyEdit(s, { type: 'updateEvent', eventId: 'e1', patch: { title: 'x' } });
    expect(s).toEqual(copy);
  });
});
