import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

/** A page the harness opened, with every request it made and every error it threw. */
export interface HarnessPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/** What a test file gets from the harness. */
export interface AppHarness {
  /** The server's origin (http://127.0.0.1:<port>). */
  origin(): string;
  /** A scratch folder served at /scratch/, emptied after the file's tests. */
  scratch(): string;
  /**
   * Opens `path` on the server in a fresh browser profile, or with `tabOf` as another tab of that
   * page's profile (shared localStorage and its storage events); `prepare` may route requests or
   * install a fake clock first.
   */
  open(path: string, options?: { viewport?: { width: number; height: number }; prepare?: (page: Page) => Promise<void>; tabOf?: HarnessPage }): Promise<HarnessPage>;
}

/**
 * Serves the built app (dist/), the fixtures and a scratch folder on 127.0.0.1, launches
 * Chromium once per file, and after each test fails on any page error or any request to a host
 * other than 127.0.0.1.
 */
export function useAppHarness(): AppHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let scratch = '';
  const pages: HarnessPage[] = [];

  beforeAll(async () => {
    if (!existsSync('dist/index.html')) throw new Error('Build the app first: npx vite build');
    scratch = mkdtempSync(join(tmpdir(), 'dateline-browser-'));
    server = await startStaticServer({ '/': 'dist', '/fixtures': 'tests/fixtures', '/scratch': scratch });
    browser = await launchChromium();
  });

  afterEach(async () => {
    for (const { page, requests, errors } of pages.splice(0)) {
      const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).hostname !== '127.0.0.1');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
      if (page.context().pages().length === 0) await page.context().close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  return {
    origin: () => server?.origin ?? '',
    scratch: () => scratch,
    async open(path, options = {}) {
      if (!browser || !server) throw new Error('The harness has not started.');
      const viewport = options.viewport ?? { width: 1280, height: 800 };
      const context = options.tabOf ? options.tabOf.page.context() : await browser.newContext({ viewport });
      const page = await context.newPage();
      const entry: HarnessPage = { page, requests: [], errors: [] };
      page.on('request', (r) => entry.requests.push(r.url()));
      page.on('pageerror', (e) => entry.errors.push(e.message));
      pages.push(entry);
      if (options.prepare) await options.prepare(page);
      await page.goto(`${server.origin}/${path}`);
      return entry;
    },
  };
}
