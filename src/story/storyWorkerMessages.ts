import type { Story } from './types';

/**
 * What the story worker is asked to do: check story text handed to it. `value` (the address the
 * text came from, as the reader gave it) starts the messages about reading it; with `datelineOnly`,
 * data that is not a Dateline story comes back as `other`, for the importers.
 */
export type StoryJob = { type: 'text'; text: string; value?: string; datelineOnly?: boolean };

/** How far a load has got: bytes read (of `total` when the server said), then checking the story. */
export type StoryProgress = { stage: 'reading'; loaded: number; total: number | null } | { stage: 'checking' };

/**
 * How a load ended: a valid story (with migration notes), a failure to load (`message`: HTTP,
 * size, not JSON), a story that does not validate (`errors`, as validateStory gives them), or
 * (with `datelineOnly`) JSON that is not a Dateline story.
 */
export type StoryOutcome =
  | { ok: true; story: Story; notes: string[] }
  | { ok: false; stage: 'load'; message: string }
  | { ok: false; stage: 'invalid'; errors: string[] }
  | { ok: false; stage: 'other' };

/**
 * What the worker posts back. A done story travels as JSON text, which the page parses faster than
 * a structured clone; `json: null` means "exactly the text the page sent", which the page has
 * parsed meanwhile.
 */
export type StoryReply =
  | { type: 'progress'; progress: StoryProgress }
  | { type: 'done'; json: string | null; notes: string[] }
  | { type: 'failed'; outcome: Exclude<StoryOutcome, { ok: true }> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Narrows a request to the story worker; anything else is null. */
export function readStoryJob(data: unknown): StoryJob | null {
  if (!isObject(data) || data['type'] !== 'text' || typeof data['text'] !== 'string') return null;
  const job: StoryJob = { type: 'text', text: data['text'] };
  if (typeof data['value'] === 'string') job.value = data['value'];
  if (data['datelineOnly'] === true) job.datelineOnly = true;
  return job;
}

function readProgress(p: unknown): StoryProgress | null {
  if (!isObject(p)) return null;
  if (p['stage'] === 'checking') return { stage: 'checking' };
  if (p['stage'] === 'reading' && typeof p['loaded'] === 'number' && (p['total'] === null || typeof p['total'] === 'number')) return { stage: 'reading', loaded: p['loaded'], total: p['total'] };
  return null;
}

function readFailure(o: unknown): Exclude<StoryOutcome, { ok: true }> | null {
  if (!isObject(o) || o['ok'] !== false) return null;
  if (o['stage'] === 'load' && typeof o['message'] === 'string') return { ok: false, stage: 'load', message: o['message'] };
  if (o['stage'] === 'invalid' && isStrings(o['errors'])) return { ok: false, stage: 'invalid', errors: o['errors'] };
  if (o['stage'] === 'other') return { ok: false, stage: 'other' };
  return null;
}

/** Narrows a message from the story worker; anything else is null. A done story's JSON is a story the worker validated, so the page only parses it. */
export function readStoryReply(data: unknown): StoryReply | null {
  if (!isObject(data)) return null;
  if (data['type'] === 'progress') {
    const progress = readProgress(data['progress']);
    return progress ? { type: 'progress', progress } : null;
  }
  if (data['type'] === 'done' && (typeof data['json'] === 'string' || data['json'] === null) && isStrings(data['notes'])) return { type: 'done', json: data['json'], notes: data['notes'] };
  if (data['type'] === 'failed') {
    const outcome = readFailure(data['outcome']);
    return outcome ? { type: 'failed', outcome } : null;
  }
  return null;
}
