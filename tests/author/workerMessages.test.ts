import { describe, expect, it } from 'vitest';
import { fileSlug } from '../../src/author/downloadFile';
import { readWorkerReply, readWorkerRequest } from '../../src/author/workerMessages';

describe('workerMessages', () => {
  it('readWorkerReply passes the four whole replies and refuses anything else', () => {
    expect(readWorkerReply({ type: 'progress', stage: 'reading' })).toEqual({ type: 'progress', stage: 'reading' });
    expect(readWorkerReply({ type: 'failed', message: 'No date' })).toEqual({ type: 'failed', message: 'No date' });
    expect(readWorkerReply({ type: 'lookup', id: 3, offers: [] })).toEqual({ type: 'lookup', id: 3, offers: [] });
    expect(readWorkerReply({ type: 'done', story: {} })?.type).toBe('done');
    for (const bad of [null, 'done', { type: 'progress', stage: 'hacking' }, { type: 'failed' }, { type: 'lookup', id: '3', offers: [] }, { type: 'done', story: null }, { type: 'eval' }]) expect(readWorkerReply(bad)).toBeNull();
  });

  it('readWorkerReply passes a part of one of the story lists and refuses any other list or items that are not a list', () => {
    expect(readWorkerReply({ type: 'part', list: 'events', items: [] })).toEqual({ type: 'part', list: 'events', items: [] });
    for (const bad of [{ type: 'part', list: 'meta', items: [] }, { type: 'part', list: 'places', items: {} }, { type: 'part', items: [] }]) expect(readWorkerReply(bad)).toBeNull();
  });

  it('readWorkerRequest passes extract and lookup requests and refuses anything else', () => {
    expect(readWorkerRequest({ type: 'extract', text: 'x', date: '2020-02-03' })).toEqual({ type: 'extract', text: 'x', date: '2020-02-03' });
    expect(readWorkerRequest({ type: 'extract', text: 'x' })).toEqual({ type: 'extract', text: 'x' });
    expect(readWorkerRequest({ type: 'lookup', id: 1, name: 'Kyiv' })).toEqual({ type: 'lookup', id: 1, name: 'Kyiv' });
    for (const bad of [undefined, { type: 'extract' }, { type: 'extract', text: 'x', date: 5 }, { type: 'lookup', id: 1 }, { type: 'other' }]) expect(readWorkerRequest(bad)).toBeNull();
  });
});

describe('fileSlug', () => {
  it('makes a short file-name-safe slug, with "story" for a title of no letters', () => {
    expect(fileSlug('Pompeo urges Kazakhstan: “join us”')).toBe('pompeo-urges-kazakhstan-join-us');
    expect(fileSlug('<script>../../etc/passwd')).toBe('script-etc-passwd');
    expect(fileSlug('…')).toBe('story');
    expect(fileSlug('a'.repeat(100)).length).toBe(60);
  });
});
