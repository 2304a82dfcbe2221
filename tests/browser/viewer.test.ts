import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness, type HarnessPage } from './useAppHarness';

const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as {
  places: unknown[];
  events: Array<{ id: string; title: string; kind: string }>;
  meta: { title: string };
};
const FIXTURE = '?story=fixtures/sample.story.json';

const app = useAppHarness();

/** Opens the app at `path` and waits until its story is shown or refused. */
async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<HarnessPage> {
  const entry = await app.open(path, { viewport });
  await entry.page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset['storyState'] ?? ''));
  return entry;
}

/** Opens the sample story with Playwright's fake clock installed, so playback runs on demand. */
async function openWithClock(): Promise<Page> {
  const { page } = await app.open(FIXTURE, { prepare: (p) => p.clock.install() });
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  return page;
}

const selected = (page: Page): Promise<string> => page.evaluate(() => document.body.dataset['selectedEvent'] ?? '');

describe('the viewer on the sample story', () => {
  it('shows every place on the map, every event on the timeline and in the list', async () => {
    const { page } = await open(FIXTURE);
    await expect.poll(() => page.locator('.dl-map .dl-place').count()).toBe(sample.places.length);
    expect(await page.locator('.dl-timeline .dl-mark:not(.dl-kind--stop)').count()).toBe(sample.events.length);
    expect(await page.locator('ol.dl-events__list > li').count()).toBe(sample.events.length);
    await page.waitForSelector('.dl-map path.dl-country', { state: 'attached' });
    expect(await page.locator('.dl-map path.dl-leg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.dl-map .leaflet-tile').count()).toBe(0);
    expect(await page.locator('.dl-title').textContent()).toBe(sample.meta.title);
  });

  it('play selects the first event and advances to the next one after the interval', async () => {
    const page = await openWithClock();
    expect(await selected(page)).toBe('');
    await page.getByRole('button', { name: 'Play' }).click();
    const first = await selected(page);
    expect(first).not.toBe('');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.clock.runFor(2600);
    await expect.poll(() => selected(page)).not.toBe(first);
    const second = await selected(page);
    expect(await page.locator('.dl-events__item[aria-current]').getAttribute('data-event-id')).toBe(second);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(10_000);
    expect(await selected(page)).toBe(second);
  });

  it('speed makes play step faster, and loop starts over after the last event', async () => {
    const page = await openWithClock();
    await page.getByLabel('Speed').selectOption('4');
    await page.getByLabel('Loop').check();
    await page.getByRole('button', { name: 'Last event' }).click();
    const last = await selected(page);
    await page.getByRole('button', { name: 'Play' }).click();
    expect(await selected(page)).toBe(last);
    // At 4× a step takes 625 ms instead of 2500; looping wraps from the last event to the first.
    await page.clock.runFor(700);
    await expect.poll(() => page.locator('.dl-position').textContent()).toBe(`1 / ${sample.events.length}`);
    await page.clock.runFor(700);
    await expect.poll(() => page.locator('.dl-position').textContent()).toBe(`2 / ${sample.events.length}`);
  });

  it('next, previous, first and last walk the events in the list order', async () => {
    const { page } = await open(FIXTURE);
    const order = await page.locator('.dl-events__item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['eventId']));
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await selected(page)).toBe(order[0]);
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await selected(page)).toBe(order[1]);
    await page.getByRole('button', { name: 'Last event' }).click();
    expect(await selected(page)).toBe(order[order.length - 1]);
    await page.getByRole('button', { name: 'Previous event' }).click();
    expect(await selected(page)).toBe(order[order.length - 2]);
    await page.getByRole('button', { name: 'First event' }).click();
    expect(await selected(page)).toBe(order[0]);
  });

  it('clicking a timeline mark selects that event on the map, in the narration, the list and the URL', async () => {
    const { page } = await open(FIXTURE);
    await page.locator('.dl-timeline .dl-mark[data-event-id="e9"]:not(.dl-kind--stop)').click();
    expect(await selected(page)).toBe('e9');
    expect(await page.locator('.dl-narration__title').textContent()).toBe(sample.events.find((e) => e.id === 'e9')?.title);
    expect(await page.locator('.dl-hl--place').allTextContents()).toContain('Uzbekistan');
    expect(await page.locator('.dl-hl--time').allTextContents()).toContain('late yesterday');
    await expect.poll(() => page.locator('.dl-map [data-place-id="uzbekistan"].is-active').count()).toBe(1);
    expect(await page.locator('.dl-events__item[aria-current]').getAttribute('data-event-id')).toBe('e9');
    expect(new URL(page.url()).hash).toBe('#event=e9');
  });

  it('clicking a place on the map selects an event there', async () => {
    const { page } = await open(FIXTURE);
    await page.locator('.dl-map [data-place-id="washington"]').click();
    const id = await selected(page);
    expect(['e1', 'e5']).toContain(id);
    expect(await page.locator('.dl-narration__when').textContent()).toContain('Washington');
  });

  it('shows no playhead until an event is selected, and zooms the timeline with the keyboard', async () => {
    const { page } = await open(FIXTURE);
    expect(await page.locator('.dl-playhead').isVisible()).toBe(false);
    const ticks = (): Promise<string[]> => page.locator('.dl-axis .tick text').allTextContents();
    const before = await ticks();
    await page.locator('.dl-timeline__svg').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(ticks).not.toEqual(before);
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await page.locator('.dl-playhead').isVisible()).toBe(true);
  });

  it('#event=<id> restores the selection, and changing the hash moves it', async () => {
    const { page } = await open(`${FIXTURE}#event=e2`);
    expect(await selected(page)).toBe('e2');
    expect(await page.locator('.dl-timeline .dl-mark.is-selected:not(.dl-kind--stop)').getAttribute('data-event-id')).toBe('e2');
    await page.evaluate(() => {
      location.hash = '#event=e7';
    });
    await expect.poll(() => selected(page)).toBe('e7');
  });

  it('back and forward walk through the events a reader chose', async () => {
    const { page } = await open(FIXTURE);
    const order = await page.locator('.dl-events__item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['eventId']));
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await selected(page)).toBe(order[2]);
    await page.goBack();
    await expect.poll(() => selected(page)).toBe(order[1]);
    await page.goBack();
    await expect.poll(() => selected(page)).toBe(order[0]);
    await page.goForward();
    await expect.poll(() => selected(page)).toBe(order[1]);
    expect(new URL(page.url()).hash).toBe(`#event=${order[1]}`);
  });

  it('the event list works with the keyboard alone', async () => {
    const { page } = await open(FIXTURE);
    await page.locator('.dl-events__item').nth(2).focus();
    await page.keyboard.press('Enter');
    const third = await page.locator('.dl-events__item').nth(2).getAttribute('data-event-id');
    expect(await selected(page)).toBe(third);
  });
});

