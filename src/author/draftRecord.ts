import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import { EDIT_TYPES, type Edit } from './edit';
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
const isEdit = (v: unknown): v is Edit => isObject(v) && typeof v['type'] === 'string' && (EDIT_TYPES as readonly string[]).includes(v['type']);

/**
 * Reads stored text back into a record, or null when it is not one (another program's data, a
 * hand-edited or truncated value): the story is validated like any untrusted story, edits of an
 * unknown type are dropped.
 */
export function parseDraft(json: string | null): DraftRecord | null {
  if (json === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(data) || data['format'] !== 'dateline-draft/1' || !isObject(data['draft'])) return null;
  const { revision, tabId, savedAt } = data;
  const { text, date, history } = data['draft'];
  if (typeof revision !== 'number' || typeof tabId !== 'string' || typeof text !== 'string' || typeof date !== 'string') return null;
  const draft: Draft = { text, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', history: null };
  if (isObject(history) && isObject(history['base']) && isObject(history['base']['meta']) && Array.isArray(history['edits'])) {
    const base = data['textInDraft'] === true ? { ...history['base'], meta: { ...history['base']['meta'], text } } : history['base'];
    const valid = validateStory(base);
    if (valid.ok) {
      const edits = history['edits'].filter(isEdit);
      const position = typeof history['position'] === 'number' && Number.isInteger(history['position']) ? history['position'] : edits.length;
      draft.history = { base: valid.story, edits, position: Math.max(0, Math.min(position, edits.length)) };
    }
  }
  return { format: 'dateline-draft/1', revision, tabId, savedAt: typeof savedAt === 'string' ? savedAt : '', draft };
}
