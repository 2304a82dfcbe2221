import { parseStoryJson } from '../story/parseStoryJson';
import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import type { DraftResult } from './draftStory';
import { draftToStory } from './draftToStory';
import { fromGeoJson } from './fromGeoJson';
import { fromStoryMapJs } from './fromStoryMapJs';
import { fromTimelineCsv, looksLikeTimelineCsv } from './fromTimelineCsv';
import { fromTimelineJs } from './fromTimelineJs';
import type { ImportNoun, ImportProgress, ItemProgress } from './importProgress';
import { isRecord } from './narrowJson';

/** A format importStory reads. */
export type ImportFormat = 'dateline' | 'timelinejs' | 'timelinejs-csv' | 'storymapjs' | 'geojson';

/**
 * What importing a file gave: a valid story, the format it was read as and notes for the user; or
 * why not, with the format when it was known and `invalid` when the story made from it did not validate.
 */
export type ImportResult =
  | { ok: true; story: Story; format: ImportFormat; notes: string[] }
  | { ok: false; errors: string[]; format?: ImportFormat; invalid?: true };

/** Options for {@link importStory}. */
export interface ImportOptions {
  /** The publication date (YYYY-MM-DD) of formats that have none. */
  published?: string;
  /** Hears the JSON being parsed, the items read, then the story being checked. */
  onProgress?: (progress: ImportProgress) => void;
}

const DEFAULT_TITLES = new Set(['Imported timeline', 'Imported StoryMap', 'Imported GeoJSON']);

type Format = Exclude<ImportFormat, 'dateline'>;

const UNKNOWN = 'This file is not a format Dateline can import: expected a Dateline story (JSON), TimelineJS JSON, a TimelineJS spreadsheet (CSV with its header row), StoryMapJS JSON or GeoJSON.';

/** Which foreign format parsed JSON is, from its shape; undefined for a Dateline story or anything else. */
function sniff(data: unknown): Format | 'dateline' | undefined {
  if (!isRecord(data)) return undefined;
  if (typeof data['format'] === 'string' || (isRecord(data['meta']) && Array.isArray(data['places']))) return 'dateline';
  if (isRecord(data['storymap'])) return 'storymapjs';
  if (Array.isArray(data['events'])) return 'timelinejs';
  const type = data['type'];
  if (type === 'FeatureCollection' || type === 'Feature' || (typeof type === 'string' && 'coordinates' in data)) return 'geojson';
  return undefined;
}

function finish(result: DraftResult, format: Format, options: ImportOptions): ImportResult {
  if (!result.ok) return { ...result, format };
  const { draft } = result;
  // A file of lines alone (a GPS track) is its routes; a titled timeline with no events yet is a start; a file with nothing at all is not.
  if (draft.events.length === 0 && draft.routes.length === 0) {
    if (draft.intro === '' && DEFAULT_TITLES.has(draft.title)) return { ok: false, errors: ['Nothing to import: the file has no events, slides or features Dateline can read.'] };
    draft.notes.push('The file has a title but no events yet.');
  }
  const { story, notes } = draftToStory(draft, options.published);
  options.onProgress?.({ stage: 'checking' });
  const checked = validateStory(story);
  if (!checked.ok) return { ok: false, errors: checked.errors, format, invalid: true };
  return { ok: true, story: checked.story, format, notes };
}

/**
 * Imports a file's text as a story, sniffing the format from its content: JSON by its shape (a
 * Dateline story, validated and migrated; TimelineJS; StoryMapJS; GeoJSON), other text as a
 * TimelineJS spreadsheet when named `.csv`/`.tsv` or headed like one. `published` (YYYY-MM-DD) sets the publication
 * date of imported formats, which have none. The story is always checked by validateStory;
 * anything wrong comes back as errors, never as a throw. The import worker runs it, with progress.
 */
export function importStory(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  try {
    const report = options.onProgress;
    const items = (noun: ImportNoun): ItemProgress | undefined => (report ? (done, total) => report({ stage: 'items', noun, done, total }) : undefined);
    const json = /^\s*[[{]/.test(text);
    if (!json && (/\.(csv|tsv)$/i.test(fileName) || looksLikeTimelineCsv(text))) {
      if (text.length > 50 * 1024 * 1024) return { ok: false, errors: ['The spreadsheet is too big (over 50 MB).'] };
      return finish(fromTimelineCsv(text, items('characters'), items('slides')), 'timelinejs-csv', options);
    }
    report?.({ stage: 'parsing' });
    const parsed = parseStoryJson(text);
    if (!parsed.ok) return { ok: false, errors: [parsed.error.replace(/^The story/, 'The file').replace('not story JSON', 'not a file Dateline can import')] };
    const format = sniff(parsed.data);
    switch (format) {
      case 'dateline': {
        report?.({ stage: 'checking' });
        const checked = validateStory(parsed.data);
        return checked.ok ? { ok: true, story: checked.story, format, notes: checked.notes ?? [] } : { ok: false, errors: checked.errors, format, invalid: true };
      }
      case 'timelinejs': return finish(fromTimelineJs(parsed.data, items('slides')), format, options);
      case 'storymapjs': return finish(fromStoryMapJs(parsed.data, items('slides')), format, options);
      case 'geojson': return finish(fromGeoJson(parsed.data, items('features')), format, options);
      default: return { ok: false, errors: [UNKNOWN] };
    }
  } catch (e) {
    // A last guard: a bug in an importer must still reach the user as a message.
    return { ok: false, errors: [`The file could not be imported (${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}).`] };
  }
}
