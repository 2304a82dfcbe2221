import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

const sample = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { events: unknown[]; places: unknown[] };
let server: StaticServer;
let browser: Browser;
const opened: Array<{ page: Page; requests: string[]; errors: string[] }> = [];

async function open(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const entry = { page, requests: [] as string[], errors: [] as string[] };
  page.on('request', (r) => entry.requests.push(r.url()));
  page.on('pageerror', (e) => entry.errors.push(e.message));
  opened.push(entry);
  await page.goto(`${server.origin}/${path}`);
  return entry;
}

const ready = (page: Page): Promise<unknown> => page.waitForFunction(() => document.body.dataset['storyState'] === 'ready');
const languageChunks = (requests: readonly string[]): string[] => requests.filter((u) => /\/assets\/(fr|de|es|ru)-[\w-]+\.js$/.test(u)).map((u) => u.replace(/^.*\/assets\//, '').replace(/-[\w-]+\.js$/, ''));

beforeAll(async () => {
  if (!existsSync('dist/embed.html')) throw new Error('Build first: npx vite build');
  server = await startStaticServer({ '/dateline': 'dist', '/stories': 'tests/fixtures', '/fixtures': 'tests/fixtures', '/host': 'tests/browser/embedHost', '/': 'dist' });
  browser = await launchChromium();
});

afterEach(async () => {
  for (const { page, requests, errors } of opened.splice(0)) {
    expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== server.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the interface follows the page language', () => {
  it('the iframe embed with ?lang=fr shows French controls, labels and dates, and loads only the French catalogue', async () => {
    const { page, requests } = await open('embed.html?story=/fixtures/sample.story.json&lang=fr-CA#event=e9');
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('.dl-controls').getAttribute('aria-label')).toBe('Lecture');
    expect(await page.locator('.dl-btn--next').getAttribute('aria-label')).toBe('Événement suivant');
    expect(await page.locator('.dl-events__heading').textContent()).toBe('Événements');
    expect(await page.locator('.dl-narration__date').textContent()).toBe('le soir du 2 février 2020');
    expect(await page.locator('.dl-narration__meta').textContent()).toMatch(/^Événement \d sur 9 · Voyage$/);
    expect(await page.locator('.dl-events__when').allTextContents()).toContain('avant le 2 février 2020');
    expect(await page.locator('.dl-byline').textContent()).toContain('publié le 3 février 2020');
    expect(await page.locator('.dl-save').textContent()).toBe('Enregistrer en image');
    expect(await page.locator('.dl-map').getAttribute('aria-label')).toBe('Carte');
    expect(await page.locator('.dl-lane--events .dl-lane__label').textContent()).toBe('Événements');
    expect(await page.locator('.dl-axis .tick text').first().textContent()).toBe('1 févr. 2020');
    // The story's own words stay marked as English, for screen readers.
    expect(await page.locator('.dl-title').getAttribute('lang')).toBe('en');
    expect(languageChunks(requests)).toEqual(['fr']);
  });

  it('the app with ?lang=fr shows French controls, narration, dates and header links, and the present link keeps the language', async () => {
    const { page, requests } = await open('index.html?story=fixtures/sample.story.json&lang=fr#event=e9');
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('.dl-btn--next').getAttribute('aria-label')).toBe('Événement suivant');
    expect(await page.locator('.dl-narration__date').textContent()).toBe('le soir du 2 février 2020');
    expect(await page.locator('.dl-byline').textContent()).toContain('publié le 3 février 2020');
    expect(await page.getByRole('link', { name: 'Présenter' }).getAttribute('href')).toMatch(/^present\.html\?story=.*&lang=fr$/);
    expect(await page.getByRole('link', { name: 'Écrire un récit' }).getAttribute('href')).toBe('author.html?lang=fr');
    expect(languageChunks(requests)).toEqual(['fr']);
  });

  it('an English embed loads no other language', async () => {
    const { page, requests } = await open('embed.html?story=/fixtures/sample.story.json');
    await ready(page);
    expect(await page.locator('.dl-btn--next').getAttribute('aria-label')).toBe('Next event');
    expect(languageChunks(requests)).toEqual([]);
  });

  it('the iframe embed with ?lang=ru uses Russian plural forms and dates; an error is in Russian too', async () => {
    const { page } = await open('embed.html?story=/fixtures/sample.story.json&lang=ru');
    await ready(page);
    expect(await page.locator('.dl-position').textContent()).toBe('9 событий');
    expect(await page.locator('.dl-events__when').first().textContent()).toMatch(/февраля 2020 г\.$/);
    const missing = await open('embed.html?lang=ru');
    await missing.page.waitForFunction(() => document.body.dataset['storyState'] === 'error');
    expect(await missing.page.locator('.dl-error').textContent()).toMatch(/^История не указана/);
  });

  it('the custom element speaks its own lang attribute, or else the page language (<html lang="es">)', async () => {
    const { page } = await open('host/lang.html');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('dateline-story')].every((e) => e.dataset['storyState'] === 'ready'));
    expect(await page.locator('#de .dl-btn--next').getAttribute('aria-label')).toBe('Nächstes Ereignis');
    await expect.poll(() => page.locator('#de .dl-narration__date').textContent()).toBe('am Abend des 2. Februar 2020');
    expect(await page.locator('#es .dl-btn--next').getAttribute('aria-label')).toBe('Suceso siguiente');
    await expect.poll(() => page.locator('#es .dl-narration__date').textContent()).toBe('antes del 2 de febrero de 2020');
    // The timeline takes the language from around it too.
    expect(await page.locator('#de .dl-lane--undated .dl-lane__label').textContent()).toBe('Ohne Datum');
    expect(await page.locator('#es .dl-lane--undated .dl-lane__label').textContent()).toBe('Sin fecha');
    // The page's own lang attribute is left alone.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  });

  it('the JS API mounts in English at once and redraws in the asked language when it has loaded, keeping the event', async () => {
    const { page } = await open('host/lang.html');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#de')?.dataset['storyState'] === 'ready');
    // A string, so the test runner leaves the page's own dynamic import alone.
    const first = await page.evaluate(`(async () => {
      const { mount } = await import('/dateline/dateline-embed.js');
      const box = document.createElement('div');
      box.id = 'api';
      box.className = 'story-box';
      document.querySelector('main').append(box);
      const story = await (await fetch('/stories/sample.story.json')).json();
      mount(box, story, { lang: 'ru', event: 'e2' });
      return box.querySelector('.dl-btn--next').getAttribute('aria-label');
    })()`);
    expect(['Next event', 'Следующее событие']).toContain(first);
    await expect.poll(() => page.locator('#api .dl-btn--next').getAttribute('aria-label')).toBe('Следующее событие');
    expect(await page.locator('#api').getAttribute('data-selected-event')).toBe('e2');
  });

  it('presentation mode with ?lang=de is German: controls, counts, dates, recap', async () => {
    const { page } = await open('present.html?story=/fixtures/sample.story.json&lang=de');
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('.dl-slide__count').textContent()).toBe(`${sample.events.length} Ereignisse an ${sample.places.length} Orten`);
    expect(await page.locator('.dl-slide__meta').textContent()).toContain('3. Februar 2020');
    expect(await page.locator('.dl-present__next').getAttribute('aria-label')).toBe('Nächste Folie');
    expect(await page.locator('.dl-present__pace').textContent()).toContain('Tempo');
    expect(await page.locator('.dl-present__back').textContent()).toBe('Zurück zur Geschichte');
    await page.keyboard.press('PageDown');
    expect(await page.locator('.dl-slide__meta').textContent()).toMatch(/^Ereignis 1 von \d+ · /);
    await page.keyboard.press('End');
    expect(await page.locator('.dl-slide__meta').first().textContent()).toMatch(/^Rückblick( 1 von \d+)?$/);
    expect(await page.locator('.dl-slide__recap-when').allTextContents()).toContain('am Abend des 2. Februar 2020');
    expect(await page.title()).toMatch(/ · Dateline-Präsentation$/);
  });

  // What the timeline, the picker and the window say, by language: every word is the interface's, none English.
  const timelineWords = {
    fr: {
      ticks: ['1 févr. 2020', '12:00', '2 févr.', '12:00', '3 févr.', '12:00'],
      lanes: ['Événements', 'Sans date'],
      published: 'publication',
      playhead: 'le soir du 2 février 2020',
      playheadLabel: /^Tête de lecture/,
      brush: /^Glissez le long des dates/,
      timeline: /^Chronologie/,
      picker: 'Récit',
      collection: 'Tous les récits (collection)',
      window: 'La carte montre du 2 févr. 2020 18:00 au 3 févr. 2020 00:00',
    },
    de: {
      ticks: ['1. Feb. 2020', '12:00', '2. Feb.', '12:00', '3. Feb.', '12:00'],
      lanes: ['Ereignisse', 'Ohne Datum'],
      published: 'veröffentlicht',
      playhead: 'am Abend des 2. Februar 2020',
      playheadLabel: /^Abspielposition/,
      brush: /^Entlang der Daten ziehen/,
      timeline: /^Zeitleiste/,
      picker: 'Geschichte',
      collection: 'Alle Geschichten (Sammlung)',
      window: 'Karte zeigt 2. Feb. 2020, 18:00 – 3. Feb. 2020, 00:00',
    },
  } as const;

  for (const [lang, words] of Object.entries(timelineWords)) {
    it(`the app with ?lang=${lang} shows no English on the timeline (lanes, axis, playhead, published, brush), the picker and the time window`, async () => {
      const { page } = await open(`index.html?story=fixtures/sample.story.json&lang=${lang}#event=e9&from=2020-02-02T18:00Z&to=2020-02-03`);
      await ready(page);
      const timeline = page.locator('.dl-timeline');
      expect(await timeline.locator('.dl-axis .tick text').allTextContents()).toEqual(words.ticks);
      expect(await timeline.locator('.dl-lane--events .dl-lane__label, .dl-lane--undated .dl-lane__label').allTextContents()).toEqual(words.lanes);
      // A route lane is named by the story, in the story's language.
      expect(await timeline.locator('.dl-lane--route .dl-lane__label').getAttribute('lang')).toBe('en');
      expect(await timeline.locator('.dl-published text').textContent()).toBe(words.published);
      expect(await timeline.locator('.dl-playhead text').textContent()).toBe(words.playhead);
      expect(await timeline.locator('.dl-playhead__handle').getAttribute('aria-valuetext')).toBe(words.playhead);
      expect(await timeline.locator('.dl-playhead__handle').getAttribute('aria-label')).toMatch(words.playheadLabel);
      expect(await timeline.locator('.dl-brush > title').textContent()).toMatch(words.brush);
      expect(await timeline.locator('.dl-timeline__svg').getAttribute('aria-label')).toMatch(words.timeline);
      expect(await page.locator('.dl-picker > span').textContent()).toBe(words.picker);
      expect(await page.locator('.dl-picker option[value="collection"]').textContent()).toBe(words.collection);
      await expect.poll(() => page.locator('.dl-window').textContent()).toBe(words.window);
    });
  }

  it('the collection in German: the filter, the picker and the timeline speak German, and the picker keeps its name after loading', async () => {
    const { page } = await open('index.html?story=collection&lang=de');
    await ready(page);
    expect(await page.locator('.dl-groups__legend').textContent()).toBe('Artikel');
    expect(await page.locator('.dl-picker option[value="collection"]').textContent()).toBe('Alle Geschichten (Sammlung)');
    // The merged story's own title (the page heading) is the collection's name in German too.
    expect(await page.locator('.dl-title').textContent()).toBe('Alle Geschichten (Sammlung)');
    // The byline gives the number of articles and the span of their publication days, not the newest one's date.
    expect(await page.locator('.dl-byline').textContent()).toBe('3 Artikel, veröffentlicht vom 8. März 1912 bis 30. März 2021');
    expect(await page.locator('.dl-lane--events .dl-lane__label').textContent()).toBe('Ereignisse');
    expect(await page.locator('.dl-published text').first().textContent()).toBe('veröffentlicht');
  });
});
