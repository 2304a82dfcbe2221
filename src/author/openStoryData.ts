import { importStory } from '../formats/importStory';
import type { Lang } from '../i18n/languages';
import { loadStory } from '../story/loadStory';
import type { StoryProgress } from '../story/storyWorkerMessages';
import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import { at } from './i18n/at';

/** A story opened from a file, with notes on what was changed or guessed; or why it could not be (`cancelled` when the author stopped it). */
export type OpenedStory = { ok: true; story: Story; notes: string[] } | { ok: false; title: string; errors: string[]; cancelled?: boolean };

/** Where opening a file shows its progress and offers Cancel (the input step's loading view). */
export interface OpenProgress {
  /** A load of `label` started; `cancel` stops it. */
  start(label: string, cancel: () => void): void;
  progress(progress: StoryProgress): void;
  hide(): void;
}

/**
 * Opens a data file as a story: Dateline story JSON is parsed and validated (and migrated) off the
 * main thread (a big file shows its progress in `view`, with Cancel); any other format goes to the
 * importers (TimelineJS, StoryMapJS, GeoJSON, CSV), which say when they do not know it.
 * `published` is the date to use where a format has none. Titles are in `lang`; the errors and
 * notes of the story checker and the importers (shared modules) stay in English.
 */
export async function openStoryData(text: string, fileName: string, published: string, view?: OpenProgress, lang: Lang = 'en'): Promise<OpenedStory> {
  const name = fileName;
  const load = loadStory({ type: 'text', text, datelineOnly: true }, view ? { onProgress: (p) => view.progress(p) } : {});
  view?.start(fileName, () => load.cancel());
  const outcome = await load.done.finally(() => view?.hide());
  if (outcome.ok) return { ok: true, story: outcome.story, notes: outcome.notes };
  if (outcome.stage === 'cancelled') return { ok: false, title: at(lang, 'open.cancelled', { name }), errors: [at(lang, 'open.nothingChanged')], cancelled: true };
  if (outcome.stage === 'invalid') return { ok: false, title: at(lang, 'open.invalid', { name }), errors: outcome.errors };
  if (outcome.stage === 'load') return { ok: false, title: at(lang, 'open.failed', { name }), errors: [outcome.message] };
  const imported = importStory(text, fileName, published ? { published } : {});
  if (!imported.ok) return { ok: false, title: at(lang, 'open.failed', { name }), errors: imported.errors };
  const checked = validateStory(imported.story);
  if (!checked.ok) return { ok: false, title: at(lang, 'open.importInvalid', { name }), errors: checked.errors };
  return { ok: true, story: checked.story, notes: [at(lang, 'open.as', { format: imported.format }), ...imported.notes] };
}
