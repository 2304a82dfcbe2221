import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH, stripMarkup as strip } from '../../src/author/stripMarkup';

/** The text, failing the test when the page was refused. */
function stripMarkup(html: string): string {
  const out = strip(html);
  if (!out.ok) throw new Error(`refused: ${out.depth} deep`);
  return out.text;
}

describe('stripMarkup', () => {
  it('keeps the readable text with paragraph breaks and collapses whitespace', () => {
    const html = '<html><head><title>T</title></head><body><h1>Pompeo  in\n Kazakhstan</h1><p>NUR-SULTAN • He <b>urged</b> Kazakhstan.</p><p>Line one<br>line two</p></body></html>';
    expect(stripMarkup(html)).toBe('Pompeo in Kazakhstan\n\nNUR-SULTAN • He urged Kazakhstan.\n\nLine one\nline two');
  });

  it('drops scripts, styles, SVG, iframes and forms, and keeps handler markup as nothing at all', () => {
    const html = `<p>Before</p><script>window.__pwned=1</script><style>p{}</style><svg onload="x()"><text>svg</text></svg><iframe src="javascript:x()"></iframe><img src=x onerror="x()"><p>After &lt;b&gt;</p>`;
    expect(stripMarkup(html)).toBe('Before\n\nAfter <b>');
  });

  it('needs no DOM: this test runs where there is no DOMParser, as in a worker, and nothing in the page runs', () => {
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
    (globalThis as { __pwned?: number }).__pwned = 0;
    expect(stripMarkup('<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>text')).toBe('text');
    expect((globalThis as { __pwned?: number }).__pwned).toBe(0);
  });

  it('gives an empty string for markup with no text', () => {
    expect(stripMarkup('<div><script>x</script></div>')).toBe('');
  });

  it('reads script, style and comment content as text up to its end, whatever markup it holds', () => {
    expect(stripMarkup('<p>One</p><script>if (a < b) document.write("<p>Two</p>")</script><!-- <p>Three</p> --><style>p>b{}</style><p>Four &amp; five</p>')).toBe('One\n\nFour & five');
  });

  it('drops menus, forms, buttons and the head (with its title) but keeps a textarea\'s words', () => {
    const html = '<html><head><title>Site</title><meta charset="utf-8"></head><body><nav><a href="/">Home</a></nav><form><button>Go</button></form><p>Story <i>text</i></p><textarea>a &lt;note&gt;</textarea></body></html>';
    expect(stripMarkup(html)).toBe('Story text\n\na <note>');
  });

  it('ends an unclosed <p> or <li> where the HTML parser would, so thousands of them are not thousands deep', () => {
    expect(stripMarkup('<p>One<p>Two<div>Three</div><ul><li>a<li>b</ul>')).toBe('One\n\nTwo\n\nThree\n\na\n\nb');
    const many = `${'<p>Line of text.'.repeat(5_000)}${'<li>item'.repeat(5_000)}`;
    expect(strip(many).ok).toBe(true);
  });

  it('refuses a page nested deeper than MAX_MARKUP_DEPTH, saying how deep', () => {
    expect(strip(`<body>${'<div>'.repeat(MAX_MARKUP_DEPTH)}deep enough${'</div>'.repeat(MAX_MARKUP_DEPTH)}</body>`)).toEqual({ ok: true, text: 'deep enough' });
    expect(strip(`<html><body>${'<div>'.repeat(200_000)}too deep${'</div>'.repeat(200_000)}</body></html>`)).toEqual({ ok: false, depth: 200_000 });
  });

  it('reads 100,000 line breaks and 100,000 unmatched end tags in one pass', () => {
    expect(stripMarkup(`a${'<br>'.repeat(100_000)}b${'</span>'.repeat(100_000)}c`)).toBe(`a${'\n'.repeat(100_000)}bc`);
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
