import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../src/formats/embedSnippets';

describe('embedSnippets', () => {
  it('gives the iframe, the element and the API snippets the README documents, for the story and the app address', () => {
    const s = embedSnippets('/stories/pompeo.story.json', 'https://news.example/dateline');
    expect(s.iframe).toContain('src="https://news.example/dateline/embed.html?story=%2Fstories%2Fpompeo.story.json"');
    expect(s.element).toContain('<script type="module" src="https://news.example/dateline/dateline-embed.js"></script>');
    expect(s.element).toContain('<dateline-story src="/stories/pompeo.story.json"></dateline-story>');
    expect(s.api).toContain('import { mount } from "https://news.example/dateline/dateline-embed.js";');
    expect(s.api).toContain('fetch("/stories/pompeo.story.json")');
  });

  it('refuses javascript: and data: addresses and escapes quotes and angle brackets', () => {
    const s = embedSnippets('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>');
    expect(JSON.stringify(s)).not.toMatch(/javascript:|data:/);
    const q = embedSnippets('/a"><script>alert(1)</script>.json', './');
    expect(q.element).not.toContain('"><script>');
    expect(q.element).toContain('&#34;&#62;&#60;script&#62;');
    expect(q.api).not.toContain('</script>alert');
    expect(q.iframe).toContain('embed.html?story=%2Fa%22%3E%3Cscript%3E');
  });
});
