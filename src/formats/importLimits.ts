import { STORY_LIMITS } from '../story/storyLimits';

/** How long imported strings may be, from the story limits: titles and names are cut with an ellipsis. */
export const IMPORT_LIMITS = {
  title: STORY_LIMITS.titleChars,
  name: STORY_LIMITS.nameChars,
  text: 20_000,
  id: 200,
  /** Slides, rows or features read before refusing the file. */
  items: STORY_LIMITS.events,
  /** Stops kept of one line: a GPS track of a million points is thinned to this many (a stop is a place with a marker). */
  routeStops: 1_000,
} as const;

const EVENT_KINDS = new Set(['travel', 'visit', 'meeting', 'statement', 'incident', 'background']);

/** The event kind a group label names ("Visit", "background"), if it names one. */
export function kindFromLabel(label: string): 'travel' | 'visit' | 'meeting' | 'statement' | 'incident' | 'background' | undefined {
  const k = label.trim().toLowerCase();
  return EVENT_KINDS.has(k) ? (k as 'travel') : undefined;
}

/** "1 slide" / "3 slides". */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
