import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../src/formats/embedSnippets';

describe('embedSnippets', () => {
  it('gives the iframe, the element and the API snippets the README documents, for the story and the app address', () => {
    const s = embedSnippets('/stories/pompeo.story.json', 'https://news.example/dateline');
    expect(s.iframe).toContain('src="https://news.example/dateline/embed.html?story=%2Fstories%2Fpompeo.story.json"');
    expect(s.element).toContain('<script type="module" src="https://news.example/dateline/dateline-embed.js"></script>');
    expect(s.element).toContain('<dateline-story src="/stories/pompeo.story.json"></dateline-story>');
    expect(s.api).toContain('<script type="module" src="my-story.js"></script>');
    expect(s.apiScript).toContain('import { mount } from "https://news.example/dateline/dateline-embed.js";');
    expect(s.apiScript).toContain('fetch("/stories/pompeo.story.json")');
    expect(s.apiScript).toContain('if (new URL(response.url).origin !== new URL("/stories/pompeo.story.json", location.href).origin) throw');
  });

  it('has no inline script or style, which a strict Content Security Policy would refuse', () => {
    const s = embedSnippets('/stories/pompeo.story.json', '/dateline/');
    for (const html of [s.iframe, s.element, s.api]) {
      expect(html).not.toMatch(/\sstyle\s*=/i);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    }
    expect(s.apiScript).not.toContain('<');
  });

  it('refuses javascript: and data: addresses and escapes quotes and angle brackets', () => {
    const s = embedSnippets('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>');
    expect(JSON.stringify(s)).not.toMatch(/javascript:|data:/);
    const q = embedSnippets('/a"><script>alert(1)</script>.json', './');
    expect(q.element).not.toContain('"><script>');
    expect(q.element).toContain('&#34;&#62;&#60;script&#62;');
    expect(q.apiScript).not.toContain('</script>alert');
    expect(q.apiScript).toContain('fetch("/a\\"\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e.json")');
    expect(q.iframe).toContain('embed.html?story=%2Fa%22%3E%3Cscript%3E');
  });

  it('refuses addresses that browsers read as another host through backslashes: /\\host, \\\\host, https:\\\\host', () => {
    for (const trick of ['/\\evil.example/a.json', '\\\\evil.example/a.json', '\\/evil.example/a.json', 'https:\\\\evil.example/a.json', 'https:/\\evil.example/a.json']) {
      const s = embedSnippets(trick, trick);
      expect(JSON.stringify(s)).not.toContain('evil.example');
      expect(s.iframe).toContain('/dateline/embed.html?story=%2Fstories%2Fmy.story.json');
    }
  });
});

