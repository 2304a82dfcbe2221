import { describe, expect, it } from 'vitest';
import { parseStoryJson } from '../../src/story/parseStoryJson';
import { STORY_LIMITS } from '../../src/story/storyLimits';

describe('parseStoryJson', () => {
  it('parses JSON text into plain data', () => {
    expect(parseStoryJson('{"a":[1,2]}')).toEqual({ ok: true, data: { a: [1, 2] } });
  });

  it('refuses a story over 50 MB before parsing it', () => {
    expect(parseStoryJson('{}', STORY_LIMITS.bytes + 1)).toEqual({ ok: false, error: 'The story is too big (50.0 MB; the limit is 50.0 MB).' });
    const r = parseStoryJson('{}', 80 * 1024 * 1024);
    expect(r.ok || r.error).toBe('The story is too big (80.0 MB; the limit is 50.0 MB).');
  });

  it('says a web page is not story JSON', () => {
    const r = parseStoryJson('\n<!doctype html><html><body>Not found</body></html>');
    expect(r.ok || r.error).toBe('This is a web page (HTML), not story JSON: check the address.');
  });

  it('turns a syntax error into a message, and says so for empty text', () => {
    const r = parseStoryJson('{"format": "dateline/1",');
    expect(r.ok || r.error).toMatch(/^The story is not valid JSON \(.+\)\.$/);
    expect(parseStoryJson('  ')).toEqual({ ok: false, error: 'The story is empty.' });
  });
});
