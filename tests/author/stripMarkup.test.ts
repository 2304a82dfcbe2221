// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../src/author/stripMarkup';

describe('stripMarkup', () => {
  it('keeps the readable text with paragraph breaks and collapses whitespace', () => {
    const html = '<html><head><title>T</title></head><body><h1>Pompeo  in\n Kazakhstan</h1><p>NUR-SULTAN • He <b>urged</b> Kazakhstan.</p><p>Line one<br>line two</p></body></html>';
    expect(stripMarkup(html)).toBe('Pompeo in Kazakhstan\n\nNUR-SULTAN • He urged Kazakhstan.\n\nLine one\nline two');
  });

  it('drops scripts, styles, SVG, iframes and forms, and keeps handler markup as nothing at all', () => {
    const html = `<p>Before</p><script>window.__pwned=1</script><style>p{}</style><svg onload="x()"><text>svg</text></svg><iframe src="javascript:x()"></iframe><img src=x onerror="x()"><p>After &lt;b&gt;</p>`;
    expect(stripMarkup(html)).toBe('Before\n\nAfter <b>');
  });

  it('never touches the live document and runs nothing', () => {
    (globalThis as { __pwned?: number }).__pwned = 0;
    const before = document.body.childNodes.length;
    stripMarkup('<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>text');
    expect(document.body.childNodes.length).toBe(before);
    expect((globalThis as { __pwned?: number }).__pwned).toBe(0);
  });

  it('gives an empty string for markup with no text, and drops the private-use break markers from input', () => {
    expect(stripMarkup('<div><script>x</script></div>')).toBe('');
    expect(stripMarkup('<p>a\uE000b\uE001c</p>')).toBe('abc');
  });
});
