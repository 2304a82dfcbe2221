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

describe('stripMarkup on a saved news page', () => {
  const body = 'PORTO ALEGRE, Brazil — Rescue crews worked through the night on Sunday to reach families. '.repeat(4);
  const page = (head: string, extra = ''): string =>
    `<html><head>${head}</head><body><nav>Home News Sport</nav><header>Site name</header><article><h1>Floods in Brazil</h1>${extra}<p>${body}</p></article><footer>© Site 2024 · Contact</footer></body></html>`;

  it('keeps only the one <article>, without the menus and footer around it', () => {
    const text = stripMarkup(page(''));
    expect(text.startsWith('Floods in Brazil\n\n')).toBe(true);
    expect(text).not.toContain('Site name');
    expect(text).not.toContain('Contact');
  });

  it('puts the date the page states first, as a header the article parser reads', () => {
    expect(stripMarkup(page('<meta property="article:published_time" content="2024-05-06T10:32:00-03:00">')).split('\n')[0]).toBe('date 2024-05-06');
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-05-07T08:00:00Z"}]}</script>';
    expect(stripMarkup(page(ld)).split('\n')[0]).toBe('date 2024-05-07');
    expect(stripMarkup(page('', '<time datetime="2024-05-08">8 May</time>')).split('\n')[0]).toBe('date 2024-05-08');
  });

  it('ignores dates that are not calendar days and JSON-LD that is not JSON', () => {
    expect(stripMarkup(page('<meta property="article:published_time" content="2024-02-30"><script type="application/ld+json">{not json</script>'))).toMatch(/^Floods in Brazil/);
  });
});
