import { parseStoryJson } from './parseStoryJson';
import type { StoryJob, StoryOutcome, StoryProgress } from './storyWorkerMessages';
import { validateStory } from './validateStory';

/** A job's outcome; `same` says a story is exactly the data parsed from the text (nothing migrated, nothing dropped). */
export type JobOutcome = StoryOutcome & { same?: boolean };

const isDatelineShaped = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'format' in data && String(data.format).startsWith('dateline/');

/**
 * Checks one story's text, wherever it runs (the story worker, or the page for small inputs):
 * parses it within STORY_LIMITS.bytes, then migrates, checks limits and validates. Every failure
 * is an outcome with the same messages as before (a fetched story's start with its address), never a throw.
 */
export function runStoryJob(job: StoryJob, onProgress: (progress: StoryProgress) => void = () => undefined): JobOutcome {
  // A fetched text was held to the byte limit as it was read; its length in characters is checked here.
  const parsed = parseStoryJson(job.text);
  if (job.datelineOnly === true && !(parsed.ok && isDatelineShaped(parsed.data))) return { ok: false, stage: 'other' };
  if (!parsed.ok) return { ok: false, stage: 'load', message: job.value === undefined ? parsed.error : `${job.value}: ${parsed.error}` };
  onProgress({ stage: 'checking' });
  const checked = validateStory(parsed.data);
  if (!checked.ok) return { ok: false, stage: 'invalid', errors: checked.errors };
  return { ok: true, story: checked.story, notes: checked.notes ?? [], same: checked.story === parsed.data };
}
