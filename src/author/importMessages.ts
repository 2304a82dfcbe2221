import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import type { OpenStage } from './openInputFile';

/** What the page asks the import worker: open this file (`published` for formats without a date; messages in `lang`). */
export interface ImportRequest {
  type: 'open';
  file: File;
  published: string;
  lang: Lang;
}

/** The lists a story is sent in, a part at a time. */
export const STORY_LISTS = ['places', 'events', 'routes', 'times'] as const;

/** One of the lists a story is sent in. */
export type StoryList = (typeof STORY_LISTS)[number];

/**
 * What the import worker answers. A story comes as its head (every list empty, with the notes and
 * how many items follow), then its lists in parts, then `story-end`: each part is its own message,
 * so the page never spends one long task taking in a 100,000-event story.
 */
export type ImportReply =
  | { type: 'progress'; stage: OpenStage }
  | { type: 'article'; text: string }
  | { type: 'error'; title: string; errors: string[] }
  | { type: 'story-head'; story: Story; notes: string[]; items: number }
  | { type: 'story-part'; list: StoryList; items: unknown[] }
  | { type: 'story-end' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const STAGES = new Set(['reading', 'parsing', 'items', 'checking']);

/** Narrows a request to the import worker; anything else is null. */
export function readImportRequest(data: unknown): ImportRequest | null {
  if (!isObject(data) || data['type'] !== 'open' || typeof File === 'undefined' || !(data['file'] instanceof File)) return null;
  if (typeof data['published'] !== 'string' || typeof data['lang'] !== 'string') return null;
  return data as unknown as ImportRequest;
}

/** Narrows a message from the import worker; anything else is null. (The story was validated in the worker, which the page trusts as it trusts its own code.) */
export function readImportReply(data: unknown): ImportReply | null {
  if (!isObject(data)) return null;
  switch (data['type']) {
    case 'progress':
      return isObject(data['stage']) && STAGES.has(String(data['stage']['stage'])) ? (data as ImportReply) : null;
    case 'article':
      return typeof data['text'] === 'string' ? (data as ImportReply) : null;
    case 'error':
      return typeof data['title'] === 'string' && isStrings(data['errors']) ? (data as ImportReply) : null;
    case 'story-head':
      return isObject(data['story']) && isStrings(data['notes']) && typeof data['items'] === 'number' ? (data as ImportReply) : null;
    case 'story-part':
      return (STORY_LISTS as readonly unknown[]).includes(data['list']) && Array.isArray(data['items']) ? (data as ImportReply) : null;
    case 'story-end':
      return { type: 'story-end' };
    default:
      return null;
  }
}
