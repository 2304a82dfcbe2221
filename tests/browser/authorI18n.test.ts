import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { authorEn } from '../../src/author/i18n/en';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();
const SEED = readFileSync('seeds/000_434d8e9a3390da3a.txt', 'utf8');
const ENGLISH = new Set<string>(Object.values(authorEn));

async function openIn(lang: string): Promise<Page> {
  const { page } = await harness.open(`author.html?lang=${lang}`);
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'input');
  return page;
}

/** The text of every button a sighted author can see now (the preview's player included). */
const visibleButtonTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="button"]:not(mark), [role="tab"]')]
      .filter((b) => b.offsetParent !== null && b.getClientRects().length > 0)
      .map((b) => (b.textContent ?? '').trim())
      .filter((s) => s !== ''),
  );

async function pasteAndExtract(page: Page, label: string, button: string): Promise<void> {
  await page.getByLabel(label).fill(SEED);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction(() => document.body.dataset['authorState'] === 'review', undefined, { timeout: 60_000 });
}

describe('the authoring page speaks the language it is asked for', () => {
  it('in French: controls, messages, review, preview and dates, with no English button left', async () => {
    const page = await openIn('fr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.title()).toBe('Dateline : écrire un récit');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Coller un article');
    expect(await page.getByRole('button', { name: 'Rétablir' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Annuler', exact: true }).first().getAttribute('title')).toBe('Annuler (Ctrl+Z)');

    // An empty box: the error is said in French where the author is looking.
    await page.getByRole('button', { name: 'Trouver lieux et dates' }).click();
    const alert = page.locator('.au-input-step [role="alert"]');
    expect(await alert.textContent()).toBe('Il n’y a pas encore d’article : collez son texte, ou déposez ou choisissez un fichier.');
    const inputButtons = await visibleButtonTexts(page);
    expect(inputButtons).toContain('Trouver lieux et dates');
    expect(inputButtons.filter((s) => ENGLISH.has(s))).toEqual([]);

    await page.getByLabel('Texte de l’article').fill(SEED);
    expect(await page.locator('.au-date-note').textContent()).toBe('Trouvée dans le texte : 2020-02-03 (3 février 2020).');
    await pasteAndExtract(page, 'Texte de l’article', 'Trouver lieux et dates');

    expect(await page.getByRole('heading', { level: 1, name: 'Écrire un récit' }).count()).toBe(1);
    for (const tab of ['Événements', 'Itinéraire', 'Exporter']) expect(await page.getByRole('tab', { name: tab }).count()).toBe(1);
    expect(await page.getByRole('toolbar', { name: 'Mots sélectionnés' }).count()).toBe(1);
    expect(await page.locator('.au-legend').textContent()).toMatch(/^Lieu \(\d+\) Date ou heure \(2\) Cliquez sur un surlignage/);
    await expect.poll(() => page.locator('.au-status').textContent()).toMatch(/^Brouillon enregistré à \d\d:\d\d:\d\d$/);
    // The event editor: French kinds and date modes, French screen-reader names.
    expect(await page.getByLabel('Type de l’événement 1', { exact: true }).locator('option:checked').textContent()).toBe('Déclaration');
    expect(await page.getByLabel('Date de l’événement 1', { exact: true }).first().locator('option:checked').textContent()).toBe('Le');
    // The preview is the real player, in French too.
    await expect.poll(() => page.locator('.au-preview .dl-title').count()).toBe(1);
    expect(await page.locator('.au-preview').getByRole('button', { name: 'Événement suivant' }).count()).toBeGreaterThan(0);
    // The map's own words for moving places too.
    expect(await page.locator('.au-preview .dl-drag-hint').textContent()).toBe('Faites glisser un lieu pour le déplacer.');
    expect(await page.locator('.au-preview .dl-handle').first().getAttribute('title')).toMatch(/^Faites glisser pour déplacer /);

    // A place's panel: its kind and the candidates' kinds in French.
    await page.locator('.au-article mark[data-id="washington"]').first().click();
    expect(await page.locator('.au-panel__meta').textContent()).toMatch(/^ville · /);
    expect(await page.getByRole('heading', { name: 'Pourrait aussi être' }).count()).toBe(1);
    // A namesake is told apart by its country and people, and the chosen one says why it won, in French, with no raw score.
    expect(await page.getByRole('button', { name: /^Washington, États-Unis \(région(, [\d\s\u202f]+ habitants)?\)$/ }).count()).toBe(1);
    expect(await page.locator('.au-candidate__why').first().textContent()).toMatch(/^Choisi\u00a0: /);
    expect(await page.locator('.au-candidates').textContent()).not.toMatch(/score/);

    // The route: the journey's heading, and its stops' dates in French words.
    await page.getByRole('tab', { name: 'Itinéraire' }).click();
    expect(await page.locator('.au-route__title').first().textContent()).toMatch(/^Le parcours de /);
    expect((await page.locator('.au-stop__when').allTextContents()).join(' | ')).toMatch(/\b2 février 2020\b/);
    expect((await visibleButtonTexts(page)).filter((s) => ENGLISH.has(s))).toEqual([]);

    await page.getByRole('tab', { name: 'Exporter' }).click();
    const exportButtons = await visibleButtonTexts(page);
    expect(exportButtons).toContain('Récit (Story JSON)');
    expect(exportButtons.filter((s) => ENGLISH.has(s))).toEqual([]);
  });

  it('in Russian: controls, the review and the preview, with no English button left', async () => {
    const page = await openIn('ru');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByRole('button', { name: 'Найти места и даты' }).click();
    expect(await page.locator('.au-input-step [role="alert"]').textContent()).toContain('Статьи пока нет');
    await pasteAndExtract(page, 'Текст статьи', 'Найти места и даты');
    expect(await page.getByRole('heading', { level: 1, name: 'Написать историю' }).count()).toBe(1);
    for (const name of ['Отменить', 'Повторить', 'Изменить текст', 'Добавить событие', 'Добавить место…']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.getByRole('tab', { name: 'События' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.au-preview .dl-title').count()).toBe(1);
    expect(await page.locator('.au-preview').getByRole('button', { name: 'Следующее событие' }).count()).toBeGreaterThan(0);
    const buttons = await visibleButtonTexts(page);
    expect(buttons.length).toBeGreaterThan(10);
    expect(buttons.filter((s) => ENGLISH.has(s))).toEqual([]);
    expect(buttons.filter((s) => /^[A-Za-z][a-z]+( [a-z]+)*$/.test(s))).toEqual([]);
  });

  it('in English without ?lang= (the page says lang="en"), and the viewer link keeps another language', async () => {
    const { page } = await harness.open('author.html');
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'input');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('link', { name: 'Open the viewer' }).getAttribute('href')).toBe('./index.html');
    const de = await openIn('de-AT');
    expect(await de.getByRole('link', { name: 'Viewer öffnen' }).getAttribute('href')).toBe('./index.html?lang=de');
  });
});
