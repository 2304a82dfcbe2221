import { mergeStories } from '../collection/mergeStories';
import { fetchStoryJson, STORY_TIMEOUT_MS } from '../story/fetchStoryJson';
import { validateStory } from '../story/validateStory';

/** A story the picker can offer: an id (used in `?story=`), a label, and how to load its JSON. */
export interface StorySource {
  readonly id: string;
  readonly label: string;
  load(): Promise<unknown>;
  /** Where a story read from an address lives, so it can be loaded off the main thread (see loadSource). */
  readonly address?: { readonly url: URL; readonly value: string; readonly timeoutMs: number };
}

const seedModules = import.meta.glob<unknown>('/seeds/*.story.json', { import: 'default' });

/** Every story in `seeds/` (bundled with the app), sorted by file name. */
export function seedSources(): StorySource[] {
  return Object.entries(seedModules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, load]) => {
      const file = path.replace(/^.*\//, '');
      return { id: `seeds/${file}`, label: file.replace(/\.story\.json$/, ''), load };
    });
}

/**
 * A story at a URL given in `?story=`, only if it is on the page's own origin (no request may
 * leave the page unless configured); `null` for any other origin or a malformed URL. Loading
 * goes through {@link fetchStoryJson}: a clear message on an HTTP error, a web page instead of
 * JSON, a body over STORY_LIMITS.bytes, invalid JSON, or no answer within `timeoutMs`.
 */
export function urlSource(value: string, base: string, timeoutMs = STORY_TIMEOUT_MS): StorySource | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== new URL(base).origin) return null;
  return {
    id: value,
    label: value.replace(/^.*\//, '').replace(/\.story\.json$/, ''),
    load: () => fetchStoryJson(url, value, timeoutMs),
    address: { url, value, timeoutMs },
  };
}

/** The id of the collection of every seed story in the picker and in `?story=`. */
export const COLLECTION_ID = 'collection';

/**
 * "All stories (collection)": every story in `sources` validated and merged into one collection
 * (see mergeStories) called `title` (in the reader's language); a story that fails validation is
 * named in the error.
 */
export function collectionSource(sources: readonly StorySource[], title = 'All stories (collection)'): StorySource {
  return {
    id: COLLECTION_ID,
    label: title,
    async load() {
      const parts = await Promise.all(
        sources.map(async (s) => {
          const r = validateStory(await s.load());
          if (!r.ok) throw new Error(`${s.label}: ${r.errors[0] ?? 'not a valid story'}`);
          return { id: s.label.replace(/^\d+_/, ''), story: r.story };
        }),
      );
      return mergeStories(parts, title);
    },
  };
}
