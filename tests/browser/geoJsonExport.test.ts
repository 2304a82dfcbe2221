import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyToGeoJson } from '../../src/formats/storyToGeoJson';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';
import { HOSTILE_PAYLOADS } from './hostilePayloads';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

let browser: Browser;
let server: StaticServer;

/** The seed with `payload` as every place's name, every traveller and every route title. */
function hostileStory(payload: string): Story {
  const r = validateStory(JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('; '));
  const story = r.story;
  return { ...story, places: story.places.map((p) => ({ ...p, name: payload })), routes: story.routes.map((t) => ({ ...t, traveller: payload, title: payload })) };
}

/** Shows the export in Leaflet with every popup open, bound by `recipe`; what ran and what the popups say. */
async function show(payload: string, recipe: 'html' | 'text'): Promise<{ ran: string[]; popups: string[] }> {
  const page = await browser.newPage();
  const ran: string[] = [];
  await page.exposeFunction('__pwned', (what: string) => ran.push(what));
  page.on('dialog', (d) => {
    ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  await page.goto(`${server.origin}/`);
  await page.evaluate(([doc, how]) => (window as unknown as { showInLeaflet: (d: unknown, r: string) => number }).showInLeaflet(doc, how), [storyToGeoJson(hostileStory(payload)), recipe] as const);
  await page.waitForTimeout(100);
  const popups = await page.locator('.leaflet-popup-content').allTextContents();
  await page.close();
  return { ran, popups };
}

beforeAll(async () => {
  server = await startStaticServer({ '/leaflet': 'node_modules/leaflet/dist', '/': 'tests/browser/geoJsonHost' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a Dateline GeoJSON export in a Leaflet page', () => {
  it('runs a hostile place name when the page binds it as HTML (why SECURITY.md asks consumers to set properties as text)', async () => {
    const { ran } = await show(HOSTILE_PAYLOADS['an img with onerror']!, 'html');
    expect(ran).toContain('img');
  });

  it.each(Object.entries(HOSTILE_PAYLOADS))('carries %s as plain text that a page setting it as text shows as typed and never runs', async (_label, payload) => {
    const doc = storyToGeoJson(hostileStory(payload));
    // Plain text, not escaped HTML: what the author typed, for a consumer to encode for its own page.
    expect(doc.features.every((f) => f.properties?.['name'] === payload || f.properties?.['traveller'] === payload)).toBe(true);
    const { ran, popups } = await show(payload, 'text');
    expect(ran).toEqual([]);
    expect(popups).toEqual(doc.features.map(() => payload));
  });
});
