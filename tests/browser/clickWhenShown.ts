import type { Page } from 'playwright-core';

/**
 * Clicks the button named `name` inside `scope` in the first frame it is shown, from inside the
 * page: a long load that the test cancels cannot finish in the gap between seeing the button and
 * clicking it, however busy the machine is (Playwright's own click waits for the element to be
 * stable first, and a load can end in that wait).
 */
export async function clickWhenShown(page: Page, scope: string, name: string): Promise<void> {
  await page.waitForFunction(
    ([s, n]) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${s} button`)].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === n && !b.hidden && b.offsetParent !== null);
      if (!button) return false;
      button.click();
      return true;
    },
    [scope, name] as const,
    { polling: 'raf', timeout: 60_000 },
  );
}
