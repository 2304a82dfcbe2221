import { describe, expect, it } from 'vitest';
import { parseCommand, parseNotice } from '../../src/embed/embedMessages';

describe('parseCommand', () => {
  it('accepts play, pause and goTo with a string event id', () => {
    expect(parseCommand({ type: 'dateline:play' })).toEqual({ type: 'dateline:play' });
    expect(parseCommand({ type: 'dateline:pause', extra: 1 })).toEqual({ type: 'dateline:pause' });
    expect(parseCommand({ type: 'dateline:goTo', eventId: 'e3' })).toEqual({ type: 'dateline:goTo', eventId: 'e3' });
  });

  it('rejects everything else: other types, missing or non-string ids, non-objects', () => {
    for (const bad of [null, undefined, 'dateline:play', 7, [], { type: 'dateline:goTo' }, { type: 'dateline:goTo', eventId: 3 }, { type: 'dateline:goTo', eventId: '' }, { type: 'dateline:goTo', eventId: 'x'.repeat(201) }, { type: 'dateline:ready' }, { type: 'eval' }]) {
      expect(parseCommand(bad)).toBeNull();
    }
  });
});

describe('parseNotice', () => {
  it('reads ready, event and resize notices and rejects malformed ones', () => {
    expect(parseNotice({ type: 'dateline:ready', title: 'T', eventIds: ['a', 3, 'b'] })).toEqual({ type: 'dateline:ready', title: 'T', eventIds: ['a', 'b'] });
    expect(parseNotice({ type: 'dateline:event', eventId: 'e1', index: 0, count: 9, mirror: true })).toEqual({ type: 'dateline:event', eventId: 'e1', index: 0, count: 9, mirror: true });
    expect(parseNotice({ type: 'dateline:event', eventId: null, index: -1, count: 9 })).toEqual({ type: 'dateline:event', eventId: null, index: -1, count: 9, mirror: false });
    expect(parseNotice({ type: 'dateline:resize', height: 480 })).toEqual({ type: 'dateline:resize', height: 480 });
    expect(parseNotice({ type: 'dateline:resize', height: Number.POSITIVE_INFINITY })).toBeNull();
    expect(parseNotice({ type: 'dateline:event', eventId: {}, index: 0, count: 1 })).toBeNull();
    expect(parseNotice({ type: 'dateline:play' })).toBeNull();
  });
});

describe('the auto-height command', () => {
  it('parseCommand accepts dateline:autoheight and ignores anything it carries', () => {
    expect(parseCommand({ type: 'dateline:autoheight' })).toEqual({ type: 'dateline:autoheight' });
    expect(parseCommand({ type: 'dateline:autoheight', height: 9999, css: 'x' })).toEqual({ type: 'dateline:autoheight' });
    expect(parseCommand({ type: 'dateline:autoHeight' })).toBeNull();
  });
});
