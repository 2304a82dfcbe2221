import { describe, expect, it } from 'vitest';
import { packDraft, parseDraft, type DraftRecord } from '../../src/author/draftRecord';
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
});
