import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyToTimelineJs } from '../../src/formats/storyToTimelineJs';
import type { Story } from '../../src/story/types';
import { HOSTILE_PAYLOADS } from './hostilePayloads';
import { seedStory } from './seedStory';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

let browser: Browser;
let server: StaticServer;

/** The seed with `payload` in every field an author can type that reaches a TimelineJS slide. */
function hostileStory(payload: string): Story {
  const story = seedStory();
  return {
    ...story,
    meta: { ...story.meta, title: payload, source: { name: payload } },
    groups: [{ id: 'g1', title: payload }],
    places: story.places.map((p) => ({ ...p, name: payload })),
    events: story.events.slice(0, 6).map((e, i) => ({
      ...e,
      title: payload,
      summary: payload,
      group: 'g1',
      // Bounds and parts of days are the dates whose label TimelineJS shows as display_date.
      when: i % 2 === 0 ? { before: story.meta.published, label: payload } : { after: '2020-01-01', before: story.meta.published, label: payload },
    })),
  };
}

beforeAll(async () => {
  server = await startStaticServer({ '/tl': 'node_modules/@knight-lab/timelinejs/dist', '/': 'tests/browser/timelineJsHost' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a Dateline export played in the real TimelineJS 3', () => {
  it.each(Object.entries(HOSTILE_PAYLOADS))('runs nothing with %s in titles, dates, groups and places, and shows the label as text', async (_label, payload) => {
    const page = await browser.newPage();
    const ran: string[] = [];
    await page.exposeFunction('__pwned', (what: string) => ran.push(what));
    page.on('dialog', (d) => {
      ran.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Nothing leaves 127.0.0.1: a payload's image or frame would be a request.
    await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    await page.goto(`${server.origin}/`);
    const doc = storyToTimelineJs(hostileStory(payload));
    await page.evaluate((data) => {
      const w = window as unknown as { TL: { Timeline: new (id: string, d: unknown) => unknown }; timeline: unknown };
      w.timeline = new w.TL.Timeline('timeline-embed', data);
    }, doc);
    await page.waitForSelector('.tl-timemarker');
    // Visit every slide so each one's date heading and group label is drawn.
    for (let i = 0; i <= doc.events.length; i++) {
      await page.evaluate((n) => (window as unknown as { timeline: { goTo: (n: number) => void } }).timeline.goTo(n), i);
    }
    await page.waitForTimeout(100);
    const injected = await page.evaluate(() => {
      const root = document.getElementById('timeline-embed');
      const found: string[] = [];
      for (const el of Array.from(root?.querySelectorAll('script, iframe, svg script, math, style:not([id]), a[href^="javascript"]') ?? [])) found.push(el.tagName.toLowerCase());
      for (const el of Array.from(root?.querySelectorAll('*') ?? [])) for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${el.tagName.toLowerCase()}[${a.name}]`);
      return found;
    });
    const dates = await page.locator('.tl-slide-content .tl-headline-date').allTextContents();
    await page.close();
    expect(ran).toEqual([]);
    expect(injected).toEqual([]);
    // The label reads as the author typed it (TimelineJS's own date heading shows display_date).
    expect(dates.some((d) => d.includes(payload.trim().slice(0, 12)))).toBe(true);
  });
});
