import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from '../../src/author/createAutosave';
import type { Draft } from '../../src/author/draftRecord';
import { STORAGE_CHARS } from '../../src/author/draftSizeFloor';
import { FakeStorage } from './fakeStorage';
import { seedStory } from './seedStory';

const KEY = 'draft';
const ASIDE = 'dateline:author:draft:kept-aside';
const draft = (text: string): Draft => ({ text, date: '2020-02-03', history: null });

function tab(storage: FakeStorage, tabId: string) {
  const statuses: SaveStatus[] = [];
  const autosave = createAutosave({ storage: () => storage, key: KEY, tabId, onStatus: (s) => statuses.push(s), delayMs: 500, now: () => new Date('2020-02-03T10:00:00Z') });
  return { autosave, statuses };
}

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a draft longer than any browser keeps as storage full, without writing it', () => {
    const storage = new FakeStorage();
    const { autosave, statuses } = tab(storage, 'A');
    autosave.schedule(draft('x'.repeat(STORAGE_CHARS + 1)));
    vi.advanceTimersByTime(500);
    expect(statuses.map((s) => s.kind)).toEqual(['full']);
    expect(storage.getItem(KEY)).toBeNull();
    expect(autosave.unsaved()).toBe(true);
  });

  it('saves after a pause, only the last of several quick changes, and loads it back', () => {
    const storage = new FakeStorage();
    const { autosave, statuses } = tab(storage, 'A');
    autosave.schedule(draft('one'));
    autosave.schedule(draft('two'));
    expect(storage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(statuses).toEqual([{ kind: 'saved', at: '2020-02-03T10:00:00.000Z' }]);
    const loaded = tab(storage, 'B').autosave.load();
    expect(loaded.record?.draft.text).toBe('two');
    expect(loaded.record?.revision).toBe(1);
  });

  it('keeps the story and its edits, storing the article text once', () => {
    const storage = new FakeStorage();
    const { autosave } = tab(storage, 'A');
    const story = seedStory();
    autosave.schedule({ text: story.meta.text, date: '2020-02-03', history: { base: story, edits: [{ type: 'removePlace', placeId: 'china' }], position: 1 } });
    autosave.flush();
    const raw = storage.getItem(KEY) ?? '';
    const stored = JSON.parse(raw) as { draft: { text: string; history: { base: { meta: { text: string } } } } };
    expect(stored.draft.text).toBe(story.meta.text);
    expect(stored.draft.history.base.meta.text).toBe('');
    const back = tab(storage, 'B').autosave.load().record?.draft.history;
    expect(back?.base).toEqual(story);
    expect(back?.edits).toEqual([{ type: 'removePlace', placeId: 'china' }]);
    expect(back?.position).toBe(1);
  });

  it('a full storage (QuotaExceededError) becomes a "full" status and a later save still works', () => {
    const storage = new FakeStorage();
    const { autosave, statuses } = tab(storage, 'A');
    storage.fail = 'full';
    autosave.schedule(draft('big'));
    vi.advanceTimersByTime(500);
    expect(statuses[0]?.kind).toBe('full');
    expect(statuses[0]?.kind === 'full' && statuses[0].message).toMatch(/storage for this page is full.*export/i);
    storage.fail = 'none';
    autosave.schedule(draft('smaller'));
    autosave.flush();
    expect(statuses[1]?.kind).toBe('saved');
  });

  it('blocked storage (SecurityError) gives a "blocked" status on save and a problem on load, never a throw', () => {
    const storage = new FakeStorage();
    storage.fail = 'blocked';
    const { autosave, statuses } = tab(storage, 'A');
    expect(autosave.load()).toMatchObject({ record: null, problem: expect.stringMatching(/does not let the page store anything/) });
    autosave.schedule(draft('x'));
    vi.advanceTimersByTime(500);
    expect(statuses[0]?.kind).toBe('blocked');
    const throwing = createAutosave({ storage: () => { throw new DOMException('denied', 'SecurityError'); }, key: KEY, tabId: 'C', onStatus: (s) => statuses.push(s) });
    expect(throwing.load().problem).toMatch(/private mode/);
  });

  it('does not overwrite a save made by another tab: it reports a conflict and waits for a choice', () => {
    const storage = new FakeStorage();
    const a = tab(storage, 'A');
    const b = tab(storage, 'B');
    a.autosave.load();
    b.autosave.load();
    b.autosave.schedule(draft('from B'));
    b.autosave.flush();
    a.autosave.schedule(draft('from A'));
    a.autosave.flush();
    expect(a.statuses.at(-1)).toMatchObject({ kind: 'conflict', theirs: { tabId: 'B', draft: { text: 'from B' } } });
    expect(tab(storage, 'X').autosave.load().record?.draft.text).toBe('from B');
    // Still conflicted: further changes are not written either.
    a.autosave.schedule(draft('from A again'));
    a.autosave.flush();
    expect(tab(storage, 'X').autosave.load().record?.draft.text).toBe('from B');
    a.autosave.overwrite(draft('A wins'));
    expect(tab(storage, 'X').autosave.load().record).toMatchObject({ tabId: 'A', revision: 2, draft: { text: 'A wins' } });
  });

  it('hears another tab’s save through the storage event; adopting it lets saving go on', () => {
    const storage = new FakeStorage();
    const a = tab(storage, 'A');
    const b = tab(storage, 'B');
    a.autosave.load();
    b.autosave.schedule(draft('from B'));
    b.autosave.flush();
    a.autosave.external(storage.getItem(KEY));
    const status = a.statuses.at(-1);
    expect(status?.kind).toBe('conflict');
    if (status?.kind !== 'conflict') return;
    a.autosave.adopt(status.theirs);
    a.autosave.schedule(draft('A continues from B'));
    a.autosave.flush();
    expect(a.statuses.at(-1)?.kind).toBe('saved');
    // A tab's own save echoing back is not a conflict.
    const before = b.statuses.length;
    b.autosave.external(storage.getItem(KEY));
    expect(b.statuses.length).toBe(before + 1);
    a.autosave.external(storage.getItem(KEY));
    expect(a.statuses.at(-1)?.kind).toBe('saved');
  });

  it('keeps an unreadable stored draft aside on load, so the first save does not overwrite it', () => {
    const storage = new FakeStorage();
    const truncated = '{"format":"dateline-draft/1","revision":3,"tabId":"old","draft":{"text":"My long arti';
    storage.setItem(KEY, truncated);
    const { autosave, statuses } = tab(storage, 'A');
    const loaded = autosave.load();
    expect(loaded.record).toBeNull();
    expect(loaded.reading).toEqual({ kind: 'unreadable', problem: 'json' });
    expect(loaded.aside).toEqual({ raw: truncated, key: ASIDE, held: false });
    autosave.schedule(draft('first keystroke'));
    autosave.flush();
    expect(statuses.at(-1)?.kind).toBe('saved');
    expect(storage.getItem(ASIDE)).toBe(truncated);
    expect(storage.getItem(KEY)).toContain('first keystroke');
  });

  it('keeps aside a value that turns unreadable between saves instead of writing over it', () => {
    const storage = new FakeStorage();
    const { autosave, statuses } = tab(storage, 'A');
    autosave.load();
    storage.setItem(KEY, '{"format":"dateline-draft/1","revision":"two"}');
    autosave.schedule(draft('next'));
    autosave.flush();
    expect(statuses[0]).toMatchObject({ kind: 'unreadable', problem: 'fields', aside: { key: ASIDE, held: false } });
    expect(storage.getItem(ASIDE)).toBe('{"format":"dateline-draft/1","revision":"two"}');
    expect(storage.getItem(KEY)).toContain('next');
  });

  it('does not save over an unreadable draft it cannot keep aside until the author downloads or discards it', () => {
    const storage = new FakeStorage();
    storage.setItem(ASIDE, 'an older unreadable draft');
    storage.setItem(KEY, 'not json');
    const { autosave } = tab(storage, 'A');
    expect(autosave.load().aside).toEqual({ raw: 'not json', key: KEY, held: true });
    autosave.schedule(draft('typed'));
    autosave.flush();
    expect(storage.getItem(KEY)).toBe('not json');
    expect(autosave.unsaved()).toBe(true);
    autosave.discardAside({ raw: 'not json', key: KEY, held: true });
    expect(storage.getItem(KEY)).toBeNull();
    autosave.schedule(draft('typed'));
    autosave.flush();
    expect(storage.getItem(KEY)).toContain('typed');
    expect(storage.getItem(ASIDE)).toBe('an older unreadable draft');
    expect(autosave.unsaved()).toBe(false);
  });

  it('copies aside a draft whose edits had to be skipped, and restores the rest', () => {
    const storage = new FakeStorage();
    const story = seedStory();
    const raw = JSON.stringify({ format: 'dateline-draft/1', revision: 2, tabId: 'old', savedAt: '', draft: { text: story.meta.text, date: '2020-02-03', history: { base: story, edits: [{ type: 'setTitle', title: 'kept' }, { type: 'updateEvent', eventId: 'e1' }], position: 2 } } });
    storage.setItem(KEY, raw);
    const loaded = tab(storage, 'A').autosave.load();
    expect(loaded.reading).toMatchObject({ kind: 'draft', skippedEdits: 1, storyDropped: false });
    expect(loaded.record?.draft.history?.edits).toEqual([{ type: 'setTitle', title: 'kept' }]);
    expect(storage.getItem(ASIDE)).toBe(raw);
    expect(storage.getItem(KEY)).toBe(raw);
  });

  it('counts a change as unsaved until it is written, and while a conflict stops saving', () => {
    const storage = new FakeStorage();
    const a = tab(storage, 'A');
    const b = tab(storage, 'B');
    a.autosave.load();
    b.autosave.load();
    expect(a.autosave.unsaved()).toBe(false);
    a.autosave.schedule(draft('A'));
    expect(a.autosave.unsaved()).toBe(true);
    a.autosave.flush();
    expect(a.autosave.unsaved()).toBe(false);
    b.autosave.schedule(draft('B'));
    b.autosave.flush();
    expect(b.statuses.at(-1)?.kind).toBe('conflict');
    expect(b.autosave.unsaved()).toBe(true);
    storage.fail = 'full';
    a.autosave.schedule(draft('A2'));
    a.autosave.flush();
    expect(a.autosave.unsaved()).toBe(true);
  });
});
