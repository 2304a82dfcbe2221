import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseOrigins, pinParentOrigins, readPinnedOrigins } from '../../src/embed/allowedOrigins';

describe('parseOrigins', () => {
  it('reads http(s) origins separated by spaces or commas, dropping paths and duplicates', () => {
    expect(parseOrigins('https://news.example/a/b, https://news.example http://localhost:8080')).toEqual(['https://news.example', 'http://localhost:8080']);
  });

  it('drops anything that is not an http(s) origin, and gives none for a missing value', () => {
    expect(parseOrigins('* null javascript:alert(1) data:text/html,x news.example')).toEqual([]);
    expect(parseOrigins(null)).toEqual([]);
  });
});

describe('isAllowedOrigin', () => {
  const own = 'https://stories.example';
  it('accepts the frame’s own origin and listed origins only', () => {
    expect(isAllowedOrigin(own, own, [])).toBe(true);
    expect(isAllowedOrigin('https://news.example', own, ['https://news.example'])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', own, ['https://news.example'])).toBe(false);
    expect(isAllowedOrigin('https://news.example', own, [])).toBe(false);
  });

  it('never accepts the opaque origin "null"', () => {
    expect(isAllowedOrigin('null', 'null', ['null'])).toBe(false);
  });
});

describe('pinning parent origins', () => {
  it('reads no pin from a missing or empty meta tag, the listed origins from a filled one, and none from `self`', () => {
    expect(readPinnedOrigins(undefined)).toBeNull();
    expect(readPinnedOrigins('  ')).toBeNull();
    expect(readPinnedOrigins('https://news.example, https://blog.example/path')).toEqual(['https://news.example', 'https://blog.example']);
    expect(readPinnedOrigins('self')).toEqual([]);
  });

  it('lets parentOrigin ask only for pinned origins, and anything when nothing is pinned', () => {
    const asked = ['https://news.example', 'https://stranger.example'];
    expect(pinParentOrigins(asked, null)).toEqual(asked);
    expect(pinParentOrigins(asked, ['https://news.example'])).toEqual(['https://news.example']);
    expect(pinParentOrigins(asked, [])).toEqual([]);
  });
});
