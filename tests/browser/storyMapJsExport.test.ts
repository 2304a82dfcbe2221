import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyToStoryMapJs, type StoryMapJsDocument } from '../../src/formats/storyToStoryMapJs';
import type { Story } from '../../src/story/types';
import { HOSTILE_PAYLOADS } from './hostilePayloads';
import { seedStory } from './seedStory';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

let browser: Browser;
let server: StaticServer;

/** The seed with `payload` in every field an author can type that reaches a StoryMapJS slide. */
function hostileStory(payload: string): Story {
  const story = seedStory();
  return {
    ...story,
    meta: { ...story.meta, title: payload, source: { name: payload } },
    places: story.places.map((p) => ({ ...p, name: payload })),
    events: story.events.map((e) => ({ ...e, title: payload, summary: payload, ...(e.when ? { when: { ...e.when, label: payload } } : {}) })),
  };
}

interface Shown {
  ran: string[];
  injected: string[];
  headlines: string[];
  texts: string[];
  navTitles: string[];
  markerTitles: string[];
  title: string;
}

/** Renders `doc` on the host page as StoryMapJS would, and reports what ran, what markup got in and what a reader sees. */
async function show(doc: StoryMapJsDocument): Promise<Shown> {
  const page: Page = await browser.newPage();
  const ran: string[] = [];
  await page.exposeFunction('__pwned', (what: string) => ran.push(what));
  page.on('dialog', (d) => {
    ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // Nothing leaves 127.0.0.1: a payload's image or frame would be a request.
  await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  await page.goto(`${server.origin}/`);
  await page.evaluate((d) => (window as unknown as { renderLikeStoryMapJs: (d: unknown) => void }).renderLikeStoryMapJs(d), doc);
  await page.waitForTimeout(100);
  const shown = await page.evaluate(() => {
    const root = document.getElementById('storymap');
    const injected: string[] = [];
    // Elements only in the slides: Leaflet's own attribution link and flag live on the map.
    for (const el of Array.from(document.getElementById('slides')?.querySelectorAll('script, iframe, img, svg, math, style, b, a') ?? [])) injected.push(el.tagName.toLowerCase());
    for (const el of Array.from(root?.querySelectorAll('*') ?? [])) for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) injected.push(`${el.tagName.toLowerCase()}[${a.name}]`);
    const texts = (sel: string): string[] => Array.from(document.querySelectorAll(sel)).map((el) => el.textContent ?? '');
    return {
      injected,
      headlines: texts('.vco-headline'),
      texts: texts('.vco-text-content'),
      navTitles: texts('.vco-slidenav-title'),
      markerTitles: Array.from(document.querySelectorAll('.leaflet-marker-icon')).map((el) => el.getAttribute('title') ?? ''),
      title: document.title,
    };
  });
  await page.close();
  return { ran, ...shown };
}

beforeAll(async () => {
  server = await startStaticServer({ '/leaflet': 'node_modules/leaflet/dist', '/': 'tests/browser/storyMapJsHost' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the StoryMapJS host page (a control, so a pass means something)', () => {
  it('runs a payload written into a headline unescaped, as StoryMapJS would', async () => {
    const doc = storyToStoryMapJs(seedStory());
    doc.storymap.slides[1]!.text.headline = `<img src=x onerror="__pwned('control')">`;
    const shown = await show(doc);
    expect(shown.ran).toContain('control');
  });
});

describe('a Dateline export shown the way StoryMapJS 3 shows it', () => {
  it.each(Object.entries(HOSTILE_PAYLOADS))('runs nothing with %s in titles, text, dates and places, and shows it as typed in slides and buttons', async (_label, payload) => {
    const shown = await show(storyToStoryMapJs(hostileStory(payload)));
    expect(shown.ran).toEqual([]);
    expect(shown.injected).toEqual([]);
    expect(new Set(shown.headlines)).toEqual(new Set([payload]));
    expect(new Set(shown.navTitles)).toEqual(new Set([payload]));
    expect(shown.texts.slice(1).every((t) => t.startsWith(payload))).toBe(true);
  });

  // The tooltip and the tab title show text as it is: a title with & < > still shows entities there, since the slide needs them.
  it.each(Object.entries(HOSTILE_PAYLOADS).filter(([, p]) => !/[&<>]/.test(p)))('shows %s as typed in the map marker tooltip and the page title', async (_label, payload) => {
    const shown = await show(storyToStoryMapJs(hostileStory(payload)));
    expect(new Set(shown.markerTitles)).toEqual(new Set([payload]));
    expect(shown.title).toBe(`StoryMapJS: ${payload}`);
  });

  it('shows a headline with an apostrophe and quotes as typed in the slide, the marker tooltip and the page title', async () => {
    const title = `Pompeo's "final" stop`;
    const story = seedStory();
    const shown = await show(storyToStoryMapJs({ ...story, meta: { ...story.meta, title }, events: story.events.map((e) => ({ ...e, title })) }));
    expect(new Set(shown.headlines)).toEqual(new Set([title]));
    expect(new Set(shown.markerTitles)).toEqual(new Set([title]));
    expect(shown.title).toBe(`StoryMapJS: ${title}`);
  });
});
