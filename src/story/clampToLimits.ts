import { listLimitAt, stringLimitAt } from './storyLimits';

/** A value with every string and nested list within its limit, and how many were shortened. */
export interface Clamped<T> {
  value: T;
  shortened: number;
}

/** `text` cut to `max` characters, the last one an ellipsis, never splitting a surrogate pair. */
function shorten(text: string, max: number): string {
  let end = max - 1;
  if (end > 0 && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Shortens every string of a story past its limit (a 300,000-character sentence as an event's
 * summary) and every list below the top ones past its limit, by the rules checkStoryLimits applies;
 * the top lists (places, events, routes, times) are left whole because cutting them breaks references.
 */
export function clampToLimits<T>(story: T): Clamped<T> {
  let shortened = 0;
  const walk = (value: unknown, key: string | number, parentKey: string | number | undefined, depth: number): unknown => {
    if (typeof value === 'string') {
      const max = stringLimitAt(key, parentKey, depth);
      if (value.length <= max) return value;
      shortened++;
      return shorten(value, max);
    }
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const { max } = listLimitAt(key, depth);
      const kept = depth === 1 || value.length <= max ? value : value.slice(0, max);
      if (kept !== value) shortened++;
      return kept.map((item: unknown, i) => walk(item, i, key, depth + 1));
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, k, key, depth + 1);
    return out;
  };
  return { value: walk(story, '', undefined, 0) as T, shortened };
}
