import { parseStoryJson } from '../story/parseStoryJson';
import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import type { DraftResult } from './draftStory';
import { draftToStory } from './draftToStory';
import { fromGeoJson } from './fromGeoJson';
import { fromStoryMapJs } from './fromStoryMapJs';
import { fromTimelineCsv, looksLikeTimelineCsv } from './fromTimelineCsv';
import { fromTimelineJs } from './fromTimelineJs';
import { isRecord } from './narrowJson';

/** What importing a file gave: a valid story, the format it was read as and notes for the user; or why not. */
export type ImportResult =
  | { ok: true; story: Story; format: 'dateline' | 'timelinejs' | 'timelinejs-csv' | 'storymapjs' | 'geojson'; notes: string[] }
  | { ok: false; errors: string[] };

const DEFAULT_TITLES = new Set(['Imported timeline', 'Imported StoryMap', 'Imported GeoJSON']);

type Format = Exclude<Extract<ImportResult, { ok: true }>['format'], 'dateline'>;

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

function finish(result: DraftResult, format: Format, published: string | undefined): ImportResult {
  if (!result.ok) return result;
  const { draft } = result;
  // A file of lines alone (a GPS track) is its routes; a titled timeline with no events yet is a start; a file with nothing at all is not.
  if (draft.events.length === 0 && draft.routes.length === 0) {
    if (draft.intro === '' && DEFAULT_TITLES.has(draft.title)) return { ok: false, errors: ['Nothing to import: the file has no events, slides or features Dateline can read.'] };
    draft.notes.push('The file has a title but no events yet.');
  }
  const { story, notes } = draftToStory(draft, published);
  const checked = validateStory(story);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, story: checked.story, format, notes };
}

/**
 * Imports a file's text as a story, sniffing the format from its content: JSON by its shape (a
 * Dateline story, validated and migrated; TimelineJS; StoryMapJS; GeoJSON), other text as a
 * TimelineJS spreadsheet when named `.csv`/`.tsv` or headed like one. `published` (YYYY-MM-DD) sets the publication
 * date of imported formats, which have none. The story is always checked by validateStory;
 * anything wrong comes back as errors, never as a throw.
 */
export function importStory(text: string, fileName: string, options: { published?: string } = {}): ImportResult {
  try {
    const published = options.published;
    const json = /^\s*[[{]/.test(text);
    if (!json && (/\.(csv|tsv)$/i.test(fileName) || looksLikeTimelineCsv(text))) {
      if (text.length > 50 * 1024 * 1024) return { ok: false, errors: ['The spreadsheet is too big (over 50 MB).'] };
      return finish(fromTimelineCsv(text), 'timelinejs-csv', published);
    }
    const parsed = parseStoryJson(text);
    if (!parsed.ok) return { ok: false, errors: [parsed.error.replace(/^The story/, 'The file').replace('not story JSON', 'not a file Dateline can import')] };
    const format = sniff(parsed.data);
    switch (format) {
      case 'dateline': {
        const checked = validateStory(parsed.data);
        return checked.ok ? { ok: true, story: checked.story, format, notes: checked.notes ?? [] } : { ok: false, errors: checked.errors };
      }
      case 'timelinejs': return finish(fromTimelineJs(parsed.data), format, published);
      case 'storymapjs': return finish(fromStoryMapJs(parsed.data), format, published);
      case 'geojson': return finish(fromGeoJson(parsed.data), format, published);
      default: return { ok: false, errors: [UNKNOWN] };
    }
  } catch (e) {
    // A last guard: a bug in an importer must still reach the user as a message.
    return { ok: false, errors: [`The file could not be imported (${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}).`] };
  }
}
