import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const DIST = 'dist';
const BUDGET_GZIP = 150 * 1024;

interface Reached {
  /** Files a browser fetches before the story shows (script/link tags and their static imports). */
  first: Set<string>;
  /** Everything the page could ever load, lazily imported chunks included. */
  all: Set<string>;
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
const CSS_FILE = /(?:["'`])((?:\.{1,2}\/)?(?:assets\/)?[\w.-]+\.(?:js|css))["'`]/g;

/** Walks `dist/` from entry files: HTML tags, then static imports (first load) and dynamic imports or named chunks (all). */
function reach(entries: readonly string[]): Reached {
  const first = new Set<string>();
  const all = new Set<string>();
  const visit = (file: string, isFirst: boolean): void => {
    if (!existsSync(file) || (all.has(file) && (!isFirst || first.has(file)))) return;
    all.add(file);
    if (isFirst) first.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(normalize(join(dirname(file), m[1] ?? '')), isFirst);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) visit(normalize(join(dirname(file), m[1] ?? '')), false);
    // Vite's preload helper names lazy chunks as plain strings relative to the base.
    for (const m of code.matchAll(CSS_FILE)) for (const base of [dirname(file), DIST]) visit(normalize(join(base, m[1] ?? '')), false);
  };
  for (const entry of entries) {
    if (entry.endsWith('.html')) {
      const html = readFileSync(entry, 'utf8');
      for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\.?\/?[^"]+\.(?:js|css))"/g)) visit(normalize(join(dirname(entry), m[1] ?? '')), true);
    } else visit(entry, true);
  }
  return { first, all };
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function report(files: Set<string>): { total: number; lines: string[] } {
  let total = 0;
  const lines = [...files].sort().map((f) => {
    const raw = readFileSync(f).length;
    const gz = gzipSize(f);
    total += gz;
    return `${f}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`;
  });
  return { total, lines };
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'embed.html'))) throw new Error('Build first: npx vite build');
});

describe('the embed build', () => {
  it('embed.html loads at most 150 KB of JS and CSS (gzip), Leaflet included', () => {
    const { first } = reach([join(DIST, 'embed.html')]);
    const { total, lines } = report(first);
    console.log(`embed.html first load, ${(total / 1024).toFixed(1)} KB gzip:\n  ${lines.join('\n  ')}`);
    expect([...first].some((f) => readFileSync(f, 'utf8').includes('leaflet-container'))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('the script embed (dateline-embed.js and dateline.css) loads at most 150 KB gzip', () => {
    const { first } = reach([join(DIST, 'dateline-embed.js'), join(DIST, 'dateline.css')]);
    const { total, lines } = report(first);
    console.log(`dateline-embed.js first load, ${(total / 1024).toFixed(1)} KB gzip:\n  ${lines.join('\n  ')}`);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('no gazetteer, extraction or authoring chunk is reachable from the embed entries', () => {
    for (const entry of ['embed.html', 'dateline-embed.js', 'dateline-parent.js']) {
      const { all } = reach([join(DIST, entry)]);
      expect(all.size).toBeGreaterThan(0);
      for (const file of all) {
        expect(file).not.toMatch(/gazetteer|extract|author/i);
        const text = readFileSync(file, 'utf8');
        expect(text.includes('dateline-gazetteer/1'), `${file} holds the gazetteer`).toBe(false);
        // A string of the itinerary finder and one of chrono-node's casual-date parser: extraction code.
        expect(text.includes('after the visit') || text.includes('tonight'), `${file} holds extraction code`).toBe(false);
      }
    }
  });

  it('the parent-page helper stays tiny (under 2 KB gzip) and pulls in no viewer code', () => {
    const { all } = reach([join(DIST, 'dateline-parent.js')]);
    const { total } = report(all);
    expect(total).toBeLessThan(2 * 1024);
  });
});
