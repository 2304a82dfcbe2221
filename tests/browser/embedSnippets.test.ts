import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCRIPT_NAME, embedSnippets } from '../../src/formats/embedSnippets';
import { embeddingSection, hostPage, readPolicy, readSnippets, writeHostSite, type ReadmeSnippet } from './embedSnippetPages';
import { launchChromium } from './launchChromium';
import { openUnderCsp, violations, type CspPage } from './openUnderCsp';
import { startStaticServer, type StaticServer } from './staticServer';

// The snippets are read from README.md itself, so the README's copy-paste promise is what is tested.
const section = embeddingSection(readFileSync('README.md', 'utf8'));
const readme = readSnippets(section);
const CSP = readPolicy(section);
const exported = embedSnippets('/stories/my.story.json', '/dateline/');
const fromExportTab: ReadmeSnippet[] = [
  { name: 'iframe', file: null, code: exported.iframe },
  { name: 'element', file: null, code: exported.element },
  { name: 'api', file: null, code: exported.api },
  { name: 'api-script', file: API_SCRIPT_NAME, code: exported.apiScript },
];
const site = writeHostSite('tests/fixtures/sample.story.json', { readme: [...readme.values()], export: fromExportTab });
// Pages for README's height CSS, and for a container that has a height of its own.
mkdirSync(join(site.dir, 'height'));
const viewers = [
  '<script type="module" src="/dateline/dateline-embed.js"></script>',
  '<dateline-story src="/stories/my.story.json"></dateline-story>',
  '<div id="story"></div>',
  '<script type="module" src="/readme/my-story.js"></script>',
].join('\n');
writeFileSync(join(site.dir, 'height', 'readme-css.html'), hostPage('height: README\'s CSS', viewers, ['/readme/my-site.css']));
writeFileSync(join(site.dir, 'height', 'box.css'), '.box { height: 420px; }\n');
const boxed = '<script type="module" src="/dateline/dateline-embed.js"></script>\n<div class="box"><dateline-story src="/stories/my.story.json"></dateline-story></div>';
writeFileSync(join(site.dir, 'height', 'container.html'), hostPage('height: a container with a height', boxed, ['/height/box.css']));
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SHOTS = process.env['SNIPPET_SHOTS'] ?? '/tmp/shots';
const TITLE = 'Pompeo urges Kazakhstan to press Beijing over Muslim minorities';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/dateline-embed.js')) throw new Error('Build first: npx vite build');
  server = await startStaticServer({ '/dateline': 'dist', '/': site.dir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site.dir, { recursive: true, force: true });
});

type Opened = CspPage;

/** Opens `path` with every response carrying README's policy, recording requests, errors and (in every frame) CSP violations. */
async function open(path: string, viewport: { width: number; height: number }): Promise<Opened> {
  return openUnderCsp(browser, `${server.origin}${path}`, CSP, viewport);
}

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

interface Drawn {
  box: { width: number; height: number };
  title: string;
  countries: number;
  event: string;
  map: Rect | null;
  controls: Rect | null;
  timeline: Rect | null;
}

/** The viewer in `rootSelector` of `target`: its box, and where its parts are relative to that box. */
function measure(target: Page | Frame, rootSelector: string): Promise<Drawn> {
  return target.evaluate((sel) => {
    const root = document.querySelector<HTMLElement>(sel);
    if (!root) throw new Error(`no ${sel}`);
    const r = root.getBoundingClientRect();
    const part = (s: string) => {
      const b = root.querySelector(s)?.getBoundingClientRect();
      return b ? { top: b.top - r.top, bottom: b.bottom - r.top, left: b.left - r.left, right: b.right - r.left, height: b.height } : null;
    };
    return {
      box: { width: r.width, height: r.height },
      title: root.querySelector('.dl-title')?.textContent ?? '',
      countries: root.querySelectorAll('.dl-map path.dl-country').length,
      event: root.dataset['selectedEvent'] ?? '',
      map: part('.dl-map'),
      controls: part('.dl-controls'),
      timeline: part('.dl-bottom__timeline'),
    };
  }, rootSelector);
}

/** Waits for the page's one embed to draw, and says where its viewer is: a frame's `#app` or the page's own element. */
async function viewer(page: Page): Promise<{ target: Page | Frame; root: string; kind: 'iframe' | 'element' | 'api' }> {
  const iframe = await page.$('iframe[data-dateline]');
  if (iframe) {
    const frame = await iframe.contentFrame();
    if (!frame) throw new Error('the iframe has no document');
    await frame.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
    await frame.waitForSelector('.dl-map path.dl-country', { state: 'attached' });
    return { target: frame, root: '#app', kind: 'iframe' };
  }
  const kind = (await page.$('dateline-story')) ? 'element' : 'api';
  const root = kind === 'element' ? 'dateline-story' : '.dl-embed-host';
  await page.waitForSelector(`${root} .dl-map path.dl-country`, { state: 'attached' });
  return { target: page, root, kind };
}

