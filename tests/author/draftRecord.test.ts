import { describe, expect, it } from 'vitest';
import { packDraft, parseDraft, readDraft, type DraftRecord } from '../../src/author/draftRecord';
import { seedStory } from './seedStory';

const record = (): DraftRecord => {
  const story = seedStory();
  return { format: 'dateline-draft/1', revision: 4, tabId: 't', savedAt: '2020-02-03T10:00:00.000Z', draft: { text: story.meta.text, date: '2020-02-03', history: { base: story, edits: [{ type: 'setTitle', title: 'x' }], position: 1 } } };
};

describe('draftRecord', () => {
  it('packs and parses a draft back to the same record', () => {
    expect(parseDraft(packDraft(record()))).toEqual(record());
  });

  it('refuses what is not a draft: bad JSON, another format, missing fields', () => {
    for (const text of [null, '', '{', '[]', '{"format":"other"}', JSON.stringify({ format: 'dateline-draft/1', revision: 'x', tabId: 't', draft: {} })]) expect(parseDraft(text)).toBeNull();
  });

  it('drops an invalid story and edits of unknown types, and clamps the position', () => {
    const r = record();
    const bad = JSON.parse(packDraft(r)) as { draft: { history: { edits: unknown[]; position: number; base: { places: unknown } } } };
    bad.draft.history.edits.push({ type: 'runScript' }, 'nope');
    bad.draft.history.position = 99;
    expect(parseDraft(JSON.stringify(bad))?.draft.history).toMatchObject({ edits: [{ type: 'setTitle' }], position: 1 });
    bad.draft.history.base.places = 'not a list';
    const parsed = parseDraft(JSON.stringify(bad));
    expect(parsed?.draft.history).toBeNull();
    expect(parsed?.draft.text).toBe(r.draft.text);
  });

  it('skips a saved edit of a known type with missing or mistyped fields, and counts it', () => {
    const r = record();
    const stored = JSON.parse(packDraft(r)) as { draft: { history: { edits: unknown[]; position: number } } };
    stored.draft.history.edits = [{ type: 'updateEvent', eventId: 'e1' }, { type: 'setTitle', title: 'kept' }, { type: 'setLocation', placeId: 'china', lat: 'north', lon: 1 }, { type: 'moveStop', routeId: 'r', index: 0, delta: 5 }];
    stored.draft.history.position = 4;
    const reading = readDraft(JSON.stringify(stored));
    expect(reading).toMatchObject({ kind: 'draft', skippedEdits: 3, storyDropped: false });
    expect(parseDraft(JSON.stringify(stored))?.draft.history).toMatchObject({ edits: [{ type: 'setTitle', title: 'kept' }], position: 1 });
  });

  it('says why a stored value is not a draft: cut off, another format, mistyped fields', () => {
    const packed = packDraft(record());
    expect(readDraft(null)).toEqual({ kind: 'none' });
    expect(readDraft(packed.slice(0, packed.length / 2))).toEqual({ kind: 'unreadable', problem: 'json' });
    expect(readDraft('{"format":"other"}')).toEqual({ kind: 'unreadable', problem: 'format' });
    expect(readDraft(JSON.stringify({ format: 'dateline-draft/1', revision: 1, tabId: 't', draft: { text: 5, date: '' } }))).toEqual({ kind: 'unreadable', problem: 'fields' });
  });

  it('reports a dropped story rather than hiding it', () => {
    const stored = JSON.parse(packDraft(record())) as { draft: { history: { base: { places: unknown } } } };
    stored.draft.history.base.places = 'not a list';
    expect(readDraft(JSON.stringify(stored))).toMatchObject({ kind: 'draft', storyDropped: true, skippedEdits: 0 });
  });
});
