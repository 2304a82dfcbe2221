import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();

// A page on another origin (its own port on 127.0.0.1) that frames the embed and records what the frame tells it.
let stranger: Server | undefined;
let STRANGER = '';
beforeAll(async () => {
  stranger = createServer((req, res) => {
    const frame = new URL(req.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    const page = `<!doctype html><title>Another site</title><iframe src="${frame.replace(/"/g, '&quot;')}" width="800" height="500"></iframe>
<script>window.heard = []; addEventListener('message', (e) => window.heard.push(e.data && e.data.type));</script>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => stranger?.listen(0, '127.0.0.1', done));
  STRANGER = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => (stranger ? stranger.close(() => done()) : done())));

/** Serves embed.html with its pin meta tag set to `pin`, as a site owner would by building with DATELINE_PARENT_ORIGINS. */
async function pinTo(page: Page, pin: string): Promise<void> {
  await page.route('**/embed.html*', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<meta name="dateline-parent-origins" content="" />', `<meta name="dateline-parent-origins" content="${pin}" />`);
    await route.fulfill({ response, body: html });
  });
}

/** Opens the stranger's page framing the sample story with `parentOrigin` set to the stranger, and returns what it heard once the frame is ready. */
async function framedByStranger(prepare?: (page: Page) => Promise<void>): Promise<string[]> {
  const frameUrl = `${harness.origin()}/embed.html?story=${encodeURIComponent('/fixtures/sample.story.json')}&parentOrigin=${encodeURIComponent(STRANGER)}`;
  const { page } = await harness.open('embed.html?story=/fixtures/sample.story.json', prepare ? { prepare } : {});
  await page.goto(`${STRANGER}/?frame=${encodeURIComponent(frameUrl)}`);
  const frame = page.frameLocator('iframe');
  await expect.poll(() => frame.locator('body').getAttribute('data-story-state'), { timeout: 20_000 }).toBe('ready');
  // The frame posts `ready` before it says so in the page; one round trip lets the message arrive.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  return page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

describe('the parent origins an embed obeys', () => {
  it('without a pin, follows parentOrigin: a page that names itself there hears the frame (documented in SECURITY.md)', async () => {
    expect(await framedByStranger()).toContain('dateline:ready');
  });

  it('pinned to `self` by the site owner, ignores a parentOrigin naming another site', async () => {
    expect(await framedByStranger((p) => pinTo(p, 'self'))).toEqual([]);
  });

  it('pinned to the parent origin, lets that parent hear the frame', async () => {
    expect(await framedByStranger((p) => pinTo(p, STRANGER))).toContain('dateline:ready');
  });
});
