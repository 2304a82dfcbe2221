import { describe, expect, it } from 'vitest';
import { useAppHarness } from './useAppHarness';

const harness = useAppHarness();

describe('the authoring page on an article that says more than one story holds', () => {
  it('reviews the story up to where the limit is reached and says where it stops, instead of refusing it', async () => {
    const { page } = await harness.open('author.html', {
      // Every message the notice slot shows, in order: a later one (the draft not fitting in storage) takes the same slot.
      prepare: async (p) => {
        await p.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __notices: string[] }).__notices = seen;
          new MutationObserver(() => {
            const text = document.querySelector('.au-notices')?.textContent ?? '';
            if (text !== '' && seen[seen.length - 1] !== text) seen.push(text);
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
      },
    });
    // 101,000 one-word sentences naming Paris: 707,017 characters, within the article limit, and 101,000 events.
    const article = `date 2020-02-03\n\n${'Paris. '.repeat(101_000)}`;
    await page.getByLabel('Article text').fill(article);
    await page.getByRole('button', { name: 'Find places and dates' }).click();
    await page.waitForFunction(() => document.body.dataset['authorState'] !== 'extracting', undefined, { timeout: 240_000 });
    const alerts = await page.locator('.au-input-step [role="alert"]').allTextContents();
    expect(alerts.filter((a) => a.trim() !== '')).toEqual([]);
    expect(await page.evaluate(() => document.body.dataset['authorState'])).toBe('review');
    const notices = await page.evaluate(() => (window as unknown as { __notices: string[] }).__notices);
    expect(notices.some((n) => n.includes('the story stops at character 700,017 of 707,017'))).toBe(true);
  }, 300_000);
});