describe('the viewer on bad input', () => {
  it('shows the validation errors in a banner instead of crashing', async () => {
    const bad = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { events: Array<{ when?: unknown }> };
    bad.events[0] = { ...bad.events[0], when: { start: 'yesterday' } };
    writeFileSync(join(app.scratch(), 'bad.story.json'), JSON.stringify(bad));
    const { page } = await open('?story=scratch/bad.story.json');
    const banner = page.getByRole('alert');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('events[0].when.start');
    expect(await page.evaluate(() => document.body.dataset['storyState'])).toBe('error');
  });

  it('shows story text as text, never as markup', async () => {
    const evil = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { meta: { title: string }; events: Array<{ title: string }> };
    evil.meta.title = '<img src=x onerror="document.body.dataset.pwned=1">';
    if (evil.events[0]) evil.events[0].title = '<b>bold</b>';
    writeFileSync(join(app.scratch(), 'evil.story.json'), JSON.stringify(evil));
    const { page } = await open('?story=scratch/evil.story.json');
    expect(await page.locator('.dl-title').textContent()).toBe(evil.meta.title);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('.dl-events b').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();
  });

  it('refuses a story from another host without requesting it', async () => {
    const { page, requests } = await open('?story=http://example.com/x.story.json');
    expect(await page.getByRole('alert').textContent()).toContain('not on this site');
    expect(requests.some((u) => !u.startsWith('data:') && new URL(u).hostname === 'example.com')).toBe(false);
  });
});

describe('the viewer on the first story in the picker', () => {
  it('the picker switches stories, redrawing every view from scratch', async () => {
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.story.json')).sort();
    const other = seeds[0];
    if (other === undefined) return;
    const story = JSON.parse(readFileSync(join('seeds', other), 'utf8')) as { places: unknown[]; events: unknown[] };
    const { page } = await open(`${FIXTURE}#event=e2`);
    await page.locator('.dl-picker select').selectOption(`seeds/${other}`);
    await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready' && !location.hash);
    await expect.poll(() => page.locator('.dl-map .dl-place').count()).toBe(story.places.length);
    expect(await page.locator('ol.dl-events__list > li').count()).toBe(story.events.length);
    expect(await page.locator('.dl-map.leaflet-container').count()).toBe(1);
    expect(await page.locator('.dl-timeline').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('story')).toBe(`seeds/${other}`);
  });

  it('shows that story (the seed when there is one), or says that there are none', async () => {
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.story.json')).sort();
    const { page } = await open('');
    const first = seeds[0];
    if (first === undefined) {
      expect(await page.getByRole('alert').textContent()).toContain('no stories');
      return;
    }
    const story = JSON.parse(readFileSync(join('seeds', first), 'utf8')) as { places: unknown[]; events: unknown[] };
    expect(await page.locator('.dl-picker select').inputValue()).toBe(`seeds/${first}`);
    if ((await page.evaluate(() => document.body.dataset['storyState'])) === 'error') {
      throw new Error(`seeds/${first} did not load: ${await page.getByRole('alert').textContent()}`);
    }
    await expect.poll(() => page.locator('.dl-map .dl-place').count()).toBe(story.places.length);
    expect(await page.locator('ol.dl-events__list > li').count()).toBe(story.events.length);
    if (story.events.length > 0) {
      await page.getByRole('button', { name: 'Play' }).click();
      expect(await selected(page)).not.toBe('');
    }
  });
});
