import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const FIXTURE = '?story=fixtures/sample.story.json';
const app = useAppHarness();

async function open(path: string, clock = false): Promise<Page> {
  const { page } = await app.open(path, clock ? { prepare: (p) => p.clock.install() } : {});
  await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
  return page;
}
const selected = (page: Page): Promise<string> => page.evaluate(() => document.body.dataset['selectedEvent'] ?? '');
const mode = (page: Page): Promise<string> => page.evaluate(() => document.body.dataset['playMode'] ?? '');
const hash = async (page: Page): Promise<string> => decodeURIComponent(await page.evaluate(() => location.hash));
const playheadTime = async (page: Page): Promise<number> => Number(await page.locator('.dl-playhead__handle').getAttribute('aria-valuenow'));
const hiddenPlaces = (page: Page): Promise<number> => page.locator('.dl-map path.dl-place.is-hidden').count();

describe('time mode and the playhead', () => {
  it('"By time" plays continuously: the playhead moves and the active event follows it', async () => {
    const page = await open(FIXTURE, true);
    await page.getByLabel('Play by').selectOption('time');
    expect(await mode(page)).toBe('time');
    await page.getByLabel('Speed').selectOption('8');
    await page.getByRole('button', { name: 'Play' }).click();
    const start = await playheadTime(page);
    const first = await selected(page);
    // The sample story spans a day; at 8× the 30-second whole takes 3.75 s: 3 s reaches the evening.
    await page.clock.runFor(3000);
    expect(await page.locator('.dl-narration').getAttribute('aria-live')).toBe('off');
    await expect.poll(() => playheadTime(page)).toBeGreaterThan(start);
    await expect.poll(() => selected(page)).not.toBe(first);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => hash(page)).toMatch(/^#t=2020-/);
    // While playing by time the list, the narration and the URL catch up on their own cadences; paused, all show the same event.
    const paused = await selected(page);
    expect(await page.locator('.dl-narration').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.dl-events__item[aria-current]').getAttribute('data-event-id')).toBe(paused);
    const title = await page.locator(`.dl-events__item[data-event-id="${paused}"] .dl-events__title`).textContent();
    expect(await page.locator('.dl-narration').textContent()).toContain(title);
  });

  it('the playhead moves with the arrow keys when focused, switching to time mode', async () => {
    const page = await open(FIXTURE);
    await page.getByRole('button', { name: 'Next event' }).click();
    const before = await playheadTime(page);
    await page.locator('.dl-playhead__handle').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => playheadTime(page)).toBeGreaterThan(before);
    expect(await mode(page)).toBe('time');
    await expect.poll(() => hash(page)).toMatch(/^#t=/);
  });

  it('dragging the playhead scrubs through time and selects the event active there', async () => {
    const page = await open(FIXTURE);
    await page.getByRole('button', { name: 'Next event' }).click();
    const box = await page.locator('.dl-playhead__handle').boundingBox();
    if (!box) throw new Error('no playhead');
    const before = await playheadTime(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await playheadTime(page)).toBeGreaterThan(before);
    expect(await mode(page)).toBe('time');
    expect(await selected(page)).not.toBe('');
  });

  it('#t=<iso> opens at that moment, with the event active then', async () => {
    const page = await open(`${FIXTURE}#t=2020-02-02T20:00Z`);
    expect(await mode(page)).toBe('time');
    expect(await playheadTime(page)).toBe(Date.UTC(2020, 1, 2, 20));
    expect(await selected(page)).toBe('e9');
  });
});

describe('playing the first seed by time', () => {
  // The first seed is the one the app opens with.
  const SEED = '';
  /** The seed's dated events in playback order, as the event list shows them. */
  const datedInOrder = async (page: Page): Promise<string[]> => {
    const ids = await page.locator('.dl-events__item').evaluateAll((items) => items.map((i) => i.getAttribute('data-event-id') ?? ''));
    const dated = new Set<string>(JSON.parse(readFileSync('seeds/000_434d8e9a3390da3a.story.json', 'utf8')).events.filter((e: { when?: unknown }) => e.when).map((e: { id: string }) => e.id));
    return ids.filter((id) => dated.has(id));
  };

  it('shows every dated event in turn, those that start together included, in playback order', async () => {
    const page = await open(SEED, true);
    const expected = await datedInOrder(page);
    expect(expected.length).toBe(12);
    await page.getByLabel('Play by').selectOption('time');
    await page.getByLabel('Speed').selectOption('8');
    await page.getByRole('button', { name: 'Play' }).click();
    const seen: string[] = [];
    for (let i = 0; i < 200 && (await page.getByRole('button', { name: 'Pause' }).count()) > 0; i++) {
      const id = await selected(page);
      if (id !== '' && seen.at(-1) !== id) seen.push(id);
      await page.clock.runFor(100);
    }
    const last = await selected(page);
    if (seen.at(-1) !== last) seen.push(last);
    expect(seen).toEqual(expected);
  });

  it('switching to By time keeps the selected event, and playing goes on from it', async () => {
    const page = await open(SEED, true);
    const order = await datedInOrder(page);
    const fourth = order[3] ?? '';
    await page.locator(`.dl-events__item[data-event-id="${fourth}"]`).click();
    await expect.poll(() => selected(page)).toBe(fourth);
    await page.getByLabel('Play by').selectOption('time');
    expect(await selected(page)).toBe(fourth);
    expect(await playheadTime(page)).toBe(Date.UTC(2020, 1, 2));
    await page.getByRole('button', { name: 'Play' }).click();
    await page.clock.runFor(300);
    expect(await selected(page)).toBe(fourth);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByLabel('Play by').selectOption('event');
    expect(await selected(page)).toBe(fourth);
  });

  it('#t= opens on the last event started by then, in playback order', async () => {
    const cases: Array<[string, number]> = [['2020-02-02', 3], ['2020-02-02T18:00Z', 4], ['2020-02-03', 11]];
    for (const [t, rank] of cases) {
      const page = await open(`${SEED}#t=${t}`);
      const order = await datedInOrder(page);
      expect(await selected(page), t).toBe(order[rank]);
      expect(await page.locator('.dl-narration').textContent(), t).not.toContain('before 2 February');
    }
  });
});

describe('the time window', () => {
  it('brushing the dates filters the map, writes #from/#to, and Clear window undoes it', async () => {
    const page = await open(FIXTURE);
    const axis = await page.locator('.dl-brush .overlay').boundingBox();
    if (!axis) throw new Error('no brush');
    const y = axis.y + axis.height / 2;
    await page.mouse.move(axis.x + axis.width * 0.55, y);
    await page.mouse.down();
    await page.mouse.move(axis.x + axis.width * 0.95, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => hash(page)).toMatch(/from=.*&to=/);
    expect(await hiddenPlaces(page)).toBeGreaterThan(0);
    expect(await page.locator('.dl-window').textContent()).toContain('Map shows');
    // A real click: the brush must not leave a pan gesture open that swallows it.
    await page.getByRole('button', { name: 'Clear window' }).click();
    await expect.poll(() => hash(page)).not.toContain('from=');
    expect(await hiddenPlaces(page)).toBe(0);
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 900, height: 700 }, { width: 390, height: 800 }]) {
    it(`(${viewport.width} px) setting and clearing a window moves nothing: the timeline's top stays where it was`, async () => {
      const { page } = await app.open(FIXTURE, { viewport });
      await page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
      const top = async (): Promise<number> => (await page.locator('.dl-timeline').boundingBox())?.y ?? Number.NaN;
      const before = await top();
      const axis = await page.locator('.dl-brush .overlay').boundingBox();
      if (!axis) throw new Error('no brush');
      const y = axis.y + axis.height / 2;
      await page.mouse.move(axis.x + axis.width * 0.1, y);
      await page.mouse.down();
      await page.mouse.move(axis.x + axis.width * 0.6, y, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => page.locator('.dl-window').isVisible()).toBe(true);
      expect(await top()).toBe(before);
      await page.getByRole('button', { name: 'Clear window' }).click();
      await expect.poll(() => page.locator('.dl-window').isVisible()).toBe(false);
      expect(await top()).toBe(before);
    });
  }

  it('#from=&to= round-trips: the window is restored, and back returns to the state before it', async () => {
    const page = await open(`${FIXTURE}#event=e2&from=2020-02-02T18:00Z&to=2020-02-03`);
    expect(await selected(page)).toBe('e2');
    await expect.poll(() => hiddenPlaces(page)).toBeGreaterThan(0);
    // Only Uzbekistan (late on 2 February) is in that window.
    expect(await page.locator('.dl-map path.dl-place[data-place-id="uzbekistan"]:not(.is-hidden)').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear window' }).click();
    expect(await hiddenPlaces(page)).toBe(0);
    await page.goBack();
    await expect.poll(() => hiddenPlaces(page)).toBeGreaterThan(0);
    expect(await hash(page)).toBe('#event=e2&from=2020-02-02T18:00Z&to=2020-02-03');
  });
});

describe('the collection of every seed', () => {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.story.json'));

  it('the picker offers all stories merged, coloured by article, with a filter per article', async () => {
    const page = await open('?story=collection');
    expect(await page.locator('.dl-picker select option[value="collection"]').count()).toBe(1);
    const boxes = page.locator('.dl-groups input[type="checkbox"]');
    expect(await boxes.count()).toBe(seeds.length);
    const group = await boxes.first().getAttribute('value');
    const items = page.locator(`.dl-events__item[data-group="${group ?? ''}"]`);
    expect(await items.count()).toBeGreaterThan(0);
    const color = await items.first().evaluate((b) => (b as HTMLElement).style.getPropertyValue('--kind'));
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    await boxes.first().uncheck();
    await expect.poll(() => items.first().isVisible()).toBe(false);
    expect(await hiddenPlaces(page)).toBeGreaterThan(0);
    await boxes.first().check();
    await expect.poll(() => items.first().isVisible()).toBe(true);
    expect(await hiddenPlaces(page)).toBe(0);
  });
});
