import { importStory } from '../formats/importStory';
import type { ImportProgress } from '../formats/importProgress';
import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import { at } from './i18n/at';
import { readInputFile } from './readInputFile';

/** How far opening a file has got: the file being read (and a page's markup scanned), then the importer's progress. */
export type OpenStage = { stage: 'reading' } | ImportProgress;

/** What a file an author opened turned out to be: article text for the input box, a story to review, or a message. */
export type OpenOutcome =
  | { kind: 'article'; text: string }
  | { kind: 'story'; story: Story; notes: string[] }
  | { kind: 'error'; title: string; errors: string[] };

/**
 * Opens a chosen or dropped file, all of it off the page in the import worker: refuses what is
 * not text or too big, reads an HTML page's text (refusing one nested too deep), and hands data
 * to importStory (a Dateline story is validated and migrated; TimelineJS, its CSV, StoryMapJS and
 * GeoJSON are imported). `published` is the date to use where a format has none; `report` hears
 * each stage. Titles are in `lang`; the importers' and the story checker's errors stay in English.
 */
export async function openInputFile(file: File, published: string, lang: Lang, report: (stage: OpenStage) => void = () => undefined): Promise<OpenOutcome> {
  report({ stage: 'reading' });
  const read = await readInputFile(file, lang);
  if (read.kind === 'error') return { kind: 'error', title: read.message, errors: [] };
  if (read.kind === 'article') return { kind: 'article', text: read.text };
  const name = read.name;
  const imported = importStory(read.text, name, { ...(published ? { published } : {}), onProgress: report });
  if (!imported.ok) {
    const title = imported.format === 'dateline' && imported.invalid === true ? 'open.invalid' : imported.invalid === true ? 'open.importInvalid' : 'open.failed';
    return { kind: 'error', title: at(lang, title, { name }), errors: imported.errors };
  }
  if (imported.format === 'dateline') return { kind: 'story', story: imported.story, notes: imported.notes };
  return { kind: 'story', story: imported.story, notes: [at(lang, 'open.as', { format: imported.format }), ...imported.notes] };
}
