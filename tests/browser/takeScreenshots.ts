import { mkdirSync } from 'node:fs';
import { launchChromium } from './launchChromium';
import { startStaticServer } from './staticServer';

/** Takes desktop, phone and dark-theme screenshots of the built app to /tmp/shots (run: `npx tsx tests/browser/takeScreenshots.ts`). */
export async function takeScreenshots(out = '/tmp/shots'): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer({ '/': 'dist', '/fixtures': 'tests/fixtures' });
  const browser = await launchChromium();
  const shots: string[] = [];
  const story = process.env['STORY'] ?? '';
  const query = story !== '' ? `?story=${encodeURIComponent(story)}` : '';
  const hash = process.env['EVENT'] !== undefined ? `#event=${process.env['EVENT']}` : '';
  try {
    for (const [name, width, height, scheme] of [
      ['desktop', 1280, 800, 'light'],
      ['phone', 390, 844, 'light'],
      ['desktop-dark', 1280, 800, 'dark'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      page.on('console', (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
      await page.goto(`${server.origin}/${query}${hash}`);
      await page.waitForFunction(() => document.body.dataset['storyState'] !== 'loading' && document.body.dataset['storyState'] !== undefined);
      await page.waitForSelector('.dl-country', { timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(2000);
      const file = `${out}/${name}${process.env['SUFFIX'] ?? ''}.png`;
      await page.screenshot({ path: file, fullPage: name === 'phone' });
      shots.push(file);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return shots;
}

if (process.argv[1]?.endsWith('takeScreenshots.ts')) {
  takeScreenshots().then((s) => console.log(s.join('\n')), (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
