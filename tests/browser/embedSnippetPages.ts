import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One snippet from README's Embedding section: the name after `<!-- snippet: name [file] -->`, the file it is saved as (if any), and its code. */
export interface ReadmeSnippet {
  readonly name: string;
  readonly file: string | null;
  readonly code: string;
}

/** README's "## Embedding" section (up to the next `## ` heading); throws if there is none. */
export function embeddingSection(readme: string): string {
  const start = readme.indexOf('\n## Embedding\n');
  if (start < 0) throw new Error('README.md has no "## Embedding" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Every fenced code block of `section` that follows a `<!-- snippet: name [file] -->` marker, by name. */
export function readSnippets(section: string): Map<string, ReadmeSnippet> {
  const snippets = new Map<string, ReadmeSnippet>();
  for (const m of section.matchAll(/<!-- snippet: ([\w-]+)(?: ([\w.-]+))? -->\n```\w*\n([\s\S]*?)\n```/g)) {
    const [, name = '', file, code = ''] = m;
    snippets.set(name, { name, file: file ?? null, code });
  }
  return snippets;
}

/** The policy README's Embedding section promises the snippets work under (`Content-Security-Policy: …` in backticks). */
export function readPolicy(section: string): string {
  const m = /`Content-Security-Policy: ([^`]+)`/.exec(section);
  if (!m?.[1]) throw new Error('README\'s Embedding section names no Content-Security-Policy');
  return m[1].trim();
}

/** A newsroom stylesheet that sets fonts and colours but no height for any embed: the snippets must work without one. */
const HOST_CSS = 'body { margin: 0; font: 17px/1.6 Georgia, serif; background: #fffbe8; color: #222; }\nmain { max-width: 1100px; margin: 0 auto; padding: 1rem; }\n';

/** The page of a newsroom site with `body` (a snippet, pasted as it is) between two paragraphs, with the site's stylesheet and `stylesheets`. */
export function hostPage(title: string, body: string, stylesheets: readonly string[] = []): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${title}</title>`,
    '<link rel="stylesheet" href="/site.css">',
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`),
    '</head>',
    '<body>',
    '<main>',
    `<h1>${title}</h1>`,
    '<p>A paragraph of the article before the embed.</p>',
    body,
    '<p id="after">A paragraph of the article after the embed.</p>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A page to open: its path on the site and the snippet it holds. */
export interface HostPage {
  readonly path: string;
  readonly snippet: string;
}

/**
 * Writes a site into a new temporary folder: `site.css`, the story at `stories/my.story.json`
 * (a copy of `story`), and for each entry of `pages` (folder → snippets) one page per HTML
 * snippet, with the JS snippets saved under their file names next to it. Returns the folder and the pages.
 */
export function writeHostSite(story: string, pages: Record<string, ReadmeSnippet[]>): { dir: string; pages: HostPage[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-snippets-'));
  writeFileSync(join(dir, 'site.css'), HOST_CSS);
  mkdirSync(join(dir, 'stories'));
  copyFileSync(story, join(dir, 'stories', 'my.story.json'));
  const written: HostPage[] = [];
  for (const [folder, snippets] of Object.entries(pages)) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const s of snippets) {
      if (s.file !== null) writeFileSync(join(dir, folder, s.file), s.code);
      else {
        writeFileSync(join(dir, folder, `${s.name}.html`), hostPage(`${folder}: ${s.name}`, s.code));
        written.push({ path: `/${folder}/${s.name}.html`, snippet: s.name });
      }
    }
  }
  return { dir, pages: written };
}
