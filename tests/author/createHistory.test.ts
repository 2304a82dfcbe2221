import { describe, expect, it } from 'vitest';
import { createHistory } from '../../src/author/createHistory';

// A tiny state and edit: a list of words, edits append a word (an empty word changes nothing).
const append = (state: readonly string[], word: string): readonly string[] => (word === '' ? state : [...state, word]);
const start = { base: [] as readonly string[], edits: [] as string[], position: 0 };

describe('createHistory', () => {
  it('applies edits, undoes and redoes them in order', () => {
    const h = createHistory(start, append);
    h.apply('a');
    h.apply('b');
    expect(h.present()).toEqual(['a', 'b']);
    expect(h.undo()).toBe(true);
    expect(h.present()).toEqual(['a']);
    expect(h.canRedo()).toBe(true);
    expect(h.redo()).toBe(true);
    expect(h.present()).toEqual(['a', 'b']);
    expect(h.redo()).toBe(false);
  });

  it('undo at the start and an edit that changes nothing are refused and recorded nowhere', () => {
    const h = createHistory(start, append);
    expect(h.undo()).toBe(false);
    expect(h.canUndo()).toBe(false);
    expect(h.apply('')).toBe(false);
    expect(h.snapshot().edits).toEqual([]);
  });

  it('a new edit after undo drops what could have been redone', () => {
    const h = createHistory(start, append);
    h.apply('a');
    h.apply('b');
    h.undo();
    h.apply('c');
    expect(h.present()).toEqual(['a', 'c']);
    expect(h.canRedo()).toBe(false);
  });

  it('a snapshot rebuilds the same history, position included, so undo and redo survive a reload', () => {
    const h = createHistory(start, append);
    h.apply('a');
    h.apply('b');
    h.apply('c');
    h.undo();
    const again = createHistory(h.snapshot(), append);
    expect(again.present()).toEqual(['a', 'b']);
    again.redo();
    expect(again.present()).toEqual(['a', 'b', 'c']);
    again.undo();
    again.undo();
    again.undo();
    expect(again.present()).toEqual([]);
  });

  it('keeps at most `limit` edits, folding the oldest into the base', () => {
    const h = createHistory(start, append, { limit: 2 });
    h.apply('a');
    h.apply('b');
    h.apply('c');
    expect(h.snapshot()).toEqual({ base: ['a'], edits: ['b', 'c'], position: 2 });
    h.undo();
    h.undo();
    expect(h.undo()).toBe(false);
    expect(h.present()).toEqual(['a']);
  });

  it('clamps a saved position that is out of range', () => {
    expect(createHistory({ base: [], edits: ['a'], position: 9 }, append).present()).toEqual(['a']);
    expect(createHistory({ base: [], edits: ['a'], position: -3 }, append).present()).toEqual([]);
  });

  it('says when the limit makes it forget the oldest edit, and how many', () => {
    const forgotten: number[] = [];
    const h = createHistory(start, append, { limit: 2, onForget: (n) => forgotten.push(n) });
    h.apply('a');
    h.apply('b');
    expect(forgotten).toEqual([]);
    h.apply('c');
    expect(forgotten).toEqual([1]);
    expect(h.limit).toBe(2);
  });
});
