import { escapeHtml } from './escapeHtml';

/** True for an http(s) address or a path with no scheme (`/stories/a.json`, `stories/a.json`). */
function isSafeAddress(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:\/\//i.test(url);
  // eslint-disable-next-line no-control-regex -- a control character in an address is refused
  return !url.startsWith('//') && !/[\u0000-\u001F]/.test(url);
}

// A JS string literal that stays inert inside an HTML <script> (no `</script>` or `<!--`).
const jsString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/**
 * The three ways to embed a published story (see README "Embedding"): an iframe line, a script
 * tag with the `<dateline-story>` element, and the JavaScript `mount()` API. `storyUrl` is the
 * story JSON's address and `appBaseUrl` where Dateline's `dist/` is served; anything that is not
 * http(s) or a plain path (a `javascript:` address) is replaced by a placeholder, and every value
 * is escaped for the place it goes.
 */
export function embedSnippets(storyUrl: string, appBaseUrl: string): { iframe: string; element: string; api: string } {
  const story = isSafeAddress(storyUrl.trim()) ? storyUrl.trim() : '/stories/my.story.json';
  const baseRaw = isSafeAddress(appBaseUrl.trim()) && appBaseUrl.trim() !== '' ? appBaseUrl.trim() : '/dateline/';
  const base = baseRaw.endsWith('/') ? baseRaw : `${baseRaw}/`;
  const frameSrc = `${base}embed.html?story=${encodeURIComponent(story)}`;
  const iframe = [
    `<iframe data-dateline title="Dateline: the story on a map and a timeline"`,
    `        src="${escapeHtml(frameSrc)}"`,
    `        width="100%" height="480" allow="fullscreen"></iframe>`,
  ].join('\n');
  const element = [
    `<script type="module" src="${escapeHtml(`${base}dateline-embed.js`)}"></script>`,
    `<div style="height: 480px">`,
    `  <dateline-story src="${escapeHtml(story)}"></dateline-story>`,
    `</div>`,
  ].join('\n');
  const api = [
    `<div id="story" style="height: 480px"></div>`,
    `<script type="module">`,
    `  import { mount } from ${jsString(`${base}dateline-embed.js`)};`,
    `  const response = await fetch(${jsString(story)});`,
    `  const story = mount(document.getElementById('story'), await response.json());`,
    `  story.on('event', ({ eventId }) => console.log('now showing', eventId));`,
    `</script>`,
  ].join('\n');
  return { iframe, element, api };
}
