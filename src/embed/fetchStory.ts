import { finishedLoad, loadStory, type LoadStoryOptions, type StoryLoad } from '../story/loadStory';

/**
 * Loads the story at `value` (relative to `base`) off the main thread (see loadStory); only the
 * page's own origin and the origins in `allow` may be asked, so no request leaves the page unless
 * the author configured it; the same timeout, size, not-JSON and validation checks as the app apply.
 */
export function fetchStory(value: string, base: string, allow: readonly string[] = [], options: LoadStoryOptions = {}): StoryLoad {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return finishedLoad({ ok: false, stage: 'load', message: `"${value}" is not a story address.` });
  }
  const own = new URL(base).origin;
  if (url.origin !== own && !allow.includes(url.origin)) return finishedLoad({ ok: false, stage: 'load', message: `"${value}" is not on this site; only stories from the page's own host can be opened.` });
  return loadStory({ type: 'fetch', url: url.href, value }, options);
}
