import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openUnderCsp, violations, type CspPage } from './openUnderCsp';
import { startStaticServer, type StaticServer } from './staticServer';

/** The policy a strict newsroom page sends; the embed must work under it with no exceptions. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; font-src 'self'; base-uri 'none'";

let server: StaticServer;
let browser: Browser;
type Opened = CspPage;
const opened: Opened[] = [];

/** Opens `url` with every response carrying the strict CSP, recording requests, errors and CSP violations (page and frames). */
async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const entry = await openUnderCsp(browser, url, CSP, viewport);
  opened.push(entry);
  return entry;
}


async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/dateline/embed.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/dateline/embed.html'));
  if (!frame) throw new Error('no embed frame');
  await frame.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  return frame;
}

const frameEvent = (frame: Frame): Promise<string> => frame.evaluate(() => document.getElementById('app')?.dataset['selectedEvent'] ?? '');
const elementEvent = (page: Page): Promise<string> => page.evaluate(() => document.querySelector<HTMLElement>('dateline-story')?.dataset['selectedEvent'] ?? '');
const apiEvent = (page: Page): Promise<string> => page.evaluate(() => document.getElementById('story')?.dataset['selectedEvent'] ?? '');

beforeAll(async () => {
  if (!existsSync('dist/embed.html')) throw new Error('Build first: npx vite build');
  server = await startStaticServer({ '/dateline': 'dist', '/stories': 'tests/fixtures', '/': 'tests/browser/embedHost' });
  browser = await launchChromium();
});

