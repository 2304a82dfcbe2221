import { escapeHtml } from './escapeHtml';

/**
 * True for an http(s) address or a path with no scheme (`/stories/a.json`, `stories/a.json`). A
 * backslash is refused anywhere: browsers read it as `/` in http(s) addresses, so `/\evil.example`
 * and `\\evil.example` are another host, like `//evil.example`, and no story path needs one.
 */
function isSafeAddress(url: string): boolean {
  if (url.includes('\\')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:\/\//i.test(url);
  // eslint-disable-next-line no-control-regex -- a control character in an address is refused
  return !url.startsWith('//') && !/[\u0000-\u001F]/.test(url);
}

// A JS string literal with no `<` or `>`, so it stays inert even if pasted inside an HTML <script> (no `</script>` or `<!--`).
const jsString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/** The file name the JavaScript API snippet's page loads its module from (next to the page). */
export const API_SCRIPT_NAME = 'my-story.js';

/** The embed snippets: each works pasted as it is into a page whose CSP forbids inline scripts and styles. */
export interface EmbedSnippets {
  /** An iframe line. */
  iframe: string;
  /** A script tag and the `<dateline-story>` element. */
  element: string;
  /** The page part of the JavaScript API: the element to mount in and a script tag loading {@link API_SCRIPT_NAME}. */
  api: string;
  /** The contents of {@link API_SCRIPT_NAME}: `mount()` with the story. */
  apiScript: string;
}

/**
 * The three ways to embed a published story (see README "Embedding"): an iframe line, a script
 * tag with the `<dateline-story>` element, and the JavaScript `mount()` API (a page part and a
 * module file, since a strict CSP refuses inline scripts). None has an inline style or script:
 * the viewer has a default height of its own. `storyUrl` is the story JSON's address and
 * `appBaseUrl` where Dateline's `dist/` is served; anything that is not http(s) or a plain path (a
 * `javascript:` address) is replaced by a placeholder, and every value is escaped for the place it goes.
 */
export function embedSnippets(storyUrl: string, appBaseUrl: string): EmbedSnippets {
  const story = isSafeAddress(storyUrl.trim()) ? storyUrl.trim() : '/stories/my.story.json';
  const baseRaw = isSafeAddress(appBaseUrl.trim()) && appBaseUrl.trim() !== '' ? appBaseUrl.trim() : '/dateline/';
  const base = baseRaw.endsWith('/') ? baseRaw : `${baseRaw}/`;
  const frameSrc = `${base}embed.html?story=${encodeURIComponent(story)}`;
  const iframe = [
    `<iframe data-dateline title="Dateline: the story on a map and a timeline"`,
    `        src="${escapeHtml(frameSrc)}"`,
    `        width="100%" height="540" allow="fullscreen"></iframe>`,
  ].join('\n');
  const element = [
    `<script type="module" src="${escapeHtml(`${base}dateline-embed.js`)}"></script>`,
    `<dateline-story src="${escapeHtml(story)}"></dateline-story>`,
  ].join('\n');
  const api = [`<div id="story"></div>`, `<script type="module" src="${API_SCRIPT_NAME}"></script>`].join('\n');
  const apiScript = [
    `import { mount } from ${jsString(`${base}dateline-embed.js`)};`,
    ``,
    `const response = await fetch(${jsString(story)});`,
    `// fetch follows redirects: a story that ended up on another site is not yours.`,
    `if (new URL(response.url).origin !== new URL(${jsString(story)}, location.href).origin) throw new Error('The story address redirected to another site.');`,
    `const story = mount(document.getElementById('story'), await response.json());`,
    `story.on('event', ({ eventId }) => console.log('now showing', eventId));`,
    ``,
  ].join('\n');
  return { iframe, element, api, apiScript };
}
