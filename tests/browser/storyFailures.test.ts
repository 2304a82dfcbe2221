import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const app = useAppHarness();

/** Opens the app on `?story=<path>`; `prepare` may route requests or install a fake clock before the page loads. */
async function open(path: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const { page } = await app.open(`?story=${path}`, prepare ? { prepare } : {});
  return page;
}

const settled = (page: Page): Promise<unknown> => page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset['storyState'] ?? ''));
const state = (page: Page): Promise<string | undefined> => page.evaluate(() => document.body.dataset['storyState']);
const alertText = (page: Page): Promise<string | null> => page.getByRole('alert').textContent();

function writeStory(name: string, change: (story: Record<string, unknown> & { meta: Record<string, unknown>; events: Array<Record<string, unknown>> }) => void): string {
  const story = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as Parameters<typeof change>[0];
  change(story);
  writeFileSync(join(app.scratch(), name), JSON.stringify(story));
  return `scratch/${name}`;
}

describe('a ?story= address that fails', () => {
  it('that answers 404 shows "HTTP 404 (not found)" in the banner and the picker still works', async () => {
    const page = await open('scratch/missing.story.json');
    await settled(page);
    expect(await state(page)).toBe('error');
    expect(await alertText(page)).toBe('The story "missing" could not be loaded.scratch/missing.story.json: the server answered HTTP 404 (not found): check the address.');
    const seed = await page.locator('.dl-picker select option').nth(1).getAttribute('value');
    if (seed !== null) {
      await page.locator('.dl-picker select').selectOption(seed);
      await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
      expect(await page.getByRole('alert').isHidden()).toBe(true);
    }
  });

  it('that returns a web page instead of JSON says it is HTML', async () => {
    const page = await open('scratch/page.story.json', async (p) => {
      await p.route('**/scratch/page.story.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title><script>window.ran = 1</script>' }));
    });
    await settled(page);
    expect(await alertText(page)).toContain('the server sent a web page (HTML), not story JSON: check the address.');
    expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
  });

  it('that returns HTML labelled as JSON still says it is a web page', async () => {
    const page = await open('scratch/lying.story.json', async (p) => {
      await p.route('**/scratch/lying.story.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '\n<html><body>Sign in</body></html>' }));
    });
    await settled(page);
    expect(await alertText(page)).toContain('This is a web page (HTML), not story JSON: check the address.');
  });

  it('that never answers gives up after 20 seconds and says so', async () => {
    const page = await open('scratch/slow.story.json', async (p) => {
      await p.clock.install();
      await p.route('**/scratch/slow.story.json', () => undefined);
    });
    await page.waitForFunction(() => document.body.dataset['storyState'] === 'loading');
    await page.clock.runFor(19_000);
    expect(await state(page)).toBe('loading');
    await page.clock.runFor(1_500);
    await settled(page);
    expect(await alertText(page)).toContain('scratch/slow.story.json: no answer after 20 seconds; the server may be down or slow. Try again later.');
  });
});

describe('a story that is not valid', () => {
  it('with malformed JSON says it is not valid JSON', async () => {
    writeFileSync(join(app.scratch(), 'broken.story.json'), '{"format": "dateline/1", "meta": {');
    const page = await open('scratch/broken.story.json');
    await settled(page);
    expect(await state(page)).toBe('error');
    expect(await alertText(page)).toMatch(/^The story "broken" could not be loaded\.scratch\/broken\.story\.json: The story is not valid JSON \(.+\)\.$/);
  });

  it('with a bad field names the field', async () => {
    const path = writeStory('badfield.story.json', (s) => {
      s.events[1] = { ...s.events[1], confidence: 7 };
    });
    const page = await open(path);
    await settled(page);
    expect(await alertText(page)).toContain('events[1].confidence');
    expect(await page.locator('.dl-title').textContent()).toBe('badfield');
  });

  it('from a newer version of Dateline says so', async () => {
    const path = writeStory('newer.story.json', (s) => {
      s['format'] = 'dateline/2';
    });
    const page = await open(path);
    await settled(page);
    expect(await alertText(page)).toContain('This story was made by a newer version of Dateline (format dateline/2)');
  });

  it('with a javascript: source link names meta.source.url', async () => {
    const path = writeStory('jslink.story.json', (s) => {
      s.meta['source'] = { name: 'Wire', url: 'javascript:alert(1)' };
    });
    const page = await open(path);
    await settled(page);
    expect(await alertText(page)).toContain('meta.source.url: only http and https links are allowed ("javascript:" links are refused)');
  });

  it('over a limit says which one', async () => {
    const path = writeStory('long-title.story.json', (s) => {
      s.meta['title'] = 'T'.repeat(100_000);
    });
    const page = await open(path);
    await settled(page);
    expect(await alertText(page)).toContain('meta.title: 100,000 characters; the limit is 500');
  });

  it('saved without a format (an old story) is migrated and shown, saying it was upgraded', async () => {
    const path = writeStory('old.story.json', (s) => {
      delete s['format'];
    });
    const page = await open(path);
    await settled(page);
    expect(await state(page)).toBe('ready');
    expect(await alertText(page)).toBe('This story was made by an older version of Dateline and was upgraded to open it.This story has no format field; it was read as dateline/1.');
    expect(await page.locator('.dl-events__item').count()).toBeGreaterThan(0);
  });
});
