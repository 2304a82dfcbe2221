import { STORY_FORMAT } from './schema';

/** The outcome of bringing untrusted data up to the current story format. */
export type Migration = { ok: true; data: unknown; notes: string[] } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Each step takes a story in one older format to the next, with a note the reader can see.
 * Only one step exists: stories written before `format` was required (no `format`, otherwise
 * dateline/1-shaped) become dateline/1. When dateline/2 arrives, add `'dateline/1': toV2` here
 * and bump STORY_FORMAT; stories then walk the chain one step at a time.
 */
const STEPS: Record<string, (story: Record<string, unknown>) => { story: Record<string, unknown>; note: string }> = {
  none: (story) => ({ story: { ...story, format: 'dateline/1' }, note: 'This story has no format field; it was read as dateline/1.' }),
};

/**
 * Maps a story in an older format to the current one (STORY_FORMAT), or says clearly why it
 * cannot: a newer format ("made by a newer version of Dateline") or an unknown one. Data that is
 * not a story-shaped object passes through unchanged for the schema to report on.
 */
export function migrateStory(data: unknown): Migration {
  if (!isRecord(data)) return { ok: true, data, notes: [] };
  const notes: string[] = [];
  let story = data;
  for (let guard = 0; guard < 10; guard++) {
    const format = story['format'];
    if (format === STORY_FORMAT) return { ok: true, data: story, notes };
    if (format === undefined && !('meta' in story && 'places' in story)) return { ok: true, data: story, notes };
    if (format !== undefined && typeof format !== 'string') return { ok: true, data: story, notes };
    const key = format ?? 'none';
    const newer = /^dateline\/(\d{1,6})$/.exec(key);
    if (newer && Number(newer[1]) > Number(STORY_FORMAT.split('/')[1])) {
      return { ok: false, error: `format: This story was made by a newer version of Dateline (format ${key}); this one reads ${STORY_FORMAT}. Update Dateline to open it.` };
    }
    const step = STEPS[key];
    if (!step) return { ok: false, error: `format: "${key.slice(0, 40)}" is not a Dateline story format (expected ${STORY_FORMAT})` };
    const next = step(story);
    story = next.story;
    notes.push(next.note);
  }
  return { ok: false, error: 'format: the story format could not be migrated' };
}
