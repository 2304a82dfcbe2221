import type { Browser, Frame, Page } from 'playwright-core';

/** A page opened under a Content Security Policy, with what it asked for and what went wrong. */
export interface CspPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * Opens `url` in a new page whose every response carries `csp`, recording requests, page errors,
 * console errors and (in every frame) CSP violations, which {@link violations} reads back.
 */
export async function openUnderCsp(browser: Browser, url: string, csp: string, viewport: { width: number; height: number }): Promise<CspPage> {
  const page = await browser.newPage({ viewport });
  const entry: CspPage = { page, requests: [], errors: [] };
  page.on('request', (r) => entry.requests.push(r.url()));
  page.on('pageerror', (e) => entry.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') entry.errors.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { violations?: string[] };
      (w.violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  await page.goto(url);
  return entry;
}

/** The CSP violations a page or frame has recorded since it was opened with {@link openUnderCsp}. */
export const violations = (target: Page | Frame): Promise<string[]> => target.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
