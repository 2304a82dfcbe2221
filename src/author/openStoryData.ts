import { importStory } from '../formats/importStory';
import { parseStoryJson } from '../story/parseStoryJson';
import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';

/** A story opened from a file, with notes on what was changed or guessed; or why it could not be. */
export type OpenedStory = { ok: true; story: Story; notes: string[] } | { ok: false; title: string; errors: string[] };

/**
 * Opens a data file as a story: Dateline story JSON is validated (and migrated) as it is; any
 * other format goes to the importers (TimelineJS, StoryMapJS, GeoJSON, CSV), which say when they
 * do not know it. `published` is the date to use where a format has none.
 */
export function openStoryData(text: string, fileName: string, published: string): OpenedStory {
  const parsed = parseStoryJson(text);
  if (parsed.ok && typeof parsed.data === 'object' && parsed.data !== null && 'format' in parsed.data && String(parsed.data.format).startsWith('dateline/')) {
    const checked = validateStory(parsed.data);
    if (!checked.ok) return { ok: false, title: `"${fileName}" is not a valid Dateline story:`, errors: checked.errors };
    return { ok: true, story: checked.story, notes: checked.notes ?? [] };
  }
  const imported = importStory(text, fileName, published ? { published } : {});
  if (!imported.ok) return { ok: false, title: `"${fileName}" could not be opened:`, errors: imported.errors };
  const checked = validateStory(imported.story);
  if (!checked.ok) return { ok: false, title: `"${fileName}" was read, but the story made from it is not valid:`, errors: checked.errors };
  return { ok: true, story: checked.story, notes: [`Opened as ${imported.format}.`, ...imported.notes] };
}
