import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from '../../src/author/createAutosave';
import type { Draft } from '../../src/author/draftRecord';
import { FakeStorage } from './fakeStorage';
import { seedStory } from './seedStory';

const KEY = 'draft';
const draft = (text: string): Draft => ({ text, date: '2020-02-03', history: null });

function tab(storage: FakeStorage, tabId: string) {
  const statuses: SaveStatus[] = [];
  const autosave = createAutosave({ storage: () => storage, key: KEY, tabId, onStatus: (s) => statuses.push(s), delayMs: 500, now: () => new Date('2020-02-03T10:00:00Z') });
  return { autosave, statuses };
}

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

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
    expect(autosave.load()).toEqual({ record: null, problem: expect.stringMatching(/does not let the page store anything/) });
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
});
