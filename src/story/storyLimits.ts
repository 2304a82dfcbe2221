/** The largest story accepted, counted before any parsing, and the largest counts and strings inside one. */
export const STORY_LIMITS = {
  /** Story JSON size in bytes (50 MB): refused before parsing. */
  bytes: 50 * 1024 * 1024,
  /** The article text (`meta.text`), in characters: about 5 MB of English. */
  textChars: 6_000_000,
  /** A title (the story's, an event's, a route's). */
  titleChars: 500,
  /** A name: a place's name or display name, an actor, a traveller, a source name, a label. */
  nameChars: 500,
  /** Any other string (summaries, span text, ids, timex values). */
  stringChars: 100_000,
  places: 20_000,
  events: 100_000,
  routes: 1_000,
  /** Stops in one route. */
  stops: 10_000,
  times: 100_000,
  /** Any other list (mentions, spans, actors, candidates). */
  listItems: 100_000,
} as const;

/** How deep a story's JSON can nest (routes[0].stops[0].spans[0].start is 6); anything deeper is not a story. */
const MAX_DEPTH = 8;
const MAX_ERRORS = 20;
const TOP_LISTS: Record<string, number> = { places: STORY_LIMITS.places, events: STORY_LIMITS.events, routes: STORY_LIMITS.routes, times: STORY_LIMITS.times };
const TITLE_KEYS = new Set(['title']);
const NAME_KEYS = new Set(['name', 'displayName', 'traveller', 'label', 'actors']);

const count = (n: number): string => n.toLocaleString('en');

/** Where a value sits, as a chain to its parent: the path string is only built for an error. */
interface At {
  readonly parent: At | undefined;
  readonly key: string | number;
  readonly depth: number;
}

function pathOf(at: At | undefined): string {
  if (at === undefined || at.depth === 0) return '';
  const up = pathOf(at.parent);
  if (typeof at.key === 'number') return `${up}[${at.key}]`;
  return up === '' ? at.key : `${up}.${at.key}`;
}

/**
 * The longest a string may be where it sits: `key` is its field name or list index, `parentKey` the
 * field holding it, `depth` how deep it is (`meta.text` is 2); the same rules checkStoryLimits applies.
 */
export function stringLimitAt(key: string | number, parentKey: string | number | undefined, depth: number): number {
  if (key === 'text' && depth === 2 && parentKey === 'meta') return STORY_LIMITS.textChars;
  if (typeof key === 'string' && TITLE_KEYS.has(key)) return STORY_LIMITS.titleChars;
  if (typeof key === 'string' && NAME_KEYS.has(key)) return STORY_LIMITS.nameChars;
  if (typeof key === 'number' && parentKey === 'actors') return STORY_LIMITS.nameChars;
  return STORY_LIMITS.stringChars;
}

/** The most items a list may hold where it sits (`key` its field name, `depth` 1 for the top lists). */
export function listLimitAt(key: string | number, depth: number): { max: number; noun: string } {
  const top = depth === 1 && typeof key === 'string' ? TOP_LISTS[key] : undefined;
  if (top !== undefined) return { max: top, noun: String(key) };
  if (key === 'stops') return { max: STORY_LIMITS.stops, noun: 'stops' };
  return { max: STORY_LIMITS.listItems, noun: 'items' };
}

/**
 * Checks untrusted data against {@link STORY_LIMITS} before the schema sees it, so a huge story
 * is refused with a message ("events: 120,000 events; the limit is 100,000") instead of freezing
 * the page; errors name the path, as schema errors do.
 */
export function checkStoryLimits(data: unknown): string[] {
  const errors: string[] = [];
  const where = (at: At): string => pathOf(at) || '(story)';
  const walk = (value: unknown, at: At): void => {
    if (errors.length >= MAX_ERRORS) return;
    if (typeof value === 'string') {
      const max = stringLimitAt(at.key, at.parent?.key, at.depth);
      if (value.length > max) errors.push(`${where(at)}: ${count(value.length)} characters; the limit is ${count(max)}`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (at.depth > MAX_DEPTH) {
      errors.push(`${where(at)}: nested deeper than any story can be`);
      return;
    }
    if (Array.isArray(value)) {
      const { max, noun } = listLimitAt(at.key, at.depth);
      if (value.length > max) {
        errors.push(`${where(at)}: ${count(value.length)} ${noun}; the limit is ${count(max)}`);
        return;
      }
      for (let i = 0; i < value.length; i++) walk(value[i] as unknown, { parent: at, key: i, depth: at.depth + 1 });
      return;
    }
    for (const k in value) {
      if (Object.hasOwn(value, k)) walk((value as Record<string, unknown>)[k], { parent: at, key: k, depth: at.depth + 1 });
    }
  };
  walk(data, { parent: undefined, key: '', depth: 0 });
  return errors;
}