describe("README's Embedding section", () => {
  it('marks an iframe, an auto-height iframe, an element, and an API page with its module file, none with an inline script or style', () => {
    expect([...readme.keys()]).toEqual(['height-css', 'iframe', 'autoheight', 'element', 'api-page', 'api-module']);
    expect(readme.get('api-module')?.file).toBe('my-story.js');
    expect(readme.get('api-page')?.code).toContain('<script type="module" src="my-story.js"></script>');
    for (const s of [...readme.values(), ...fromExportTab].filter((x) => x.file === null)) {
      expect(s.code, `${s.name} has an inline style`).not.toMatch(/\sstyle\s*=/i);
      expect(s.code, `${s.name} has an inline script`).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    }
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("style-src 'self'");
  });
});

describe('each embed snippet, pasted as it is into a page served with the policy README gives', () => {
  for (const { path, snippet } of site.pages) {
    for (const viewport of VIEWPORTS) {
      it(`${path} draws the story inside its box on a ${viewport.name}, with one story request, no foreign request and no violation`, async () => {
        const { page, requests, errors } = await open(path, viewport);
        try {
          const { target, root, kind } = await viewer(page);
          await expect.poll(() => measure(target, root).then((d) => d.timeline?.height ?? 0)).toBeGreaterThan(20);
          const drawn = await measure(target, root);
          mkdirSync(SHOTS, { recursive: true });
          await page.screenshot({ path: `${SHOTS}/snippet${path.replace(/\//g, '-').replace(/\.html$/, '')}-${viewport.name}.png`, fullPage: true });

          expect(drawn.title).toBe(TITLE);
          expect(drawn.countries).toBeGreaterThan(50);
          const { box } = drawn;
          const inside = (name: string, r: Rect | null): void => {
            expect(r, `${name} is missing`).not.toBeNull();
            if (!r) return;
            expect(r.top, `${name} starts above the box`).toBeGreaterThanOrEqual(-1);
            expect(r.bottom, `${name} ends below the box (${box.height} px)`).toBeLessThanOrEqual(box.height + 1);
            expect(r.left, `${name} starts left of the box`).toBeGreaterThanOrEqual(-1);
            expect(r.right, `${name} ends right of the box`).toBeLessThanOrEqual(box.width + 1);
          };
          inside('the map', drawn.map);
          inside('the controls', drawn.controls);
          expect(drawn.map?.height ?? 0, 'the map is too small').toBeGreaterThan(150);
          // The timeline may scroll inside a short box, but it starts in view.
          expect(drawn.timeline?.top ?? Infinity, 'the timeline starts below the box').toBeLessThan(box.height - 40);
          if (snippet !== 'autoheight') {
            // With no height given by the page, the viewer has a sensible one of its own: never a sliver, never taller than the screen.
            expect(box.height).toBeGreaterThanOrEqual(360);
            expect(box.height).toBeLessThanOrEqual(viewport.height);
          }
          if (kind !== 'iframe') {
            // The article goes on below the viewer, not under it.
            const [embedBottom, afterTop] = await page.evaluate((sel) => [document.querySelector(sel)?.getBoundingClientRect().bottom ?? 0, document.getElementById('after')?.getBoundingClientRect().top ?? 0], root);
            expect(afterTop).toBeGreaterThanOrEqual(embedBottom ?? 0);
          }
          // README's element opens on its `event` attribute; README's module goes to e3 after mounting.
          if (path === '/readme/element.html') expect(drawn.event).toBe('e2');
          if (path === '/readme/api-page.html') await expect.poll(() => measure(target, root).then((d) => d.event)).toBe('e3');

          expect(requests.filter((u) => u.startsWith(`${server.origin}/stories/my.story.json`)), `the story is fetched once, not: ${requests.join(' ')}`).toHaveLength(1);
          expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== server.origin)).toEqual([]);
          expect(await violations(page)).toEqual([]);
          if (target !== page) expect(await violations(target)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe("the viewer's height", () => {
  it("follows README's CSS: 70vh on the element, --dateline-height on the API's element, the layout inside either", async () => {
    const { page, errors } = await open('/height/readme-css.html', VIEWPORTS[0]);
    try {
      await page.waitForSelector('dateline-story .dl-map path.dl-country', { state: 'attached' });
      await page.waitForSelector('#story .dl-map path.dl-country', { state: 'attached' });
      const element = await measure(page, 'dateline-story');
      const api = await measure(page, '#story');
      expect(element.box.height).toBeCloseTo(0.7 * VIEWPORTS[0].height, 0);
      expect(api.box.height).toBe(600);
      for (const d of [element, api]) {
        expect(d.controls?.bottom ?? Infinity).toBeLessThanOrEqual(d.box.height);
        expect(d.map?.height ?? 0).toBeGreaterThan(150);
      }
      expect(errors).toEqual([]);
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('fills a container that has a height, even one lower than the default', async () => {
    const { page, errors } = await open('/height/container.html', VIEWPORTS[0]);
    try {
      await page.waitForSelector('dateline-story .dl-map path.dl-country', { state: 'attached' });
      const drawn = await measure(page, 'dateline-story');
      expect(drawn.box.height).toBe(420);
      expect(drawn.controls?.bottom ?? Infinity).toBeLessThanOrEqual(420);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
