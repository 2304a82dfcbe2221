import { describe, expect, it } from 'vitest';
import { jsonForScript, storyToStandaloneHtml } from '../../src/formats/storyToStandaloneHtml';
import type { Story } from '../../src/story/types';
import { seedStories } from './seedStories';

const payload = '</script><script>alert(1)</script><!--<script> & \u2028 </SCRIPT >';

function hostile(): Story {
  const story = seedStories()[0]?.story as Story;
  return { ...story, meta: { ...story.meta, title: payload, text: `${story.meta.text}` }, events: story.events.map((e) => ({ ...e, summary: payload })) };
}

/** The text of every <script> element, cut the way an HTML parser cuts script data (at the first `</script`). */
function scripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b[^>]*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const end = html.toLowerCase().indexOf('</script', m.index + m[0].length);
    out.push(html.slice(m.index + m[0].length, end));
    re.lastIndex = end;
  }
  return out;
}

describe('storyToStandaloneHtml', () => {
  it('carries the story as JSON that reads back unchanged although its strings hold </script> and <!--', () => {
    const story = hostile();
    const html = storyToStandaloneHtml(story, { script: 'console.log("</script>")', css: 'a::after { content: "</style>"; }' });
    const [json, js] = scripts(html);
    expect(JSON.parse(json ?? '')).toEqual(story);
    expect(js).toBe('console.log("\\x3C/script>")');
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html).toContain('\\3C/style');
    expect(html).not.toMatch(/<!--/);
  });

  it('escapes the title and forbids every host in its Content-Security-Policy', () => {
    const html = storyToStandaloneHtml(hostile(), { script: '', css: '' });
    expect(html).toContain('<title>&#60;/script&#62;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });

  it('jsonForScript leaves no <, > or & and parses back to the same value', () => {
    const value = { a: '<!-- </script> & \u2029' };
    const s = jsonForScript(value);
    expect(s).not.toMatch(/[<>&]/);
    expect(JSON.parse(s)).toEqual(value);
  });
});
