import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import type { Edit } from './edit';
import { isEdit } from './isEdit';
import { replayEdits } from './replayEdits';
import type { HistorySnapshot } from './createHistory';

/** The work in progress: the article, its date, and the story's edit history (null before extraction). */
export interface Draft {
  text: string;
  /** The publication date (YYYY-MM-DD), or '' when none is known yet. */
  date: string;
  history: HistorySnapshot<Story, Edit> | null;
}

/** A draft as stored, with who saved it and which revision it is. */
export interface DraftRecord {
  format: 'dateline-draft/1';
  revision: number;
  tabId: string;
  savedAt: string;
  draft: Draft;
}

/** The JSON to store: the story's copy of the article text is left out (the draft holds it once). */
export function packDraft(record: DraftRecord): string {
  const { history } = record.draft;
  if (!history) return JSON.stringify(record);
  const sameText = history.base.meta.text === record.draft.text;
  const base = sameText ? { ...history.base, meta: { ...history.base.meta, text: '' } } : history.base;
  return JSON.stringify({ ...record, textInDraft: sameText, draft: { ...record.draft, history: { ...history, base } } });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a stored value is not a draft: not JSON (cut off), not a Dateline draft, or fields of the wrong type. */
export type DraftProblem = 'json' | 'format' | 'fields';

/** What a stored value turned out to be. */
export type DraftReading =
  | { kind: 'none' }
  | { kind: 'unreadable'; problem: DraftProblem }
  /** A draft; `skippedEdits` could not be read or applied, and `storyDropped` when its story was invalid (the text is kept). */
  | { kind: 'draft'; record: DraftRecord; skippedEdits: number; storyDropped: boolean };

/** The fields that say whose save a stored value is, without reading its story: enough to detect another tab's save. */
export interface DraftHeader {
  revision: number;
  tabId: string;
}

function parseJson(json: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(json) as unknown };
  } catch {
    return { ok: false };
  }
}

function readFields(data: unknown): { problem: DraftProblem } | { data: Record<string, unknown>; draft: Record<string, unknown> } {
  if (!isObject(data) || data['format'] !== 'dateline-draft/1') return { problem: 'format' };
  const draft = data['draft'];
  if (!isObject(draft) || typeof data['revision'] !== 'number' || typeof data['tabId'] !== 'string' || typeof draft['text'] !== 'string' || typeof draft['date'] !== 'string') return { problem: 'fields' };
  return { data, draft };
}

/** The revision and tab of a stored value, `null` when there is none, or the problem when it is not a readable draft. */
export function readDraftHeader(json: string | null): DraftHeader | { problem: DraftProblem } | null {
  if (json === null) return null;
  const parsed = parseJson(json);
  if (!parsed.ok) return { problem: 'json' };
  const fields = readFields(parsed.data);
  if ('problem' in fields) return fields;
  return { revision: fields.data['revision'] as number, tabId: fields.data['tabId'] as string };
}

/**
 * Reads stored text back into a record, saying what it could not read instead of guessing: a
 * value that is not JSON, not a draft, or has mistyped fields is `unreadable` (the caller keeps it
 * aside); in a draft, an invalid story is dropped (the text is kept) and each edit that is
 * malformed, throws or breaks the story is skipped, with counts so the author can be told.
 */
export function readDraft(json: string | null): DraftReading {
  if (json === null) return { kind: 'none' };
  const parsed = parseJson(json);
  if (!parsed.ok) return { kind: 'unreadable', problem: 'json' };
  const fields = readFields(parsed.data);
  if ('problem' in fields) return { kind: 'unreadable', ...fields };
  const { data, draft: stored } = fields;
  const text = stored['text'] as string;
  const date = stored['date'] as string;
  const history = stored['history'];
  const draft: Draft = { text, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', history: null };
  let skippedEdits = 0;
  let storyDropped = false;
  if (isObject(history) && isObject(history['base']) && isObject(history['base']['meta']) && Array.isArray(history['edits'])) {
    const base = data['textInDraft'] === true ? { ...history['base'], meta: { ...history['base']['meta'], text } } : history['base'];
    const valid = validateStory(base);
    if (valid.ok) {
      const edits = history['edits'].filter(isEdit);
      const position = typeof history['position'] === 'number' && Number.isInteger(history['position']) ? history['position'] : history['edits'].length;
      // The position counted the malformed edits too: it moves back by those it had applied.
      const applied = history['edits'].slice(0, Math.max(0, position)).filter(isEdit).length;
      const replayed = replayEdits({ base: valid.story, edits, position: applied });
      draft.history = replayed.history;
      skippedEdits = history['edits'].length - edits.length + replayed.skipped;
    } else storyDropped = true;
  } else if (history !== null && history !== undefined) storyDropped = true;
  const savedAt = data['savedAt'];
  const record: DraftRecord = { format: 'dateline-draft/1', revision: data['revision'] as number, tabId: data['tabId'] as string, savedAt: typeof savedAt === 'string' ? savedAt : '', draft };
  return { kind: 'draft', record, skippedEdits, storyDropped };
}

/** The record in stored text, or null when there is none or it cannot be read (see {@link readDraft}). */
export function parseDraft(json: string | null): DraftRecord | null {
  const reading = readDraft(json);
  return reading.kind === 'draft' ? reading.record : null;
}
