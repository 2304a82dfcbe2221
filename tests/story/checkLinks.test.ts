import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../../src/story/checkLinks';
import { validateStory } from '../../src/story/validateStory';
import type { Story } from '../../src/story/types';

const story = (url: string): Story => ({
  format: 'dateline/1',
  meta: { title: 'T', published: '2020-02-03', language: 'en', text: 'Text.', source: { name: 'Wire', url } },
  places: [],
  events: [],
  routes: [],
  times: [],
});

describe('isHttpUrl', () => {
  it('accepts absolute http and https addresses', () => {
    for (const u of ['http://example.com/a', 'https://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM']) expect(isHttpUrl(u)).toBe(true);
  });

  it('refuses javascript:, data:, vbscript:, file:, relative and protocol-relative addresses, however they are disguised', () => {
    for (const u of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '/relative', '//example.com/x', '', 'http//x']) {
      expect(isHttpUrl(u), u).toBe(false);
    }
  });
});

describe('validateStory on links', () => {
  it('refuses a javascript: source link with a message naming meta.source.url', () => {
    expect(validateStory(story('javascript:alert(1)'))).toEqual({ ok: false, errors: ['meta.source.url: only http and https links are allowed ("javascript:" links are refused)'] });
  });

  it('refuses a data: source link and a relative one', () => {
    const r1 = validateStory(story('data:text/html,hi'));
    expect(r1.ok || r1.errors).toEqual(['meta.source.url: only http and https links are allowed ("data:" links are refused)']);
    const r2 = validateStory(story('/news/1'));
    expect(r2.ok || r2.errors).toEqual(['meta.source.url: only http and https links are allowed (it is not a full address)']);
  });

  it('accepts an https source link', () => {
    expect(validateStory(story('https://example.com/news/1')).ok).toBe(true);
  });
});