afterEach(async () => {
  for (const { page } of opened.splice(0)) await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the embed on a page with a strict Content Security Policy', () => {
  it('the iframe, the custom element and the JS API all show the story and obey their commands, with no foreign request and no violation', async () => {
    const { page, requests, errors } = await open(`${server.origin}/`);
    const frame = await embedFrame(page);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dateline-story')?.dataset['storyState'] === 'ready');
    await page.waitForFunction(() => document.body.dataset['hostReady'] === 'yes');
    await expect.poll(() => frame.locator('.dl-map .dl-place').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('dateline-story .dl-map .dl-place').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#story .dl-map .dl-place').count()).toBeGreaterThan(0);
    await frame.waitForSelector('.dl-map path.dl-country', { state: 'attached' });

    // Start events: the element's `event` attribute and the API's `event` option.
    expect(await elementEvent(page)).toBe('e2');
    expect(await apiEvent(page)).toBe('e1');

    // postMessage into the iframe (through the parent helper's origin-checked link, and directly).
    await page.evaluate(() => document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'dateline:goTo', eventId: 'e4' }, location.origin));
    await expect.poll(() => frameEvent(frame)).toBe('e4');
    // mirror=1: the parent page's own URL follows the frame.
    await expect.poll(() => new URL(page.url()).searchParams.get('dateline')).toBe('e4');
    // Malformed commands are ignored.
    await page.evaluate(() => {
      const w = document.querySelector('iframe')?.contentWindow;
      for (const bad of [null, 'dateline:play', { type: 'dateline:goTo' }, { type: 'dateline:goTo', eventId: 7 }, { type: 'dateline:eval', code: '1' }]) w?.postMessage(bad, location.origin);
      w?.postMessage({ type: 'dateline:goTo', eventId: 'e5' }, location.origin);
    });
    await expect.poll(() => frameEvent(frame)).toBe('e5');
    await page.evaluate(() => document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'dateline:play' }, location.origin));
    await frame.waitForFunction(() => document.getElementById('app')?.dataset['selectedEvent'] === 'e6', undefined, { timeout: 15_000 });
    await page.evaluate(() => document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'dateline:pause' }, location.origin));
    await expect.poll(() => frame.locator('.dl-btn--primary').getAttribute('aria-pressed')).toBe('false');

    // The custom element's verbs and its event.
    await page.evaluate(() => {
      const el = document.querySelector('dateline-story');
      el?.addEventListener('dateline-event', (e) => {
        document.body.dataset['elementSaw'] = String((e as CustomEvent<{ eventId: string }>).detail.eventId);
      });
      (el as unknown as { goTo(id: string): boolean }).goTo('e7');
    });
    expect(await elementEvent(page)).toBe('e7');
    expect(await page.evaluate(() => document.body.dataset['elementSaw'])).toBe('e7');
    await page.evaluate(() => document.querySelector('dateline-story')?.setAttribute('event', 'e3'));
    expect(await elementEvent(page)).toBe('e3');

    // The JS API's verbs and its `on('event')`.
    const wentTo = await page.evaluate(() => {
      const t = (window as unknown as { hostTest: { story: { goTo(id: string): boolean } } }).hostTest;
      return [t.story.goTo('e8'), t.story.goTo('no-such-event')];
    });
    expect(wentTo).toEqual([true, false]);
    expect(await apiEvent(page)).toBe('e8');
    expect(await page.evaluate(() => (window as unknown as { hostTest: { seen: string[] } }).hostTest.seen)).toEqual(['e8']);

    mkdirSync('/tmp/shots', { recursive: true });
    await page.screenshot({ path: '/tmp/shots/embed-host.png', fullPage: true });

    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin);
    expect(foreign).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(await violations(frame)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the script embed's stylesheet styles only Dateline's own elements, never the host page", async () => {
    const { page } = await open(`${server.origin}/`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dateline-story')?.dataset['storyState'] === 'ready');
    await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('/dateline/dateline.css')));
    const look = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const root = getComputedStyle(document.documentElement);
      const app = getComputedStyle(document.querySelector('dateline-story .dl-app') as Element);
      return {
        bodyFont: body.fontFamily,
        bodyBackground: body.backgroundColor,
        rootBg: root.getPropertyValue('--bg').trim(),
        rootAccent: root.getPropertyValue('--accent').trim(),
        mainSizing: getComputedStyle(document.querySelector('main') as Element).boxSizing,
        appBg: app.getPropertyValue('--bg').trim(),
        appFont: app.fontFamily,
      };
    });
    // The host's own choices (host.css) stand: its font, background, box model and custom properties.
    expect(look.bodyFont).toContain('Georgia');
    expect(look.bodyBackground).toBe('rgb(255, 255, 255)');
    expect(look.rootBg).toBe('#fdfdfb');
    expect(look.rootAccent).toBe('#0a58ca');
    expect(look.mainSizing).toBe('content-box');
    // Inside the element, Dateline's palette and type apply, whatever the host named its properties.
    expect(look.appBg).not.toBe('#fdfdfb');
    expect(look.appFont).toContain('system-ui');
  });

  it('with mirror=1, opening the parent URL a reader shared (?dateline=e6) reopens the iframe at that event', async () => {
    const { page, requests } = await open(`${server.origin}/?dateline=e6`);
    const frame = await embedFrame(page);
    await expect.poll(() => frameEvent(frame)).toBe('e6');
    expect(new URL(page.url()).searchParams.get('dateline')).toBe('e6');
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin)).toEqual([]);
  });

  it('with data-dateline-autoheight, the iframe height follows the content: taller when narrow, the asked height when wide', async () => {
    const { page, requests, errors } = await open(`${server.origin}/autoheight.html`);
    const frameOf = async (id: string): Promise<Frame> => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      if (!frame) throw new Error(`no frame #${id}`);
      await frame.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
      return frame;
    };
    const auto = await frameOf('auto');
    const fixed = await frameOf('fixed');
    const height = (id: string): Promise<number> => page.evaluate((i) => document.getElementById(i)?.clientHeight ?? 0, id);
    const content = (frame: Frame): Promise<number> => frame.evaluate(() => Math.ceil(document.getElementById('app')?.getBoundingClientRect().height ?? 0));
    // Narrow: map, timeline, narration and list stacked; the iframe grows to hold them all, with no inner scrolling.
    await expect.poll(() => height('auto'), { timeout: 15_000 }).toBeGreaterThan(800);
    await expect.poll(async () => Math.abs((await height('auto')) - (await content(auto)))).toBeLessThanOrEqual(2);
    expect(await auto.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    // Wide: the viewer's own layout at the default 540 px.
    await page.evaluate(() => document.getElementById('auto')?.setAttribute('width', '900'));
    await expect.poll(() => height('auto'), { timeout: 15_000 }).toBe(540);
    // Narrow again: it grows again.
    await page.evaluate(() => document.getElementById('auto')?.setAttribute('width', '360'));
    await expect.poll(() => height('auto'), { timeout: 15_000 }).toBeGreaterThan(800);
    // Without the attribute nothing changes.
    expect(await height('fixed')).toBe(300);
    // "Save as image" works under the policy too (SVG layers are drawn from data: URLs, the PNG is a blob download).
    const [download] = await Promise.all([page.waitForEvent('download'), auto.getByRole('button', { name: 'Save as image' }).click()]);
    expect(download.suggestedFilename()).toBe('dateline-story.png');
    mkdirSync('/tmp/shots', { recursive: true });
    await download.saveAs('/tmp/shots/snapshot-csp.png');
    // The SVG layers kept their colours (styles are set through the CSSOM, which the policy allows): the land is not black.
    const dark = await auto.evaluate(async (b64) => {
      // Decoded from bytes, not fetched: connect-src 'self' refuses data: URLs.
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx?.drawImage(bitmap, 0, 0);
      const data = ctx?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 90) n++;
      return n / (data.length / 4);
    }, readFileSync(await download.path()).toString('base64'));
    expect(dark).toBeLessThan(0.05);
    expect(await fixed.evaluate(() => document.body.classList.contains('dl-frame--auto'))).toBe(false);
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(await violations(auto)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a page on another origin can neither command the iframe nor hear from it', async () => {
    // localhost and 127.0.0.1 are different origins served by the same test server.
    const other = server.origin.replace('127.0.0.1', 'localhost');
    const { page } = await open(`${other}/`);
    await page.waitForFunction(() => document.body.dataset['hostReady'] === 'yes');
    const heard: unknown[] = [];
    await page.exposeFunction('heard', (d: unknown) => heard.push(d));
    await page.evaluate((src) => {
      window.addEventListener('message', (e) => void (window as unknown as { heard(d: unknown): void }).heard(e.data));
      const f = document.createElement('iframe');
      f.id = 'foreign';
      f.src = src;
      document.body.append(f);
    }, `${server.origin}/dateline/embed.html?story=/stories/sample.story.json`);
    const frame = await embedFrame(page);
    await page.evaluate((origin) => document.querySelector<HTMLIFrameElement>('#foreign')?.contentWindow?.postMessage({ type: 'dateline:goTo', eventId: 'e3' }, origin), server.origin);
    // A command it does obey, sent from inside the frame itself, proves messages were delivered by then.
    await frame.evaluate(() => window.postMessage({ type: 'dateline:goTo', eventId: 'e2' }, location.origin));
    expect(await frameEvent(frame)).toBe('');
    expect(heard.filter((d) => JSON.stringify(d).includes('dateline:'))).toEqual([]);
  });
});
