import { fetchStoryJson } from '../story/fetchStoryJson';

/**
 * Fetches story JSON from `value` (relative to `base`); only the page's own origin and the
 * origins in `allow` may be asked, so no request leaves the page unless the author configured it;
 * the same timeout, size and not-JSON checks as the app apply.
 */
export async function fetchStory(value: string, base: string, allow: readonly string[] = []): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new Error(`"${value}" is not a story address.`);
  }
  const own = new URL(base).origin;
  if (url.origin !== own && !allow.includes(url.origin)) throw new Error(`"${value}" is not on this site; only stories from the page's own host can be opened.`);
  return fetchStoryJson(url, value);
}
