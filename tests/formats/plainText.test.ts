import { describe, expect, it } from 'vitest';
import { plainField, plainText } from '../../src/formats/plainText';

describe('plainText', () => {
  it('drops tags, keeps words, and turns paragraphs and line breaks into new lines', () => {
    expect(plainText('<p>One <b>bold</b> word.</p><p>Two<br/>lines</p>')).toBe('One bold word.\n\nTwo\nlines');
  });

  it('drops script, style and svg with their content, and comments', () => {
    expect(plainText('a<script>alert("<p>")</script>b<style>p{}</style>c<svg><text>t</text></svg>d<!-- x -->e')).toBe('a b c de');
  });

  it('decodes entities after removing tags, so escaped markup stays visible text', () => {
    expect(plainText('&lt;b&gt; &amp; &#8212; &#x2014; &rsquo; &bogus;')).toBe('<b> & — — ’ &bogus;');
  });

  it('keeps a lone < that starts no tag ("a < b")', () => {
    expect(plainText('a < b and 3<4')).toBe('a < b and 3<4');
  });

  it('keeps an http(s) link as its address after the words, never a javascript: one', () => {
    expect(plainText('<a href="https://x.example/a?b=1&amp;c=2">read</a>')).toBe('read (https://x.example/a?b=1&c=2)');
    expect(plainText('<a href="https://x.example/">https://x.example/</a>')).toBe('https://x.example/');
    expect(plainText("<a href='javascript:alert(1)'>read</a>")).toBe('read');
  });

  it('removes control characters and direction overrides and collapses spaces', () => {
    expect(plainText('a\u0000b\u202Ec\u2066d   e\t\tf\n\n\n\ng')).toBe('abcd e f\n\ng');
  });

  it('runs in linear time on an unclosed tag or quote (no hang)', () => {
    expect(plainText(`<a href="${'x'.repeat(200_000)}`)).toBe('');
    expect(plainText('<'.repeat(200_000)).length).toBe(200_000);
  });

  it('plainField cuts long text with an ellipsis and gives "" for non-strings', () => {
    expect(plainField('abcdef', 4)).toBe('abc…');
    expect(plainField({ a: 1 }, 10)).toBe('');
    expect(plainField(12, 10)).toBe('12');
  });
});
