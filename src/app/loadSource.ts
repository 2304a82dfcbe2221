import { loadStory, type LoadOutcome, type StoryLoad } from '../story/loadStory';
import type { StoryProgress } from '../story/storyWorkerMessages';
import { validateStory } from '../story/validateStory';
import type { StorySource } from './storySources';

/**
 * Starts loading `source` as a checked story: a source at an address goes through the story
 * worker (progress, Cancel); a bundled one (a seed, the collection) is small and is checked here.
 */
export function loadSource(source: StorySource, onProgress: (progress: StoryProgress) => void): StoryLoad {
  if (source.address) {
    const { url, value, timeoutMs } = source.address;
    return loadStory({ type: 'fetch', url: url.href, value }, { onProgress, timeoutMs });
  }
  let cancelled: ((outcome: LoadOutcome) => void) | null = null;
  const stopped = new Promise<LoadOutcome>((resolve) => {
    cancelled = resolve;
  });
  const loaded = (async (): Promise<LoadOutcome> => {
    let data: unknown;
    try {
      data = await source.load();
    } catch (e) {
      return { ok: false, stage: 'load', message: e instanceof Error ? e.message : String(e) };
    }
    const checked = validateStory(data);
    return checked.ok ? { ok: true, story: checked.story, notes: checked.notes ?? [] } : { ok: false, stage: 'invalid', errors: checked.errors };
  })();
  let settled = false;
  const done = Promise.race([loaded, stopped]).finally(() => {
    settled = true;
  });
  return {
    done,
    cancel() {
      if (settled || !cancelled) return false;
      cancelled({ ok: false, stage: 'cancelled' });
      return true;
    },
  };
}
