import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness, type HarnessPage } from './useAppHarness';

const harness = useAppHarness();
const DRAFT_KEY = 'dateline:author:draft';
const ASIDE_KEY = 'dateline:author:draft:kept-aside';
const story = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as { meta: { text: string; published: string; title: string } };

/** A stored draft of the sample story with `edits` (all applied), as an older session would have left it. */
function draftWith(edits: unknown[]): string {
  return JSON.stringify({ format: 'dateline-draft/1', revision: 3, tabId: 'earlier', savedAt: '2020-02-03T10:00:00.000Z', draft: { text: story.meta.text, date: story.meta.published, history: { base: story, edits, position: edits.length } } });
}

/** Opens the authoring page with `raw` stored as its draft (set on a first visit, then reloaded). */
async function openWithStored(raw: string, path = 'author.html'): Promise<HarnessPage> {
  const opened = await harness.open(path);
  // The page reads the draft once it has started (its language loads first): set it only after that.
  await opened.page.waitForFunction(() => document.body.dataset['authorState'] !== undefined);
  await opened.page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [DRAFT_KEY, raw]);
  await opened.page.reload();
  await opened.page.waitForFunction(() => document.body.dataset['authorState'] !== undefined);
  return opened;
}

const stored = (page: Page, key: string): Promise<string | null> => page.evaluate((k) => localStorage.getItem(k), key);
const eventField = (page: Page, eventId: string, field: string) => page.locator(`li[data-event-id="${eventId}"] [data-field="${field}"]`);
/** Saves a screenshot for a person to look at when DRAFT_SHOTS names a folder. */
const shot = async (page: Page, name: string): Promise<void> => {
  const dir = process.env['DRAFT_SHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
};

describe('drafts are never lost without a message', () => {
  it('keeps a truncated draft aside, says so, and lets the author download or discard it; typing does not overwrite it', async () => {
    const truncated = draftWith([]).slice(0, 900);
    const { page } = await openWithStored(truncated);
    const notice = page.locator('.au-aside');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Your saved draft could not be read (it is cut off or is not JSON)');
    await shot(page, 'aside-unreadable');
    expect(await stored(page, ASIDE_KEY)).toBe(truncated);
    expect(await page.locator('.au-aside__held').isHidden()).toBe(true);

    await page.getByLabel('Article text').fill('date 2020-02-03 A new article about Paris.');
    await expect.poll(() => page.locator('.au-status').textContent()).toMatch(/saving again/i);
    expect(await stored(page, DRAFT_KEY)).toContain('A new article about Paris');
    expect(await stored(page, ASIDE_KEY)).toBe(truncated);

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download it' }).click()]);
    expect(download.suggestedFilename()).toBe('dateline-draft-kept-aside.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(truncated);
    await notice.getByRole('button', { name: 'Discard it' }).click();
    expect(await stored(page, ASIDE_KEY)).toBeNull();
    expect(await notice.isHidden()).toBe(true);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'input');
    expect(await page.locator('.au-aside').isHidden()).toBe(true);
  });

  it('does not save over an unreadable draft it has no room to keep aside until the author downloads it', async () => {
    const first = await harness.open('author.html');
    await first.page.waitForFunction(() => document.body.dataset['authorState'] !== undefined);
    // An earlier unreadable draft still kept aside takes the only place to put this one.
    await first.page.evaluate(([aside, key]) => {
      localStorage.setItem(aside as string, 'an earlier unreadable draft');
      localStorage.setItem(key as string, '{"format":"dateline-draft/1","revision":2,"tabId":"x","draft":{"text":"Half of my art');
    }, [ASIDE_KEY, DRAFT_KEY]);
    await first.page.reload();
    const { page } = first;
    const notice = page.locator('.au-aside');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await page.locator('.au-aside__held').isVisible()).toBe(true);
    expect(await page.locator('.au-status').textContent()).toBe('Not saving: an unreadable draft is in the way');
    await shot(page, 'aside-held');
    await page.getByLabel('Article text').fill('date 2020-02-03 Typed while it was in the way.');
    await page.waitForTimeout(800);
    expect(await stored(page, DRAFT_KEY)).toContain('Half of my art');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download it' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('Half of my art');
    await expect.poll(() => stored(page, DRAFT_KEY)).toContain('Typed while it was in the way');
    expect(await stored(page, ASIDE_KEY)).toBe('an earlier unreadable draft');
  });

  it('says a draft with wrong types could not be read, in the page language', async () => {
    const { page } = await openWithStored(JSON.stringify({ format: 'dateline-draft/1', revision: '3', tabId: 7, draft: { text: ['x'], date: 1 } }), 'author.html?lang=fr');
    const notice = page.locator('.au-aside');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('certains de ses champs ont un mauvais type');
    expect(await notice.getByRole('button', { name: 'Le télécharger' }).count()).toBe(1);
    await shot(page, 'aside-fields-fr');
  });

  it('restores a draft with a malformed edit: skips it with a note, keeps the rest, and undo still works', async () => {
    const edits = [
      { type: 'updateEvent', eventId: 'e1', patch: { title: 'Kept edit one' } },
      { type: 'updateEvent', eventId: 'e2' },
      { type: 'updateEvent', eventId: 'e3', patch: { title: 'Kept edit two' } },
    ];
    const raw = draftWith(edits);
    const { page } = await openWithStored(raw);
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    const notice = page.locator('.au-aside');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('1 saved edit could not be read and was skipped');
    await shot(page, 'aside-skipped-edit');
    expect(await stored(page, ASIDE_KEY)).toBe(raw);
    expect(await eventField(page, 'e1', 'title').inputValue()).toBe('Kept edit one');
    expect(await eventField(page, 'e3', 'title').inputValue()).toBe('Kept edit two');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => eventField(page, 'e3', 'title').inputValue()).not.toBe('Kept edit two');
    expect(await eventField(page, 'e1', 'title').inputValue()).toBe('Kept edit one');
  });

  it('says when undo forgets the oldest edit, and again where undo stops', async () => {
    const edits = Array.from({ length: 300 }, (_, i) => ({ type: 'setTitle', title: `Title ${i + 1}` }));
    const { page } = await openWithStored(draftWith(edits));
    await page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    expect(await page.getByText(/Undo keeps the last/).count()).toBe(0);
    await eventField(page, 'e1', 'title').fill('One edit too many');
    await eventField(page, 'e1', 'title').press('Enter');
    const note = page.getByText('Undo keeps the last 300 edits: the oldest has been forgotten and can no longer be undone.');
    await expect.poll(() => note.count()).toBe(1);
    await shot(page, 'undo-forgotten');
    await page.evaluate(() => {
      const undo = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Undo');
      for (let i = 0; i < 300 && undo && !undo.disabled; i++) undo.click();
    });
    await expect.poll(() => page.getByText('This is as far back as undo goes: only the last 300 edits are kept.').count()).toBe(1);
    await shot(page, 'undo-floor');
  });

  it('asks before closing the tab that lost a two-tab conflict, and not a tab whose work is saved', async () => {
    const first = await openWithStored(draftWith([]));
    await first.page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    const second = await harness.open('author.html', { tabOf: first });
    await second.page.waitForFunction(() => document.body.dataset['authorState'] === 'review');
    await eventField(first.page, 'e1', 'title').fill('Saved by the first tab');
    await eventField(first.page, 'e1', 'title').press('Enter');
    await expect.poll(() => first.page.locator('.au-status').textContent()).toMatch(/Draft saved/);
    await expect.poll(() => second.page.getByRole('alertdialog').isVisible()).toBe(true);
    await eventField(second.page, 'e2', 'title').fill('Only in the second tab');
    await eventField(second.page, 'e2', 'title').press('Enter');
    await second.page.waitForTimeout(800);
    expect(await stored(second.page, DRAFT_KEY)).not.toContain('Only in the second tab');

    const asked: string[] = [];
    for (const tab of [first, second]) {
      tab.page.on('dialog', (d) => {
        asked.push(`${tab === first ? 'first' : 'second'}:${d.type()}`);
        void d.accept();
      });
    }
    await first.page.close({ runBeforeUnload: true });
    await second.page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['second:beforeunload']);
  });
});
