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

function stringLimit(path: string, key: string | number, parentKey: string | number | undefined): number {
  if (path === 'meta.text') return STORY_LIMITS.textChars;
  if (typeof key === 'string' && TITLE_KEYS.has(key)) return STORY_LIMITS.titleChars;
  if (typeof key === 'string' && NAME_KEYS.has(key)) return STORY_LIMITS.nameChars;
  if (typeof key === 'number' && parentKey === 'actors') return STORY_LIMITS.nameChars;
  return STORY_LIMITS.stringChars;
}

function listLimit(path: string, key: string | number): { max: number; noun: string } {
  const top = TOP_LISTS[path];
  if (top !== undefined) return { max: top, noun: path };
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
  const walk = (value: unknown, path: string, key: string | number, parentKey: string | number | undefined, depth: number): void => {
    if (errors.length >= MAX_ERRORS) return;
    const where = path === '' ? '(story)' : path;
    if (typeof value === 'string') {
      const max = stringLimit(path, key, parentKey);
      if (value.length > max) errors.push(`${where}: ${count(value.length)} characters; the limit is ${count(max)}`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (depth > MAX_DEPTH) {
      errors.push(`${where}: nested deeper than any story can be`);
      return;
    }
    if (Array.isArray(value)) {
      const { max, noun } = listLimit(path, key);
      if (value.length > max) {
        errors.push(`${where}: ${count(value.length)} ${noun}; the limit is ${count(max)}`);
        return;
      }
      value.forEach((item: unknown, i) => walk(item, `${path}[${i}]`, i, key, depth + 1));
      return;
    }
    for (const [k, v] of Object.entries(value)) walk(v, path === '' ? k : `${path}.${k}`, k, key, depth + 1);
  };
  walk(data, '', '', undefined, 0);
  return errors;
}
