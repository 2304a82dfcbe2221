import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();
const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { meta: Record<string, unknown> };
const foreignStory = JSON.stringify({ ...sample, meta: { ...sample.meta, title: 'A story from another site' } });

// Another origin on the same host (its own port), serving a story to anyone (CORS) as an attacker's host would;
// on 127.0.0.1, so the harness's check for requests to other hosts stays quiet.
let foreign: Server | undefined;
let FOREIGN = '';
beforeAll(async () => {
  foreign = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(foreignStory));
  await new Promise<void>((done) => foreign?.listen(0, '127.0.0.1', done));
  FOREIGN = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => (foreign ? foreign.close(() => done()) : done())));

/** Answers `scratch/moved.story.json` with a redirect to `target` (an open redirect on the story's own host). */
async function redirectTo(page: Page, target: string): Promise<void> {
  await page.route('**/scratch/moved.story.json', (route) => route.fulfill({ status: 302, headers: { location: target } }));
}

const settled = (page: Page): Promise<unknown> => page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset['storyState'] ?? ''));

describe('a story address that redirects', () => {
  for (const [view, path] of [
    ['the app', 'index.html?story=scratch/moved.story.json'],
    ['the embed frame', 'embed.html?story=scratch/moved.story.json'],
  ] as const) {
    it(`to another origin is refused in ${view}, with a message`, async () => {
      const { page } = await harness.open(path, { prepare: (p) => redirectTo(p, `${FOREIGN}/story.json`) });
      await settled(page);
      expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('error');
      expect(await page.locator('body').textContent()).toContain(`the server sent the request on to another site (${FOREIGN})`);
      expect(await page.locator('body').textContent()).not.toContain('A story from another site');
    });

    it(`within the same origin still loads in ${view}`, async () => {
      const { page } = await harness.open(path, { prepare: (p) => redirectTo(p, `${harness.origin()}/fixtures/sample.story.json`) });
      await settled(page);
      expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('ready');
    });
  }
});
